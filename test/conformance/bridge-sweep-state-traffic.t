Manual port states (bridge link set state 0-4 with STP off) on the receiving port: whether ping crosses, whether the sender's MAC is learned, and the port's tx counters, for each state in turn.
  $ ip netns add h1; ip netns add h2
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done; sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:99:99 type bridge forward_delay 0 mcast_snooping 0
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name e0 netns h1 address 02:00:00:00:00:01
  $ ip link add p2 address 02:00:00:00:90:02 type veth peer name e0 netns h2 address 02:00:00:00:00:02
  $ for p in p1 p2; do ip link set $p master br0; ip link set $p up; done; ip link set br0 up
  $ ip -n h1 addr add 10.0.0.1/24 dev e0; ip -n h2 addr add 10.0.0.2/24 dev e0; ip -n h1 link set e0 up; ip -n h2 link set e0 up
  $ sleep 0.3
  $ for s in 0 1 2 4 3; do bridge link set dev p1 state $s; ip link set br0 type bridge fdb_flush; ip -n h1 neigh flush all; ip -n h2 neigh flush all; echo "== state $s: $(bridge link show dev p1 | grep -o 'state [a-z]*')"; ip netns exec h1 ping -c1 -W1 10.0.0.2 >/dev/null 2>&1; echo "ping rc $?"; bridge fdb show br br0 | grep -v permanent | sort; ip -s link show p1 | sed -n '6p' | awk '{print "tx", $1, $2}'; done
  == state 0: state disabled
  ping rc 1
  tx 0 0
  == state 1: state listening
  ping rc 1
  tx 0 0
  == state 2: state learning
  ping rc 1
  02:00:00:00:00:01 dev p1 master br0 
  tx 0 0
  == state 4: state forwarding
  ping rc 0
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  tx 140 2
  == state 3: state forwarding
  ping rc 0
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  tx 280 4
