Multipath hash policy 1 (L4) with a fixed fib_multipath_hash_seed: the protocol and ports join the addresses in the flow hash (SipHash of struct flow_keys, ports sorted like addresses); ip route get without ipproto hashes as UDP with ports 0 (inet_rtm_getroute builds a UDP packet), ping's echo requests carry no ports when forwarded and type 8 as the destination port when sent; UDP flows with fixed source ports sent by the router land on their paths (forwarded ones carry the sender socket's random txhash, skb->l4_hash, which the router uses instead); policy 2 hashes as policy 0 for plain packets.
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
  $ for i in 1 2 3 4 5 6 7 8; do ip -n g1 addr add 10.9.0.$i/32 dev lo; ip -n g2 addr add 10.9.0.$i/32 dev lo; done
  $ ip -n g1 route add default via 10.1.0.1
  $ ip -n g2 route add default via 10.2.0.1
  $ ip -n a route add default via 10.3.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route add 10.9.0.0/24 nexthop via 10.1.0.2 dev r0 nexthop via 10.2.0.2 dev r1
  $ ip netns exec r sysctl -qw net.ipv4.fib_multipath_hash_seed=77 net.ipv4.fib_multipath_hash_policy=1
  $ for i in $(seq 1 16); do ip -n r route get 10.9.0.$i | head -1 | cut -d' ' -f3; done | tr '\n' ' '; echo
  10.1.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 
  $ for i in $(seq 1 16); do ip -n r route get 10.9.0.1 ipproto udp sport $((1000 + i)) dport 53 | head -1 | cut -d' ' -f3; done | tr '\n' ' '; echo
  10.2.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.1.0.2 
  $ for i in $(seq 1 16); do ip -n r route get 10.9.0.1 ipproto tcp sport 80 dport $((2000 + i)) | head -1 | cut -d' ' -f3; done | tr '\n' ' '; echo
  10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.1.0.2 10.2.0.2 10.2.0.2 
  $ for i in $(seq 1 16); do ip -n r route get 10.9.0.$i ipproto icmp | head -1 | cut -d' ' -f3; done | tr '\n' ' '; echo
  10.2.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.2.0.2 
  $ for i in $(seq 1 16); do ip -n r route get 10.9.0.$i from 10.3.0.2 iif r2 | head -1 | cut -d' ' -f5; done | tr '\n' ' '; echo
  10.1.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.2.0.2 10.1.0.2 10.1.0.2 
  $ for i in $(seq 1 16); do ip -n r route get 10.9.0.$i from 10.3.0.2 iif r2 ipproto icmp | head -1 | cut -d' ' -f5; done | tr '\n' ' '; echo
  10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.1.0.2 
  $ for i in $(seq 1 16); do ip -n r route get 10.9.0.1 from 10.3.0.2 iif r2 ipproto udp sport $((1000 + i)) dport 53 | head -1 | cut -d' ' -f5; done | tr '\n' ' '; echo
  10.1.0.2 10.2.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.2.0.2 10.1.0.2 
  $ for i in 1 2 3 4 5 6 7 8; do ip netns exec a ping -c 1 -W 1 10.9.0.$i > /dev/null; done
  $ ip netns exec g1 nstat -az IcmpInEchos | tail -n +2
  IcmpInEchos                     7                  0.0
  $ for i in 1 2 3 4 5 6 7 8; do ip netns exec r ping -c 1 -W 1 10.9.0.$i > /dev/null; done
  $ ip netns exec g1 nstat -az IcmpInEchos | tail -n +2
  IcmpInEchos                     12                 0.0
  $ for i in $(seq 1 8); do echo x | ip netns exec r nc -u -q 0 -p $((3000 + i)) 10.9.0.1 53; done
  $ ip netns exec g1 nstat -az UdpNoPorts | tail -n +2
  UdpNoPorts                      3                  0.0
  $ ip netns exec r sysctl -qw net.ipv4.fib_multipath_hash_policy=2
  $ for i in $(seq 1 16); do ip -n r route get 10.9.0.$i | head -1 | cut -d' ' -f3; done | tr '\n' ' '; echo
  10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.2.0.2 
  $ ip netns exec r sysctl -w net.ipv4.fib_multipath_hash_policy=4
  sysctl: setting key "net.ipv4.fib_multipath_hash_policy": Invalid argument
  [1]
  $ ip netns exec r sysctl net.ipv4.fib_multipath_hash_policy
  net.ipv4.fib_multipath_hash_policy = 2
