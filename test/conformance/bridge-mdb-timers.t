mdb timers follow the bridge's knobs: mcast_membership_interval sets the timer of a learnt or temp entry, which then expires (the group leaves the list); mcast_last_member_count/interval the time left after a leave; fastleave ports drop the entry at once; permanent entries show 0.00.
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip netns add h1
  $ ip netns exec h1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_membership_interval 400 mcast_last_member_interval 50 mcast_last_member_count 4
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link add p2 address 02:00:00:00:02:01 type veth peer name e2 address 02:00:00:00:02:02
  $ ip link set p1 master br0; ip link set p2 master br0
  $ ip link set br0 up; ip link set p1 up; ip link set p2 up; ip link set e2 up; ip -n h1 link set e1 up
  $ sleep 1
  $ bridge mdb add dev br0 port p2 grp 239.2.2.2
  $ bridge mdb add dev br0 port p2 grp 239.2.2.3 permanent
  $ bridge -s mdb show | sed -E 's/ 3\.[0-9]{2}$/ 3.xx/'
  dev br0 port p2 grp 239.2.2.3 permanent    0.00
  dev br0 port p2 grp 239.2.2.2 temp    3.xx
  $ ip -n h1 addr add 239.1.1.1/32 dev e1 autojoin
  $ sleep 0.5
  $ bridge -s mdb show | sed -E 's/ [0-9]\.[0-9]{2}$/ x.xx/'
  dev br0 port p1 grp 239.1.1.1 temp    x.xx
  dev br0 port p2 grp 239.2.2.3 permanent    x.xx
  dev br0 port p2 grp 239.2.2.2 temp    x.xx
  $ sleep 5
  $ bridge -s mdb show
  dev br0 port p2 grp 239.2.2.3 permanent    0.00
  $ ip link set br0 type bridge mcast_membership_interval 26000
  $ ip -n h1 addr del 239.1.1.1/32 dev e1
  $ ip -n h1 addr add 239.1.1.1/32 dev e1 autojoin
  $ sleep 1
  $ bridge mdb show
  dev br0 port p1 grp 239.1.1.1 temp
  dev br0 port p2 grp 239.2.2.3 permanent
  $ ip -n h1 addr del 239.1.1.1/32 dev e1
  $ sleep 0.5
  $ bridge -s mdb show | sed -E 's/    [01]\.[0-9]{2}$/ short/'
  dev br0 port p1 grp 239.1.1.1 temp short
  dev br0 port p2 grp 239.2.2.3 permanent short
  $ sleep 2
  $ bridge mdb show
  dev br0 port p2 grp 239.2.2.3 permanent
  $ bridge link set dev p1 fastleave on
  $ ip -n h1 addr add 239.1.1.1/32 dev e1 autojoin
  $ sleep 1
  $ bridge mdb show
  dev br0 port p1 grp 239.1.1.1 temp
  dev br0 port p2 grp 239.2.2.3 permanent
  $ ip -n h1 addr del 239.1.1.1/32 dev e1
  $ sleep 0.1
  $ bridge mdb show
  dev br0 port p2 grp 239.2.2.3 permanent
  $ bridge -d link show dev p1 | grep -o "fastleave [a-z]*"
  fastleave on
