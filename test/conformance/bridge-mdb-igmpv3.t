IGMPv3/MLDv2 snooping modes (mcast_igmp_version 3, mcast_mld_version 2): a join learnt with filter_mode exclude shown by -d, a static entry's mode; without a querier a leave does not shorten the membership.
  $ ip netns add h1
  $ ip netns exec h1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_igmp_version 3 mcast_mld_version 2
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link set p1 master br0
  $ ip link set br0 up; ip link set p1 up; ip -n h1 link set e1 up
  $ sleep 1
  $ ip -n h1 addr add 239.1.1.1/32 dev e1 autojoin
  $ sleep 1
  $ bridge mdb show
  dev br0 port p1 grp 239.1.1.1 temp
  $ bridge -d mdb show
  dev br0 port p1 grp 239.1.1.1 temp filter_mode exclude proto kernel 
  $ bridge -d -j mdb show
  [{"mdb":[{"index":2,"dev":"br0","port":"p1","grp":"239.1.1.1","state":"temp","filter_mode":"exclude","protocol":"kernel","flags":[]}],"router":{}}]
  $ bridge -d -s mdb show | sed -E 's/ 2[0-9]{2}\.[0-9]{2}$/ 25x.xx/'
  dev br0 port p1 grp 239.1.1.1 temp filter_mode exclude proto kernel   25x.xx
  $ bridge mdb add dev br0 port p1 grp 239.2.2.2 permanent
  $ bridge mdb add dev br0 port p1 grp 239.2.2.3
  $ bridge mdb add dev br0 port p1 grp ff0e::3
  $ bridge -d mdb show
  dev br0 port p1 grp ff0e::3 temp filter_mode exclude proto static 
  dev br0 port p1 grp 239.2.2.3 temp filter_mode exclude proto static 
  dev br0 port p1 grp 239.2.2.2 permanent filter_mode exclude proto static 
  dev br0 port p1 grp 239.1.1.1 temp filter_mode exclude proto kernel 
  $ ip -n h1 addr del 239.1.1.1/32 dev e1
  $ sleep 3
  $ bridge -d -s mdb show | sed -E 's/ 2[0-9]{2}\.[0-9]{2}$/ 25x.xx/'
  dev br0 port p1 grp ff0e::3 temp filter_mode exclude proto static   25x.xx
  dev br0 port p1 grp 239.2.2.3 temp filter_mode exclude proto static   25x.xx
  dev br0 port p1 grp 239.2.2.2 permanent filter_mode exclude proto static     0.00
  $ ip link set br0 type bridge mcast_igmp_version 2
  $ bridge -d mdb show
  dev br0 port p1 grp ff0e::3 temp filter_mode exclude proto static 
  dev br0 port p1 grp 239.2.2.3 temp proto static 
  dev br0 port p1 grp 239.2.2.2 permanent proto static 
