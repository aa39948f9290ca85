Bridge learning: the forwarding database learns each host's MAC on the port
its frames arrive on, next to the ports' own (local, permanent) addresses.
  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link set br0 up
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; done
  $ for i in 1 2 3; do ip -n sw link set p$i master br0 up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ bridge -n sw fdb show br br0
  33:33:00:00:00:01 dev br0 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  33:33:00:00:00:6a dev br0 self permanent
  01:00:5e:00:00:01 dev br0 self permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:90:01 dev p1 master br0 permanent
  33:33:00:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  33:33:00:00:00:01 dev p2 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  02:00:00:00:90:03 dev p3 master br0 permanent
  33:33:00:00:00:01 dev p3 self permanent
  01:00:5e:00:00:01 dev p3 self permanent
  $ ip netns exec h1 ping -c 1 10.0.0.2 | head -2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ bridge -n sw fdb show br br0
  33:33:00:00:00:01 dev br0 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  33:33:00:00:00:6a dev br0 self permanent
  01:00:5e:00:00:01 dev br0 self permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:90:01 dev p1 master br0 permanent
  33:33:00:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:90:02 dev p2 master br0 permanent
  33:33:00:00:00:01 dev p2 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  02:00:00:00:90:03 dev p3 master br0 permanent
  33:33:00:00:00:01 dev p3 self permanent
  01:00:5e:00:00:01 dev p3 self permanent
  $ bridge -n sw fdb show brport p1
  02:00:00:00:00:01 master br0 
  02:00:00:00:90:01 master br0 permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  $ bridge -n sw fdb show dev p2
  02:00:00:00:00:02 master br0 
  02:00:00:00:90:02 master br0 permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  $ bridge -n sw -s fdb show br br0 | grep -v permanent
  02:00:00:00:00:01 dev p1 used * master br0  (glob)
  02:00:00:00:00:02 dev p2 used * master br0  (glob)
  $ bridge -n sw fdb show br br0 dynamic
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  $ bridge -n sw fdb show br br0 state permanent
  33:33:00:00:00:01 dev br0 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  33:33:00:00:00:6a dev br0 self permanent
  01:00:5e:00:00:01 dev br0 self permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:90:01 dev p1 master br0 permanent
  33:33:00:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  33:33:00:00:00:01 dev p2 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  02:00:00:00:90:03 dev p3 master br0 permanent
  33:33:00:00:00:01 dev p3 self permanent
  01:00:5e:00:00:01 dev p3 self permanent
  $ ip netns exec h3 ping -c 1 10.0.0.1 | head -2
  PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ bridge -n sw fdb show br br0 | grep -v permanent
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:00:03 dev p3 master br0 
  $ ip -n sw neigh show
