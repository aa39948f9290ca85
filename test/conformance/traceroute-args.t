traceroute argument errors and per-method socket errors.
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
  $ ip netns exec a traceroute -n -q 1 -s 10.9.9.9 10.0.2.1
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
  bind: Cannot assign requested address
  [1]
  $ ip netns exec a traceroute -n -q 1 -I -s 10.9.9.9 10.0.2.1
  
  bind: Cannot assign requested address
  [1]
  $ ip netns exec a traceroute -n -q 1 -T -s 10.9.9.9 10.0.2.1
  
  bind: Cannot assign requested address
  [1]
  $ ip netns exec a traceroute -n -q 1 -U -s 10.9.9.9 10.0.2.1
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
  bind: Cannot assign requested address
  [1]
  $ ip netns exec a traceroute -n -q 1 -i nosuch 10.0.2.1
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
  setsockopt SO_BINDTODEVICE: No such device
  [1]
  $ ip netns exec a traceroute -n -q 1 -I -i nosuch 10.0.2.1
  
  setsockopt SO_BINDTODEVICE: No such device
  [1]
  $ ip netns exec a traceroute -n -q 1 -T -i nosuch 10.0.2.1
  
  setsockopt SO_BINDTODEVICE: No such device
  [1]
  $ ip netns exec a traceroute -n -q 1 -U -i nosuch 10.0.2.1
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
  setsockopt SO_BINDTODEVICE: No such device
  [1]
  $ ip netns exec a traceroute -n -q 1 -s abc 10.0.2.1
  abc: Temporary failure in name resolution
  Cannot handle `-s' option with arg `abc' (argc 5)
  [2]
  $ ip netns exec a traceroute -n -w abc 10.0.2.1
  Cannot handle `-w' option with arg `abc' (argc 3)
  [2]
  $ ip netns exec a traceroute -w abc -n 10.0.2.1
  Cannot handle `-w' option with arg `abc' (argc 2)
  [2]
  $ ip netns exec a traceroute -n -w 1,abc 10.0.2.1
  Cannot handle `-w' option with arg `1,abc' (argc 3)
  [2]
  $ ip netns exec a traceroute -n -w 1,2,3,4 10.0.2.1
  Cannot handle `-w' option with arg `1,2,3,4' (argc 3)
  [2]
  $ ip netns exec a traceroute -n -w -1 10.0.2.1
  bad wait specifications `-1,0,0' used
  [2]
  $ ip netns exec a traceroute -n -q abc 10.0.2.1
  Cannot handle `-q' option with arg `abc' (argc 3)
  [2]
  $ ip netns exec a traceroute -q abc -n 10.0.2.1
  Cannot handle `-q' option with arg `abc' (argc 2)
  [2]
  $ ip netns exec a traceroute -n -m abc 10.0.2.1
  Cannot handle `-m' option with arg `abc' (argc 3)
  [2]
  $ ip netns exec a traceroute -n -f abc 10.0.2.1
  Cannot handle `-f' option with arg `abc' (argc 3)
  [2]
  $ ip netns exec a traceroute -n -p abc 10.0.2.1
  Cannot handle `-p' option with arg `abc' (argc 3)
  [2]
  $ ip netns exec a traceroute -n -t abc 10.0.2.1
  Cannot handle `-t' option with arg `abc' (argc 3)
  [2]
  $ ip netns exec a traceroute -n -t 300 10.0.2.1
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  * ms  * ms  * ms (glob)
   2  10.0.2.1  * ms  * ms  * ms (glob)
  $ ip netns exec a traceroute -n -z abc 10.0.2.1
  Cannot handle `-z' option with arg `abc' (argc 3)
  [2]
  $ ip netns exec a traceroute -n -N abc 10.0.2.1
  Cannot handle `-N' option with arg `abc' (argc 3)
  [2]
  $ ip netns exec a traceroute -n -M bogus 10.0.2.1
  Unknown traceroute module bogus
  [2]
  $ ip netns exec a traceroute -n --bogus 10.0.2.1
  Bad option `--bogus' (argc 2)
  [2]
  $ ip netns exec a traceroute -n -X 10.0.2.1
  Bad option `-X' (argc 2)
  [2]
  $ ip netns exec a traceroute -n 10.0.2.1 abc
  Cannot handle "packetlen" cmdline arg `abc' on position 2 (argc 3)
  [2]
  $ ip netns exec a traceroute -n 10.0.2.1 60 extra
  Extra arg `extra' (position 3, argc 4)
  [2]
  $ ip netns exec a traceroute -n -m 2 -q 1 -w 1 -z 0.1 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 2 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -m 2 -q 1 -t 16 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 2 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -m 2 -q 1 -F 10.0.2.1 1500 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 2 hops max, 1500 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -m 2 -q 1 --mtu 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 2 hops max, 65000 byte packets
   1  10.0.1.254  T ms F=1500
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -m 2 -q 1 --back 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 2 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -m 2 -q 1 -e 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 2 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
