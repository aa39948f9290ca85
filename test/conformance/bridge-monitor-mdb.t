bridge monitor mdb prints each mdb change (an entry added, "Deleted" when it goes, the bridge's own membership, a learnt report, "router port dev P master B"); bridge never flushes its stdout, so into a file the lines come out 4 KiB at a time and what is buffered when it is killed is lost.
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip netns add h1
  $ ip netns exec h1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_membership_interval 300
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link add p2 address 02:00:00:00:02:01 type veth peer name e2 address 02:00:00:00:02:02
  $ ip link set p1 master br0; ip link set p2 master br0
  $ ip link set br0 up; ip link set p1 up; ip link set p2 up; ip link set e2 up; ip -n h1 link set e1 up
  $ sleep 1
  $ bridge monitor mdb > mon &
  $ sleep 0.3
  $ bridge mdb add dev br0 port p2 grp 239.2.2.2 permanent
  $ bridge mdb add dev br0 port br0 grp 239.3.3.3
  $ ip -n h1 addr add 239.1.1.1/32 dev e1 autojoin
  $ sleep 0.5
  $ bridge mdb del dev br0 port p2 grp 239.2.2.2
  $ bridge link set dev p2 mcast_router 2
  $ bridge link set dev p1 mcast_router 2
  $ bridge link set dev p2 mcast_router 0
  $ bridge link set dev p1 mcast_router 1
  $ bridge link set dev p1 mcast_router 3
  $ bridge link set dev p1 mcast_router 0
  $ sleep 4
  $ for i in $(seq 1 50); do bridge mdb add dev br0 port p2 grp 239.9.9.$i permanent; bridge mdb del dev br0 port p2 grp 239.9.9.$i; done
  $ sleep 0.3
  $ kill %1
  $ wc -c < mon
  4096
  $ head -16 mon
  dev br0 port p2 grp 239.2.2.2 permanent
  dev br0 port br0 grp 239.3.3.3 temp
  dev br0 port p1 grp 239.1.1.1 temp
  Deleted dev br0 port p2 grp 239.2.2.2 permanent
  router port dev p2 master br0
  router port dev p1 master br0
  Deleted router port dev p2 master br0
  Deleted router port dev p1 master br0
  router port dev p1 master br0
  Deleted router port dev p1 master br0
  Deleted dev br0 port br0 grp 239.3.3.3 temp
  Deleted dev br0 port p1 grp 239.1.1.1 temp
  dev br0 port p2 grp 239.9.9.1 permanent
  Deleted dev br0 port p2 grp 239.9.9.1 permanent
  dev br0 port p2 grp 239.9.9.2 permanent
  Deleted dev br0 port p2 grp 239.9.9.2 permanent
  $ tail -c 60 mon
  br0 port p2 grp 239.9.9.41 permanent
  Deleted dev br0 port p2 (no-eol)
  $ bridge monitor foo
  Argument "foo" is unknown, try "bridge monitor help".
  [255]
  $ bridge monitor help
  Usage: bridge monitor [file | link | fdb | mdb | vlan | vni | all]
  [255]
