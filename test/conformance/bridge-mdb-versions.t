Snooping the older protocols: a host forced to IGMPv1 (reports, never a leave: the entry stays), one forced to MLDv1 (its solicited-node group from v1 reports); the bridge's mcast_igmp_version/mcast_mld_version refusals.
  $ ip netns add h1
  $ ip netns add h2
  $ ip netns exec h1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip netns exec h2 sysctl -qw net.ipv6.conf.all.force_mld_version=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link set br0 type bridge mcast_igmp_version 4
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set br0 type bridge mcast_mld_version 3
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set br0 type bridge mcast_igmp_version 1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link add p2 address 02:00:00:00:02:01 type veth peer name e2 netns h2 address 02:00:00:00:02:02
  $ ip link set p1 master br0; ip link set p2 master br0
  $ ip link set br0 up; ip link set p1 up; ip link set p2 up
  $ ip netns exec h1 sysctl -qw net.ipv4.conf.e1.force_igmp_version=1
  $ ip -n h1 link set e1 up; ip -n h2 link set e2 up
  $ sleep 3
  $ bridge mdb show | grep -v 'port br0'
  dev br0 port p2 grp ff02::1:ff00:202 temp
  $ ip -n h1 addr add 239.1.1.1/32 dev e1 autojoin
  $ sleep 1
  $ bridge mdb show | grep -v 'port br0'
  dev br0 port p1 grp 239.1.1.1 temp
  dev br0 port p2 grp ff02::1:ff00:202 temp
  $ ip -n h1 addr del 239.1.1.1/32 dev e1
  $ sleep 3
  $ bridge mdb show | grep -v 'port br0'
  dev br0 port p1 grp 239.1.1.1 temp
  dev br0 port p2 grp ff02::1:ff00:202 temp
  $ bridge -d mdb show dev br0 | grep p2
  dev br0 port p2 grp ff02::1:ff00:202 temp proto kernel 
