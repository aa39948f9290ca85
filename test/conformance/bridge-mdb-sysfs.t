Snooping through sysfs and across bridges: multicast_snooping written 0 flushes the learnt entries as ip link does and refuses bridge mdb add; two bridges keep their own mdb (show dev filters by bridge, a port's name shows nothing); a port moved to another bridge leaves its entries behind in neither; deleting a bridge takes its mdb.
  $ ip netns add s
  $ ip netns add h1
  $ ip netns exec s sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip netns exec h1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip -n s link add br0 address 02:00:00:00:00:10 type bridge
  $ ip -n s link add br1 address 02:00:00:00:00:20 type bridge
  $ ip -n s link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip -n s link add p2 address 02:00:00:00:02:01 type veth peer name e2 address 02:00:00:00:02:02
  $ ip -n s link set p1 master br0; ip -n s link set p2 master br1
  $ ip -n s link set br0 up; ip -n s link set br1 up; ip -n s link set p1 up; ip -n s link set p2 up; ip -n s link set e2 up; ip -n h1 link set e1 up
  $ sleep 1
  $ ip -n h1 addr add 239.1.1.1/32 dev e1 autojoin
  $ sleep 1
  $ bridge -n s mdb add dev br1 port p2 grp 239.2.2.2
  $ bridge -n s mdb add dev br1 port p2 grp 239.2.2.3 permanent
  $ bridge -n s mdb show
  dev br0 port p1 grp 239.1.1.1 temp
  dev br1 port p2 grp 239.2.2.3 permanent
  dev br1 port p2 grp 239.2.2.2 temp
  $ bridge -n s mdb show dev br1
  dev br1 port p2 grp 239.2.2.3 permanent
  dev br1 port p2 grp 239.2.2.2 temp
  $ bridge -n s mdb show dev p1
  $ ip netns exec s cat /sys/class/net/br0/bridge/multicast_snooping /sys/class/net/br0/bridge/multicast_membership_interval
  1
  26000
  $ ip netns exec s sh -c 'echo 0 > /sys/class/net/br0/bridge/multicast_snooping'
  $ bridge -n s mdb show
  dev br1 port p2 grp 239.2.2.3 permanent
  dev br1 port p2 grp 239.2.2.2 temp
  $ bridge -n s mdb add dev br0 port p1 grp 239.1.1.5 permanent
  Error: bridge: Bridge's multicast processing is disabled.
  [255]
  $ ip netns exec s sh -c 'echo 1 > /sys/class/net/br0/bridge/multicast_snooping'
  $ bridge -n s mdb add dev br0 port p1 grp 239.1.1.5 permanent
  $ ip -n s link set p2 nomaster
  $ ip -n s link set p2 master br0
  $ bridge -n s mdb show
  dev br0 port p1 grp 239.1.1.5 permanent
  $ bridge -n s mdb add dev br1 port p2 grp 239.2.2.2
  Error: bridge: Port belongs to a different bridge device.
  [255]
  $ ip -n s link set p2 up
  $ bridge -n s mdb add dev br0 port p2 grp 239.2.2.2
  $ bridge -n s mdb show
  dev br0 port p2 grp 239.2.2.2 temp
  dev br0 port p1 grp 239.1.1.5 permanent
  $ ip -n s link del br0
  $ bridge -n s mdb show
  $ bridge -n s -j mdb show
  [{"mdb":[],"router":{}}]
