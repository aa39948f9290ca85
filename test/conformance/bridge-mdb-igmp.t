Snooping IGMP: a host's IGMPv3 join (autojoin) makes a temp port entry (proto kernel) on the bridge, with the membership interval as its timer; a leave (TO_IN) shortens it to last_member_count x last_member_interval and the entry goes; IGMPv2 (force_igmp_version 2) joins and leaves the same; 224.0.0.x groups are never snooped; counters of the host.
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip netns add h1
  $ ip netns add h2
  $ ip netns exec h1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip netns exec h2 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link add p2 address 02:00:00:00:02:01 type veth peer name e2 netns h2 address 02:00:00:00:02:02
  $ ip link set p1 master br0; ip link set p2 master br0
  $ ip link set br0 up; ip link set p1 up; ip link set p2 up
  $ ip -n h1 link set e1 up; ip -n h2 link set e2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev e1; ip -n h2 addr add 10.0.0.2/24 dev e2
  $ sleep 2
  $ bridge mdb show
  $ ip -n h1 addr add 239.1.1.1/32 dev e1 autojoin
  $ sleep 1
  $ bridge mdb show
  dev br0 port p1 grp 239.1.1.1 temp
  $ bridge -d mdb show
  dev br0 port p1 grp 239.1.1.1 temp proto kernel 
  $ bridge -s mdb show | sed -E 's/ 2[0-9]{2}\.[0-9]{2}$/ 25x.xx/'
  dev br0 port p1 grp 239.1.1.1 temp  25x.xx
  $ ip -n h2 addr add 239.1.1.1/32 dev e2 autojoin
  $ ip -n h2 addr add 239.5.5.5/32 dev e2 autojoin
  $ ip -n h2 addr add 224.0.0.99/32 dev e2 autojoin
  $ sleep 1
  $ bridge mdb show | sort
  dev br0 port p1 grp 239.1.1.1 temp
  dev br0 port p2 grp 239.1.1.1 temp
  dev br0 port p2 grp 239.5.5.5 temp
  $ bridge -d -s mdb show | sed -E 's/ 2[0-9]{2}\.[0-9]{2}$/ 25x.xx/' | sort
  dev br0 port p1 grp 239.1.1.1 temp proto kernel   25x.xx
  dev br0 port p2 grp 239.1.1.1 temp proto kernel   25x.xx
  dev br0 port p2 grp 239.5.5.5 temp proto kernel   25x.xx
  $ ip -n h1 addr del 239.1.1.1/32 dev e1
  $ sleep 0.5
  $ bridge -s mdb show | sed -E 's/ 2[0-9]{2}\.[0-9]{2}$/ 25x.xx/; s/    [0-9]\.[0-9]{2}$/ short/' | sort
  dev br0 port p1 grp 239.1.1.1 temp short
  dev br0 port p2 grp 239.1.1.1 temp  25x.xx
  dev br0 port p2 grp 239.5.5.5 temp  25x.xx
  $ sleep 3
  $ bridge mdb show
  dev br0 port p2 grp 239.5.5.5 temp
  dev br0 port p2 grp 239.1.1.1 temp
  $ ip netns exec h2 sysctl -qw net.ipv4.conf.e2.force_igmp_version=2
  $ ip -n h2 addr add 239.7.7.7/32 dev e2 autojoin
  $ sleep 1
  $ bridge mdb show
  dev br0 port p2 grp 239.7.7.7 temp
  dev br0 port p2 grp 239.5.5.5 temp
  dev br0 port p2 grp 239.1.1.1 temp
  $ ip -n h2 addr del 239.7.7.7/32 dev e2
  $ ip -n h2 addr del 239.5.5.5/32 dev e2
  $ sleep 3
  $ bridge mdb show
  dev br0 port p2 grp 239.5.5.5 temp
  dev br0 port p2 grp 239.1.1.1 temp
  $ ip -n h2 addr del 239.1.1.1/32 dev e2
  $ sleep 3
  $ bridge mdb show
  dev br0 port p2 grp 239.5.5.5 temp
  dev br0 port p2 grp 239.1.1.1 temp
