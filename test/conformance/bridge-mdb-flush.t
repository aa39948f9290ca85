What removes mdb entries: a port going down takes its learnt and temp entries (not permanent ones), mcast_snooping 0 flushes every port's non-permanent entries and then refuses add/del, snooping on again relearns nothing until the next report, the bridge going down keeps permanent entries, nomaster removes all of the port's.
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
  $ sleep 1
  $ ip -n h1 addr add 239.1.1.1/32 dev e1 autojoin
  $ ip -n h2 addr add 239.1.1.2/32 dev e2 autojoin
  $ sleep 1
  $ bridge mdb add dev br0 port p1 grp 239.9.9.1 permanent
  $ bridge mdb add dev br0 port p2 grp 239.9.9.2 permanent
  $ bridge mdb add dev br0 port p2 grp 239.9.9.3
  $ bridge mdb add dev br0 port br0 grp 239.9.9.4
  $ bridge mdb show
  dev br0 port br0 grp 239.9.9.4 temp
  dev br0 port p2 grp 239.9.9.3 temp
  dev br0 port p2 grp 239.9.9.2 permanent
  dev br0 port p1 grp 239.9.9.1 permanent
  dev br0 port p2 grp 239.1.1.2 temp
  dev br0 port p1 grp 239.1.1.1 temp
  $ ip link set p2 down
  $ bridge mdb show
  dev br0 port br0 grp 239.9.9.4 temp
  dev br0 port p2 grp 239.9.9.2 permanent
  dev br0 port p1 grp 239.9.9.1 permanent
  dev br0 port p1 grp 239.1.1.1 temp
  $ bridge mdb add dev br0 port p2 grp 239.9.9.5
  Error: bridge: Port is in disabled state and entry is not permanent.
  [255]
  $ bridge mdb add dev br0 port p2 grp 239.9.9.5 permanent
  $ ip link set p2 up
  $ sleep 1
  $ bridge mdb show
  dev br0 port p2 grp 239.9.9.5 permanent
  dev br0 port br0 grp 239.9.9.4 temp
  dev br0 port p2 grp 239.9.9.2 permanent
  dev br0 port p1 grp 239.9.9.1 permanent
  dev br0 port p1 grp 239.1.1.1 temp
  $ ip link set br0 type bridge mcast_snooping 0
  $ bridge mdb show
  dev br0 port p2 grp 239.9.9.5 permanent
  dev br0 port br0 grp 239.9.9.4 temp
  dev br0 port p2 grp 239.9.9.2 permanent
  dev br0 port p1 grp 239.9.9.1 permanent
  $ bridge mdb add dev br0 port p1 grp 239.9.9.6
  Error: bridge: Bridge's multicast processing is disabled.
  [255]
  $ bridge mdb del dev br0 port p1 grp 239.9.9.1
  Error: bridge: Bridge's multicast processing is disabled.
  [255]
  $ ip link set br0 type bridge mcast_snooping 1
  $ sleep 1
  $ bridge mdb show
  dev br0 port p2 grp 239.9.9.5 permanent
  dev br0 port br0 grp 239.9.9.4 temp
  dev br0 port p2 grp 239.9.9.2 permanent
  dev br0 port p1 grp 239.9.9.1 permanent
  $ ip -n h1 addr del 239.1.1.1/32 dev e1
  $ ip -n h1 addr add 239.1.1.1/32 dev e1 autojoin
  $ sleep 1
  $ bridge mdb show
  dev br0 port p1 grp 239.1.1.1 temp
  dev br0 port p2 grp 239.9.9.5 permanent
  dev br0 port br0 grp 239.9.9.4 temp
  dev br0 port p2 grp 239.9.9.2 permanent
  dev br0 port p1 grp 239.9.9.1 permanent
  $ ip link set br0 down
  $ bridge mdb show
  dev br0 port p2 grp 239.9.9.5 permanent
  dev br0 port br0 grp 239.9.9.4 temp
  dev br0 port p2 grp 239.9.9.2 permanent
  dev br0 port p1 grp 239.9.9.1 permanent
  $ bridge mdb add dev br0 port p1 grp 239.9.9.7 permanent
  Error: bridge: Bridge device is not running.
  [255]
  $ ip link set br0 up
  $ sleep 1
  $ bridge mdb show
  dev br0 port p2 grp 239.9.9.5 permanent
  dev br0 port br0 grp 239.9.9.4 temp
  dev br0 port p2 grp 239.9.9.2 permanent
  dev br0 port p1 grp 239.9.9.1 permanent
  $ ip link set p1 nomaster
  $ bridge mdb show
  dev br0 port p2 grp 239.9.9.5 permanent
  dev br0 port br0 grp 239.9.9.4 temp
  dev br0 port p2 grp 239.9.9.2 permanent
  $ ip link del br0
  $ bridge mdb show
