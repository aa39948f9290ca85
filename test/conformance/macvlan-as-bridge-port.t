A macvlan as a bridge port: the bridge makes it promiscuous (the lower device counts it), frames from a bridged host reach the macvlan's outside peer, but the replies addressed to that host's MAC never reach the macvlan (macvlan_handle_frame() delivers unicast only to a macvlan holding the destination MAC, else to the lower device), so the ping fails while the bridge's own address, the macvlan's MAC being learned nowhere, still works through it.
  $ for n in h1 s o; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add eth0 netns s address 02:00:00:00:00:e0 type veth peer name o0 netns o address 02:00:00:00:00:0f
  $ ip -n s link add link eth0 name mv0 address 02:00:00:00:00:11 type macvlan mode bridge
  $ ip -n s link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add e0 netns h1 address 02:00:00:00:00:01 type veth peer name p1 netns s address 02:00:00:00:90:01
  $ ip -n s -d link show eth0 | grep -o 'promiscuity [0-9]*'
  promiscuity 0
  $ ip -n s link set mv0 master br0
  $ ip -n s link set p1 master br0
  $ ip -n s -d link show mv0 | grep -o 'promiscuity [0-9]*'
  promiscuity 1
  $ ip -n s -d link show eth0 | grep -o 'promiscuity [0-9]*'
  promiscuity 0
  $ for d in eth0 mv0 p1 br0; do ip -n s link set $d up; done
  $ ip -n s -d link show eth0 | grep -o 'promiscuity [0-9]*'
  promiscuity 2
  $ ip -n h1 link set e0 up
  $ ip -n o link set o0 up
  $ ip -n h1 addr add 10.0.0.1/24 dev e0
  $ ip -n o addr add 10.0.0.2/24 dev o0
  $ ip -n s addr add 10.0.0.254/24 dev br0
  $ sleep 2
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n o neigh show
  10.0.0.1 dev o0 lladdr 02:00:00:00:00:01 STALE 
  $ ip -n h1 neigh show
  10.0.0.2 dev e0 INCOMPLETE 
  $ bridge -n s fdb show br br0 | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:00:11 dev mv0 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:90:01 dev p1 master br0 permanent
  $ ip netns exec o ping -c 1 -W 1 10.0.0.254 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n o neigh show | sort
  10.0.0.1 dev o0 lladdr 02:00:00:00:00:01 DELAY 
  10.0.0.254 dev o0 lladdr 02:00:00:00:99:99 REACHABLE 
  $ ip -n s link set mv0 address 02:00:00:00:00:77
  $ bridge -n s fdb show br br0 | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:00:77 dev mv0 master br0 permanent
  02:00:00:00:00:0f dev mv0 master br0 
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:90:01 dev p1 master br0 permanent
  $ ip -n s link show br0
  4: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
  $ ip -n s link set mv0 nomaster
  $ ip -n s -d link show eth0 | grep -o 'promiscuity [0-9]*'
  promiscuity 1
