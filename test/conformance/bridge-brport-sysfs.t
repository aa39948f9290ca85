A bridge port's settings through sysfs: /sys/class/net/PORT/brport/ files (learning, unicast_flood, hairpin_mode, path_cost, priority, bpdu_guard, root_block, isolated, multicast_flood, broadcast_flood) are read and written with echo, and bridge -d link shows the change; out-of-range values, non-numbers and read-only files refuse; the directory goes with nomaster. (The write errors go through bash -c: Debian's sh is dash, whose messages differ.)
  $ ip netns add s
  $ ip -n s link add br0 address 02:00:00:00:0d:00 type bridge
  $ ip -n s link add p1 address 02:00:00:00:0d:01 type veth peer name q1 address 02:00:00:00:0d:11
  $ ip -n s link set p1 master br0
  $ ip netns exec s sh -c 'cd /sys/class/net/p1/brport; cat learning unicast_flood hairpin_mode path_cost priority bpdu_guard root_block isolated multicast_flood broadcast_flood'
  1
  1
  0
  2
  32
  0
  0
  0
  1
  1
  $ ip netns exec s sh -c 'cd /sys/class/net/p1/brport; echo 0 > learning; echo 0 > unicast_flood; echo 1 > hairpin_mode; echo 1 > bpdu_guard; echo 1 > root_block; echo 1 > isolated; echo 0 > multicast_flood; echo 0 > broadcast_flood; echo 100 > path_cost; echo 7 > priority'
  $ ip netns exec s sh -c 'cd /sys/class/net/p1/brport; cat learning unicast_flood hairpin_mode path_cost priority bpdu_guard root_block isolated multicast_flood broadcast_flood'
  0
  0
  1
  100
  7
  1
  1
  1
  0
  0
  $ bridge -n s -d link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 7 cost 100 
      hairpin on guard on root_block on fastleave off learning off flood off mcast_flood off bcast_flood off mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated on locked off 
  $ ip -n s -d link show p1 | sed -n 3p | grep -o 'priority [0-9]* cost [0-9]* hairpin [a-z]* guard [a-z]*'
  [1]
  $ ip netns exec s bash -c 'echo 64 > /sys/class/net/p1/brport/priority'
  bash: line 1: echo: write error: Numerical result out of range
  [1]
  $ ip netns exec s cat /sys/class/net/p1/brport/priority
  7
  $ ip netns exec s bash -c 'echo 63 > /sys/class/net/p1/brport/priority'
  $ ip netns exec s cat /sys/class/net/p1/brport/priority
  63
  $ ip netns exec s bash -c 'echo 0 > /sys/class/net/p1/brport/path_cost'
  bash: line 1: echo: write error: Numerical result out of range
  [1]
  $ ip netns exec s cat /sys/class/net/p1/brport/path_cost
  100
  $ ip netns exec s bash -c 'echo abc > /sys/class/net/p1/brport/learning'
  bash: line 1: echo: write error: Invalid argument
  [1]
  $ ip netns exec s bash -c 'echo 2 > /sys/class/net/p1/brport/learning'
  $ ip netns exec s cat /sys/class/net/p1/brport/learning
  1
  $ ip netns exec s bash -c 'echo 1 > /sys/class/net/p1/brport/state'
  bash: line 1: /sys/class/net/p1/brport/state: Permission denied
  [1]
  $ ip netns exec s sh -c 'cd /sys/class/net/p1/brport; cat state port_no port_id designated_cost designated_port'
  0
  0x1
  0xfc01
  0
  64513
  $ bridge -n s link set dev p1 learning on flood on hairpin off guard off root_block off isolated off mcast_flood on bcast_flood on
  $ ip netns exec s sh -c 'cd /sys/class/net/p1/brport; cat learning hairpin_mode isolated unicast_flood'
  1
  0
  0
  1
  $ ip netns exec s ls /sys/class/net/q1/brport
  ls: cannot access '/sys/class/net/q1/brport': No such file or directory
  [2]
  $ ip -n s link set p1 nomaster
  $ ip netns exec s ls /sys/class/net/p1/brport
  ls: cannot access '/sys/class/net/p1/brport': No such file or directory
  [2]
