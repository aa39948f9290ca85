A host that sends with the bridge's own MAC or a port's MAC as source: br_fdb_update() never moves a local entry (the kernel warns "received packet on ... with own address as source address"), so nothing is learnt for it; the answer addressed to that MAC is the bridge's own frame (br_handle_frame_finish(): a local fdb entry passes it up) and never reaches the host, whose ping fails; the bridge counts what it took.
  $ for n in h1 h2 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 0
  $ for i in 1 2; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ for p in p1 p2; do ip -n sw link set $p master br0; ip -n sw link set $p up; done; ip -n sw link set br0 up
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ bridge -n sw fdb show br br0 | grep -v self | sort
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  $ ip -n h1 link set e0 address 02:00:00:00:99:99
  $ ip -n h2 neigh flush all; ip -n h1 neigh flush all
  $ ip -n sw -s link show br0 | sed -n 4p
              28       1      0       0       0       0 
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  1
  $ bridge -n sw fdb show br br0 | grep -v self | sort
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  $ ip -n h2 neigh show
  10.0.0.1 dev e0 lladdr 02:00:00:00:99:99 STALE 
  $ sleep 3; ip -n sw -s link show br0 | sed -n 4p
             196       7      0       0       0       0 
  $ ip -n h1 neigh show
  10.0.0.2 dev e0 FAILED 
  $ ip -n h1 link set e0 address 02:00:00:00:90:02
  $ ip -n h2 neigh flush all; ip -n h1 neigh flush all
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  1
  $ bridge -n sw fdb show br br0 | grep -v self | sort
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  $ ip -n h2 neigh show
  10.0.0.1 dev e0 lladdr 02:00:00:00:90:02 STALE 
  $ ip -n h1 link set e0 address 02:00:00:00:00:01
  $ ip -n h2 neigh flush all; ip -n h1 neigh flush all
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ bridge -n sw fdb show br br0 | grep -v self | sort
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
