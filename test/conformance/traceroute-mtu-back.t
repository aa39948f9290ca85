traceroute --mtu (path MTU discovery: -F, one probe at a time, from 65000 bytes down to each MTU an answer reports, F=MTU marking the hop where it dropped), --back (the backward hop count '-N' guessed from the answer's TTL against 64/128/255, printed when it differs from the forward one) and -U (the udp method: a constant port, 53 by default) on a path a - r1 - r2 - b whose middle link has MTU 1400 and whose far link 1300. Each run of 16 probes at once draws about 14 port unreachables from b's ICMP bucket (per namespace, icmp_msgs_burst 50, refilled at icmp_msgs_per_sec): the sleeps let it refill, as the real time between commands does on the kernel.
  $ for n in a r1 r2 b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r1 address 02:00:00:00:00:02
  $ ip link add r1a netns r1 address 02:00:00:00:00:03 type veth peer name r2a netns r2 address 02:00:00:00:00:04
  $ ip link add r2b netns r2 address 02:00:00:00:00:05 type veth peer name b0 netns b address 02:00:00:00:00:06
  $ for x in "a a0" "r1 r0" "r1 r1a" "r2 r2a" "r2 r2b" "b b0" "a lo" "r1 lo" "r2 lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n r1 link set r1a mtu 1400
  $ ip -n r2 link set r2a mtu 1400
  $ ip -n r2 link set r2b mtu 1300
  $ ip -n b link set b0 mtu 1300
  $ ip -n a addr add 10.0.1.1/24 dev a0
  $ ip -n r1 addr add 10.0.1.254/24 dev r0
  $ ip -n r1 addr add 10.0.2.1/24 dev r1a
  $ ip -n r2 addr add 10.0.2.2/24 dev r2a
  $ ip -n r2 addr add 10.0.3.254/24 dev r2b
  $ ip -n b addr add 10.0.3.1/24 dev b0
  $ ip -n a route add default via 10.0.1.254
  $ ip -n r1 route add 10.0.3.0/24 via 10.0.2.2
  $ ip -n r2 route add 10.0.1.0/24 via 10.0.2.1
  $ ip -n b route add default via 10.0.3.254
  $ for n in r1 r2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ for n in r1 r2 b; do ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0; done
  $ ip netns exec a traceroute -n -q 1 --mtu 10.0.3.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 65000 byte packets
   1  10.0.1.254  T ms F=1500
   2  10.0.2.2  T ms F=1400
   3  10.0.3.1  T ms F=1300
  $ ip netns exec a traceroute -n -q 2 --mtu 10.0.3.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 65000 byte packets
   1  10.0.1.254  T ms F=1500  T ms
   2  10.0.2.2  T ms F=1400  T ms
   3  10.0.3.1  T ms F=1300  T ms
  $ ip netns exec a traceroute -n -q 1 --mtu 10.0.3.1 1450 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 1450 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.2  T ms F=1400
   3  10.0.3.1  T ms F=1300
  $ ip netns exec a traceroute -n -q 1 --mtu 10.0.3.1 100 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 100 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.2  T ms
   3  10.0.3.1  T ms
  $ ip netns exec a traceroute -n -q 1 -I --mtu 10.0.3.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 65000 byte packets
   1  10.0.1.254  T ms F=1500
   2  10.0.2.2  T ms F=1400
   3  10.0.3.1  T ms F=1300
  $ ip netns exec a traceroute -n -q 1 -U --mtu 10.0.3.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 65000 byte packets
   1  10.0.1.254  T ms F=1500
   2  10.0.2.2  T ms F=1400
   3  10.0.3.1  T ms F=1300
  $ ip netns exec a traceroute -n -q 1 -f 2 --mtu 10.0.3.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 65000 byte packets
   2  10.0.2.2  T ms F=1400
   3  10.0.3.1  T ms F=1300
  $ ip netns exec a ip route get 10.0.3.1
  10.0.3.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache expires *sec mtu 1300  (glob)
  $ ip netns exec a traceroute -n -q 1 --back 10.0.3.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.2  T ms
   3  10.0.3.1  T ms
  $ ip netns exec b sysctl -qw net.ipv4.ip_default_ttl=100
  $ ip netns exec r2 sysctl -qw net.ipv4.ip_default_ttl=255
  $ ip netns exec a traceroute -n -q 1 --back 10.0.3.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.2  T ms
   3  10.0.3.1 '-31'  T ms
  $ ip netns exec a traceroute -n -q 2 --back 10.0.3.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms  T ms
   2  10.0.2.2  T ms  T ms
   3  10.0.3.1 '-31'  T ms  T ms
  $ sleep 1
  $ ip netns exec a traceroute -n -q 1 -I --back 10.0.3.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.2  T ms
   3  10.0.3.1 '-31'  T ms
  $ ip netns exec a traceroute -n -q 1 --back --mtu 10.0.3.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 65000 byte packets
   1  10.0.1.254  T ms F=1500
   2  10.0.2.2  T ms F=1400
   3  10.0.3.1 '-31'  T ms F=1300
  $ ip netns exec a traceroute -q 1 --back 10.0.3.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 60 byte packets
   1  10.0.1.254 (10.0.1.254)  T ms
   2  10.0.2.2 (10.0.2.2)  T ms
   3  10.0.3.1 (10.0.3.1) '-31'  T ms
  $ sleep 1
  $ ip netns exec b iptables -A INPUT -p udp --dport 53
  $ ip netns exec b iptables -A INPUT -p udp --dport 33434:33534
  $ ip netns exec a traceroute -n -q 1 -U 10.0.3.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.2  T ms
   3  10.0.3.1  T ms
  $ ip netns exec b iptables -L INPUT -nvx | sed -E 's/ +/ /g'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   14 840 17 -- * * 0.0.0.0/0 0.0.0.0/0 udp dpt:53
   0 0 17 -- * * 0.0.0.0/0 0.0.0.0/0 udp dpts:33434:33534
  $ ip netns exec a traceroute -n -q 1 -U -p 33500 10.0.3.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.2  T ms
   3  10.0.3.1  T ms
  $ ip netns exec a traceroute -n -q 1 -M udp 10.0.3.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.2  T ms
   3  10.0.3.1  T ms
  $ sleep 1
  $ ip netns exec a traceroute -n -q 1 -M default 10.0.3.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.2  T ms
   3  10.0.3.1  T ms
  $ ip netns exec a traceroute -n -q 1 -U -I 10.0.3.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.2  T ms
   3  10.0.3.1  T ms
  $ ip netns exec b iptables -L INPUT -nvx | sed -E 's/ +/ /g'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   28 1680 17 -- * * 0.0.0.0/0 0.0.0.0/0 udp dpt:53
   28 1680 17 -- * * 0.0.0.0/0 0.0.0.0/0 udp dpts:33434:33534
  $ ip netns exec b iptables -Z INPUT
  $ sleep 1
  $ ip netns exec a traceroute -n -q 1 --udp 10.0.3.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.3.1 (10.0.3.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.2  T ms
   3  10.0.3.1  T ms
  $ ip netns exec b iptables -L INPUT -nvx | sed -E 's/ +/ /g'
  Chain INPUT (policy ACCEPT 14 packets, 840 bytes)
   pkts bytes target prot opt in out source destination 
   14 840 17 -- * * 0.0.0.0/0 0.0.0.0/0 udp dpt:53
   0 0 17 -- * * 0.0.0.0/0 0.0.0.0/0 udp dpts:33434:33534
  $ ip netns exec a traceroute -n --mtu=1 10.0.3.1
  Bad option `--mtu=1' (with arg `1') (argc 2)
  [2]
  $ ip netns exec a traceroute -n --back=x 10.0.3.1
  Bad option `--back=x' (with arg `x') (argc 2)
  [2]
  $ ip netns exec a traceroute --icmp=1 -n 10.0.3.1
  Bad option `--icmp=1' (with arg `1') (argc 1)
  [2]
  $ ip netns exec a traceroute -n --mt 10.0.3.1
  Bad option `--mt' (argc 2)
  [2]
