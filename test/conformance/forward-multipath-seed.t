Multipath with fib_multipath_hash_seed (Linux 6.11+): the L3 hash (policy 0) is SipHash-2-4 of the address pair, made direction-independent, keyed by the seed, so with a seed set every flow takes a fixed path: route lookups for local and forwarded traffic, the weights' share, the same seed in another namespace choosing alike, and forwarded pings counted on the path they took.
  $ for n in r g1 g2 a; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add r0 netns r address 02:00:00:00:01:01 type veth peer name e0 netns g1 address 02:00:00:00:0a:01
  $ ip link add r1 netns r address 02:00:00:00:01:02 type veth peer name e0 netns g2 address 02:00:00:00:0b:01
  $ ip link add r2 netns r address 02:00:00:00:01:03 type veth peer name a0 netns a address 02:00:00:00:0c:01
  $ for n in r g1 g2 a; do ip -n $n link set lo up; done
  $ ip -n r link set r0 up; ip -n r link set r1 up; ip -n r link set r2 up; ip -n g1 link set e0 up; ip -n g2 link set e0 up; ip -n a link set a0 up
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n r addr add 10.3.0.1/24 dev r2
  $ ip -n g1 addr add 10.1.0.2/24 dev e0
  $ ip -n g2 addr add 10.2.0.2/24 dev e0
  $ ip -n a addr add 10.3.0.2/24 dev a0
  $ for i in 1 2 3 4 5 6; do ip -n g1 addr add 10.9.0.$i/32 dev lo; ip -n g2 addr add 10.9.0.$i/32 dev lo; done
  $ ip -n g1 route add default via 10.1.0.1
  $ ip -n g2 route add default via 10.2.0.1
  $ ip -n a route add default via 10.3.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route add 10.9.0.0/24 nexthop via 10.1.0.2 dev r0 nexthop via 10.2.0.2 dev r1
  $ ip netns exec r sysctl net.ipv4.fib_multipath_hash_seed net.ipv4.fib_multipath_hash_policy
  net.ipv4.fib_multipath_hash_seed = 0
  net.ipv4.fib_multipath_hash_policy = 0
  $ ip netns exec r sysctl -w net.ipv4.fib_multipath_hash_seed=1
  net.ipv4.fib_multipath_hash_seed = 1
  $ for i in $(seq 1 16); do ip -n r route get 10.9.0.$i | head -1 | cut -d' ' -f3; done | sort | uniq -c
        8 10.1.0.2
        8 10.2.0.2
  $ for i in $(seq 1 12); do ip -n r route get 10.9.0.$i | head -1; done
  10.9.0.1 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.2 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  10.9.0.3 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.4 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  10.9.0.5 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.6 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  10.9.0.7 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.8 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  10.9.0.9 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  10.9.0.10 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.11 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.12 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  $ for i in $(seq 1 12); do ip -n r route get 10.9.0.$i from 10.3.0.2 iif r2 | head -1; done
  10.9.0.1 from 10.3.0.2 via 10.1.0.2 dev r0 
  10.9.0.2 from 10.3.0.2 via 10.2.0.2 dev r1 
  10.9.0.3 from 10.3.0.2 via 10.2.0.2 dev r1 
  10.9.0.4 from 10.3.0.2 via 10.1.0.2 dev r0 
  10.9.0.5 from 10.3.0.2 via 10.1.0.2 dev r0 
  10.9.0.6 from 10.3.0.2 via 10.2.0.2 dev r1 
  10.9.0.7 from 10.3.0.2 via 10.1.0.2 dev r0 
  10.9.0.8 from 10.3.0.2 via 10.1.0.2 dev r0 
  10.9.0.9 from 10.3.0.2 via 10.2.0.2 dev r1 
  10.9.0.10 from 10.3.0.2 via 10.2.0.2 dev r1 
  10.9.0.11 from 10.3.0.2 via 10.2.0.2 dev r1 
  10.9.0.12 from 10.3.0.2 via 10.2.0.2 dev r1 
  $ for i in $(seq 1 12); do ip -n r route get 10.9.0.9 from 10.3.0.$((i + 1)) iif r2 | head -1; done
  10.9.0.9 from 10.3.0.2 via 10.2.0.2 dev r1 
  10.9.0.9 from 10.3.0.3 via 10.2.0.2 dev r1 
  10.9.0.9 from 10.3.0.4 via 10.1.0.2 dev r0 
  10.9.0.9 from 10.3.0.5 via 10.1.0.2 dev r0 
  10.9.0.9 from 10.3.0.6 via 10.1.0.2 dev r0 
  10.9.0.9 from 10.3.0.7 via 10.1.0.2 dev r0 
  10.9.0.9 from 10.3.0.8 via 10.2.0.2 dev r1 
  10.9.0.9 from 10.3.0.9 via 10.2.0.2 dev r1 
  10.9.0.9 from 10.3.0.10 via 10.2.0.2 dev r1 
  10.9.0.9 from 10.3.0.11 via 10.1.0.2 dev r0 
  10.9.0.9 from 10.3.0.12 via 10.1.0.2 dev r0 
  10.9.0.9 from 10.3.0.13 via 10.1.0.2 dev r0 
  $ ip netns exec r sysctl -w net.ipv4.fib_multipath_hash_seed=4000000000
  net.ipv4.fib_multipath_hash_seed = 4000000000
  $ for i in $(seq 1 12); do ip -n r route get 10.9.0.$i | head -1 | cut -d' ' -f3; done | tr '\n' ' '; echo
  10.1.0.2 10.1.0.2 10.2.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.2.0.2 
  $ for i in 1 2 3 4 5 6; do ip netns exec a ping -c 1 -W 1 10.9.0.$i > /dev/null; done
  $ ip netns exec g1 nstat -az IcmpInEchos | tail -n +2
  IcmpInEchos                     3                  0.0
  $ ip netns exec g2 nstat -az IcmpInEchos | tail -n +2
  IcmpInEchos                     3                  0.0
  $ for i in 1 2 3 4 5 6; do ip -n r route get 10.9.0.$i from 10.3.0.2 iif r2 | head -1 | cut -d' ' -f5; done | sort | uniq -c
        3 10.1.0.2
        3 10.2.0.2
  $ ip -n r route replace 10.9.0.0/24 nexthop via 10.1.0.2 dev r0 weight 1 nexthop via 10.2.0.2 dev r1 weight 7
  $ for i in $(seq 1 32); do ip -n r route get 10.9.0.$i | head -1 | cut -d' ' -f3; done | sort | uniq -c
        4 10.1.0.2
       28 10.2.0.2
  $ ip netns add r9
  $ ip -n r9 link add x0 type veth peer name x1; ip -n r9 link add y0 type veth peer name y1
  $ for d in x0 x1 y0 y1; do ip -n r9 link set $d up; done
  $ ip -n r9 addr add 10.1.0.1/24 dev x0; ip -n r9 addr add 10.2.0.1/24 dev y0
  $ ip -n r9 route add 10.9.0.0/24 nexthop via 10.1.0.2 dev x0 weight 1 nexthop via 10.2.0.2 dev y0 weight 7
  $ ip netns exec r9 sysctl -qw net.ipv4.fib_multipath_hash_seed=4000000000
  $ for i in $(seq 1 32); do ip -n r9 route get 10.9.0.$i | head -1 | cut -d' ' -f3; done | tr '\n' ' '; echo
  10.2.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.1.0.2 
  $ for i in $(seq 1 32); do ip -n r route get 10.9.0.$i | head -1 | cut -d' ' -f3; done | tr '\n' ' '; echo
  10.2.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.1.0.2 
  $ ip netns exec r sysctl -w net.ipv4.fib_multipath_hash_seed=0
  net.ipv4.fib_multipath_hash_seed = 0
  $ ip netns exec r sysctl -w net.ipv4.fib_multipath_hash_seed=4294967296
  sysctl: setting key "net.ipv4.fib_multipath_hash_seed": Invalid argument
  [1]
  $ ip netns exec r sysctl net.ipv4.fib_multipath_hash_seed
  net.ipv4.fib_multipath_hash_seed = 0
