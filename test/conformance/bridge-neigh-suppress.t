neigh_suppress: the bridge answers ARP requests for neighbours it knows
when the target sits behind a suppressing port, and does not flood the
request there (h3 receives one frame less).
  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link set br0 up
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; done
  $ for i in 1 2 3; do ip -n sw link set p$i master br0 up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ ip -n sw addr add 10.0.0.254/24 dev br0
  $ ip netns exec sw ping -c 1 10.0.0.3 | head -2
  PING 10.0.0.3 (10.0.0.3) 56(84) bytes of data.
  64 bytes from 10.0.0.3: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip -n sw neigh show 10.0.0.3
  10.0.0.3 dev br0 lladdr 02:00:00:00:00:03 REACHABLE 
  $ bridge -n sw link set dev p3 neigh_suppress on
  $ bridge -n sw -d link show dev p3 | grep -o 'neigh_suppress [a-z]*'
  neigh_suppress on
  $ ip -n h3 -s link show e0 | sed -n 4p
             140       2      0       0       0       0 
  $ ip netns exec h1 ping -c 1 10.0.0.3 | head -2
  PING 10.0.0.3 (10.0.0.3) 56(84) bytes of data.
  64 bytes from 10.0.0.3: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip -n h3 -s link show e0 | sed -n 4p
             280       4      0       0       0       0 
  $ ip -n h1 neigh show
  10.0.0.3 dev e0 lladdr 02:00:00:00:00:03 REACHABLE 
  $ ip -n h2 neigh show
