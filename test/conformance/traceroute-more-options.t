traceroute options beyond the common ones: -r (SO_DONTROUTE: only directly attached targets), -d (SO_DEBUG), --sport (one source port, implies -N 1), --fwmark (SO_MARK, seen by policy routing), -P (the raw method with a protocol number), -D (DCCP requests), -UL (UDP-Lite), -l (IPv6 flow label), -V, and their argument errors.
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
  $ ip netns exec a traceroute -n -q 1 -r 10.0.1.254 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.1.254 (10.0.1.254), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
  $ ip netns exec a traceroute -n -q 1 -r 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  
  connect: Network is unreachable
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets (no-eol)
  $ ip netns exec a traceroute -n -q 1 -d 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 --sport=40000 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 --sport=40001 -T 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 --sport=abc 10.0.2.1
  Cannot handle `--sport' option with arg `abc' (argc 4)
  [2]
  $ ip netns exec a traceroute -n -q 1 --sport 10.0.2.1
  Option `--sport' (argc 4) requires an argument: `--sport=num'
  [2]
  $ ip netns exec a ip rule add fwmark 7 table 7
  $ ip netns exec a ip route add 10.0.2.0/24 via 10.0.1.254 table 7
  $ ip netns exec a ip route add unreachable 10.0.2.0/24
  $ ip netns exec a traceroute -n -q 1 10.0.2.1
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
  connect: No route to host
  [1]
  $ ip netns exec a traceroute -n -q 1 --fwmark=7 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 --fwmark=7 -I 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 --fwmark=abc 10.0.2.1
  Cannot handle `--fwmark' option with arg `abc' (argc 4)
  [2]
  $ ip netns exec a ip route del unreachable 10.0.2.0/24
  $ ip netns exec a traceroute -n -q 1 -P 253 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms !P
  $ ip netns exec a traceroute -n -q 1 -M raw 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms !P
  $ ip netns exec a traceroute -n -q 1 -P abc 10.0.2.1
  Cannot handle `protocol' keyword with arg `abc' (argc 1)
  [2]
  $ ip netns exec a traceroute -n -q 1 -D 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  
  socket: Socket type not supported
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 40 byte packets (no-eol)
  $ ip netns exec a traceroute -n -q 1 -UL 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 -l 5 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 -6 10.0.2.1
  10.0.2.1: Address family for hostname not supported
  Cannot handle "host" cmdline arg `10.0.2.1' on position 1 (argc 5)
  [2]
  $ ip netns exec a traceroute -V
  Modern traceroute for Linux, version 2.1.2
  Copyright (c) 2016  Dmitry Butskoy,   License: GPL v2 or any later
  $ ip netns exec a traceroute -n -q 1 -P 253 -p 7 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms !P
  $ ip netns exec a traceroute -n -q 1 -P 253 -O protocol=252 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms !P
  $ ip netns exec a traceroute -n -q 1 -r -I 10.0.2.1
  
  connect: Network is unreachable
  [1]
  $ ip netns exec a traceroute -n -q 1 -r -T 10.0.2.1
  
  connect: Network is unreachable
  [1]
  $ ip netns exec a traceroute --version
  Modern traceroute for Linux, version 2.1.2
  Copyright (c) 2016  Dmitry Butskoy,   License: GPL v2 or any later
  $ ip netns exec a traceroute -n -q 1 -T -p http 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 -T -p 80x 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 -U -p domain -m 1 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 1 hops max, 60 byte packets
   1  10.0.1.254  T ms
  $ ip netns exec a traceroute -n -q 1 --sport=http -m 1 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 1 hops max, 60 byte packets
   1  10.0.1.254  T ms
  $ ip netns exec a traceroute -n -q 1 -p nosuchservice 10.0.2.1
  Cannot handle `-p' option with arg `nosuchservice' (argc 5)
  [2]
  $ ip netns exec a traceroute -n -q 1 -A 10.0.2.1 > o.txt; echo "[$?]"; cat o.txt
  whois.radb.net/nicname: Temporary failure in name resolution
  [2]
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254 (no-eol)
  $ RA_SERVICE=bogus ip netns exec a traceroute -n -q 1 -A 10.0.2.1; echo "[$?]"
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packetswhois.radb.net/bogus: Servname not supported for ai_socktype
  
   1  10.0.1.254[2]
  $ RA_SERVER=nosuch.invalid ip netns exec a traceroute -q 1 --as-path-lookups 10.0.2.1; echo "[$?]"
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packetsnosuch.invalid/nicname: Temporary failure in name resolution
  
   1  10.0.1.254 (10.0.1.254)[2]
