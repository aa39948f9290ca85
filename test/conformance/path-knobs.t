Knobs scripts hit: net.ipv4.fib_multipath_hash_seed (6.11+: reads the seed set, 0 for a random one; two namespaces with the same seed send the same flows the same way), the Ip line of /proc/net/snmp with OutTransmits last (6.3+: OutRequests counts what the host sends, OutTransmits what leaves, each fragment and forwarded packet included), and net.ipv6.conf.* (accepted and stored; nothing changes in IPv4).
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add rb netns r address 02:00:00:00:01:0b mtu 1400 type veth peer name b0 netns b address 02:00:00:00:0b:01 mtu 1400
  $ ip -n a link set a0 up
  $ ip -n r link set ra up
  $ ip -n r link set rb up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0
  $ ip -n r addr add 10.0.1.1/24 dev ra
  $ ip -n r addr add 10.0.2.1/24 dev rb
  $ ip -n b addr add 10.0.2.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1
  $ ip -n b route add default via 10.0.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a sysctl net.ipv4.fib_multipath_hash_seed
  net.ipv4.fib_multipath_hash_seed = 0
  $ ip netns exec a sysctl -w net.ipv4.fib_multipath_hash_seed=12345
  net.ipv4.fib_multipath_hash_seed = 12345
  $ ip netns exec a sysctl net.ipv4.fib_multipath_hash_seed
  net.ipv4.fib_multipath_hash_seed = 12345
  $ ip netns exec a sysctl -w net.ipv4.fib_multipath_hash_seed=-1
  sysctl: setting key "net.ipv4.fib_multipath_hash_seed": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.ipv4.fib_multipath_hash_seed=4294967296
  sysctl: setting key "net.ipv4.fib_multipath_hash_seed": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.ipv4.fib_multipath_hash_seed=4294967295
  net.ipv4.fib_multipath_hash_seed = 4294967295
  $ ip netns exec a sysctl -w net.ipv4.fib_multipath_hash_seed=0
  net.ipv4.fib_multipath_hash_seed = 0
  $ ip netns exec a sysctl net.ipv4.fib_multipath_hash_seed
  net.ipv4.fib_multipath_hash_seed = 0
  $ for n in m1 m2; do ip netns add $n; ip -n $n link add d1 type veth peer name e1; ip -n $n link add d2 type veth peer name e2; for d in d1 d2 e1 e2; do ip -n $n link set $d up; done; ip -n $n addr add 192.168.1.1/24 dev d1; ip -n $n addr add 192.168.2.1/24 dev d2; ip -n $n route add 198.18.0.0/16 nexthop via 192.168.1.2 nexthop via 192.168.2.2; ip netns exec $n sysctl -qw net.ipv4.fib_multipath_hash_seed=777; done
  $ for n in m1 m2; do for i in $(seq 1 40); do ip -n $n route get 198.18.0.$i | sed -n 1p | sed -E 's/.* dev (d[12]) .*/\1/'; done > $n.out; done; [ "$(cat m1.out)" = "$(cat m2.out)" ] && sort m1.out | uniq | wc -l
  2
  $ head -1 /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  $ ip netns exec a ping -c 2 -s 2000 10.0.2.2 > /dev/null; echo $?
  0
  $ ip netns exec a sed -n 2p /proc/net/snmp
  Ip: 2 64 4 0 0 0 0 0 2 2 0 0 0 4 2 0 2 0 4 4
  $ ip netns exec r sed -n 2p /proc/net/snmp
  Ip: 1 64 8 0 0 8 0 0 0 0 0 0 0 0 0 0 2 0 4 10
  $ ip netns exec b sed -n 2p /proc/net/snmp
  Ip: 2 64 6 0 0 0 0 0 2 2 0 0 0 6 2 0 2 0 4 4
  $ ip netns exec a nstat -asz IpOutRequests IpOutTransmits IpFragCreates
  #kernel
  IpOutRequests                   2                  0.0
  IpFragCreates                   4                  0.0
  IpOutTransmits                  4                  0.0
  $ ip netns exec a sysctl -w net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.a0.accept_ra=0 net.ipv6.conf.all.forwarding=1
  net.ipv6.conf.all.disable_ipv6 = 1
  net.ipv6.conf.default.disable_ipv6 = 1
  net.ipv6.conf.a0.accept_ra = 0
  net.ipv6.conf.all.forwarding = 1
  $ ip netns exec a sysctl net.ipv6.conf.a0.disable_ipv6 net.ipv6.conf.a0.forwarding net.ipv6.conf.a0.accept_ra net.ipv6.conf.a0.mtu net.ipv6.conf.lo.mtu
  net.ipv6.conf.a0.disable_ipv6 = 1
  net.ipv6.conf.a0.forwarding = 1
  net.ipv6.conf.a0.accept_ra = 0
  net.ipv6.conf.a0.mtu = 1500
  net.ipv6.conf.lo.mtu = 65536
  $ ip netns exec a sysctl -w net.ipv6.conf.a0.mtu=1000 net.ipv6.conf.a0.hop_limit=256
  sysctl: setting key "net.ipv6.conf.a0.mtu": Invalid argument
  sysctl: setting key "net.ipv6.conf.a0.hop_limit": Invalid argument
  [1]
  $ ip netns exec a sysctl -a 2>/dev/null | grep -c '^net.ipv6.conf.a0\.'
  60
  $ ip -n a link set a0 mtu 1200
  $ ip netns exec a ls /proc/sys/net/ipv6/conf
  all
  default
  lo
  $ ip -n a link set a0 mtu 1500
  $ ip netns exec a sysctl net.ipv6.conf.a0.disable_ipv6 net.ipv6.conf.a0.mtu
  net.ipv6.conf.a0.disable_ipv6 = 1
  net.ipv6.conf.a0.mtu = 1500
  $ ip netns exec a ping -c 1 10.0.2.2 | sed -n 2p | sed -E 's/time=.*/time/'
  64 bytes from 10.0.2.2: icmp_seq=1 ttl=63 time
