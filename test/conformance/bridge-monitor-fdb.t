bridge monitor fdb: entries learnt, added, replaced, deleted and aged out
(fdb_notify()), and ip monitor neigh beside it; the bridge monitor's other
objects are refused in the lab.
  $ ip netns add h1
  $ ip netns add h2
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:99:99 type bridge ageing_time 300 forward_delay 0
  $ ip link set br0 up
  $ bridge monitor fdb > fdb & ip monitor neigh > neigh & sleep 0.3
  $ ip link add e0 netns h1 address 02:00:00:00:00:01 type veth peer name p1 address 02:00:00:00:90:01
  $ ip link add e0 netns h2 address 02:00:00:00:00:02 type veth peer name p2 address 02:00:00:00:90:02
  $ for h in h1 h2; do ip netns exec $h sysctl -qw net.ipv6.conf.all.disable_ipv6=1; done
  $ ip link set p1 master br0; ip link set p1 up; ip link set p2 master br0; ip link set p2 up
  $ ip -n h1 link set e0 up; ip -n h2 link set e0 up
  $ ip -n h1 addr add 10.0.0.1/24 dev e0; ip -n h2 addr add 10.0.0.2/24 dev e0
  $ sleep 1
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ bridge fdb add 02:00:00:00:00:09 dev p1 master static
  $ bridge fdb replace 02:00:00:00:00:09 dev p2 master static
  $ bridge fdb del 02:00:00:00:00:09 dev p2 master
  $ sleep 6
  $ ip link set p2 nomaster
  $ sleep 0.3; kill %1 %2; wait
  $ cat fdb
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:00:09 dev p1 master br0 static
  02:00:00:00:00:09 dev p2 master br0 static
  Deleted 02:00:00:00:00:09 dev p2 master br0 static
  Deleted 02:00:00:00:00:02 dev p2 master br0 stale
  Deleted 02:00:00:00:00:01 dev p1 master br0 stale
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:00:01 dev p1 master br0 
  Deleted 02:00:00:00:00:02 dev p2 master br0 
  Deleted 02:00:00:00:90:02 dev p2 master br0 permanent
  $ cat neigh
  dev p1 lladdr 02:00:00:00:90:01 PERMANENT 
  dev p2 lladdr 02:00:00:00:90:02 PERMANENT 
  dev p1 lladdr 02:00:00:00:00:01 REACHABLE 
  dev p2 lladdr 02:00:00:00:00:02 REACHABLE 
  dev p1 lladdr 02:00:00:00:00:09 NOARP 
  dev p2 lladdr 02:00:00:00:00:09 NOARP 
  Deleted dev p2 lladdr 02:00:00:00:00:09 NOARP 
  Deleted dev p2 lladdr 02:00:00:00:00:02 STALE 
  Deleted dev p1 lladdr 02:00:00:00:00:01 STALE 
  dev p2 lladdr 02:00:00:00:00:02 REACHABLE 
  dev p1 lladdr 02:00:00:00:00:01 REACHABLE 
  Deleted dev p2 lladdr 02:00:00:00:00:02 REACHABLE 
  Deleted dev p2 lladdr 02:00:00:00:90:02 PERMANENT 
