traceroute -UL sends UDP-Lite (IPPROTO_UDPLITE 136, RFC 3828) datagrams: the router's Time Exceeded and the target's Port Unreachable (no UDP-Lite socket there) reach the probe sockets; -O coverage sets the checksum coverage (under 8 is 8), other -O words are refused; the UdpLite MIB counts them apart from Udp (nstat, /proc/net/snmp); /proc/net/udplite lists no socket once traceroute is done.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip link add r1 netns r address 02:00:00:00:00:03 type veth peer name b0 netns b address 02:00:00:00:00:04
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.1.1/24 dev a0
  $ ip -n r addr add 10.0.1.254/24 dev r0
  $ ip -n r addr add 10.0.2.254/24 dev r1
  $ ip -n b addr add 10.0.2.1/24 dev b0
  $ ip -n a route add default via 10.0.1.254
  $ ip -n b route add default via 10.0.2.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ for n in r b; do ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0; done
  $ ip netns exec a traceroute -n -q 1 -UL -m 1 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 1 hops max, 60 byte packets
   1  10.0.1.254  T ms
  $ ip netns exec a nstat -az UdpLiteOutDatagrams UdpOutDatagrams IcmpInTimeExcds
  #kernel
  IcmpInTimeExcds                 1                  0.0
  UdpOutDatagrams                 0                  0.0
  UdpLiteOutDatagrams             1                  0.0
  $ ip netns exec r nstat -az IcmpOutTimeExcds UdpLiteNoPorts
  #kernel
  IcmpOutTimeExcds                1                  0.0
  UdpLiteNoPorts                  0                  0.0
  $ ip netns exec a traceroute -n -q 1 -N 1 -UL 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec b nstat -az UdpLiteNoPorts UdpNoPorts UdpLiteInDatagrams UdpLiteInErrors IcmpOutDestUnreachs
  #kernel
  IcmpOutDestUnreachs             1                  0.0
  UdpNoPorts                      0                  0.0
  UdpLiteInDatagrams              0                  0.0
  UdpLiteNoPorts                  1                  0.0
  UdpLiteInErrors                 0                  0.0
  $ ip netns exec a nstat -az UdpLiteOutDatagrams IcmpInDestUnreachs IcmpInErrors
  #kernel
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              1                  0.0
  UdpLiteOutDatagrams             3                  0.0
  $ ip netns exec a traceroute -n -q 2 -N 1 -UL -p 7 -m 3 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms  T ms
   2  10.0.2.1  T ms  T ms
  $ ip netns exec a traceroute -n -q 1 -N 1 -UL -O coverage=20 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 -N 1 -UL -O coverage=3 10.0.2.1 100 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 100 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 -N 1 -UL -O coverage=0x10,coverage=0 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 -N 1 -UL 10.0.2.1 20 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 28 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 -N 1 -M udplite 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 -UL -O coverage=abc 10.0.2.1
  Cannot handle `coverage' keyword with arg `abc' (argc 1)
  [2]
  $ ip netns exec a traceroute -n -q 1 -UL -O coverage 10.0.2.1
  Keyword `coverage' (argc 1) requires an argument: `coverage=NUM'
  [2]
  $ ip netns exec a traceroute -n -q 1 -UL -O foo 10.0.2.1
  `foo' (argc 1): arguments are not allowed
  [2]
  $ ip netns exec a traceroute -n -q 1 -U -O coverage=9 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 -O foo 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 -P 253 -O protocol 10.0.2.1
  Keyword `protocol' (argc 2) requires an argument: `protocol=PROT'
  [2]
  $ ip netns exec b nstat -az | grep -i udplite
  UdpLiteInDatagrams              0                  0.0
  UdpLiteNoPorts                  8                  0.0
  UdpLiteInErrors                 0                  0.0
  UdpLiteOutDatagrams             0                  0.0
  UdpLiteRcvbufErrors             0                  0.0
  UdpLiteSndbufErrors             0                  0.0
  UdpLiteInCsumErrors             0                  0.0
  UdpLiteIgnoredMulti             0                  0.0
  UdpLiteMemErrors                0                  0.0
  UdpLite6InDatagrams             0                  0.0
  UdpLite6NoPorts                 0                  0.0
  UdpLite6InErrors                0                  0.0
  UdpLite6OutDatagrams            0                  0.0
  UdpLite6RcvbufErrors            0                  0.0
  UdpLite6SndbufErrors            0                  0.0
  UdpLite6InCsumErrors            0                  0.0
  UdpLite6MemErrors               0                  0.0
  $ ip netns exec b grep '^UdpLite:' /proc/net/snmp
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 8 0 0 0 0 0 0 0
  $ ip netns exec a grep '^Udp' /proc/net/snmp
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 0 32 0 0 0 0 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 17 0 0 0 0 0
  $ ip netns exec a cat /proc/net/udplite
     sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops            
  $ ip netns exec a grep UDPLITE /proc/net/sockstat
  UDPLITE: inuse 0
