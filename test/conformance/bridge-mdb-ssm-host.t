The bridge's own membership of a group in IGMPv3 mode (`bridge mdb add dev br0 port br0 grp G`) carries over to the group's (S, G) entries: a port's learnt or added (S, G) is host-joined too (a "port br0 ... src S" line), and leaves with the (*, G) host membership.
  $ ip netns add h1
  $ ip netns exec h1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_igmp_version 3
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link add p2 address 02:00:00:00:02:01 type veth peer name e2 address 02:00:00:00:02:02
  $ ip link set p1 master br0; ip link set p2 master br0
  $ ip link set br0 up; ip link set p1 up; ip link set p2 up; ip link set e2 up; ip -n h1 link set e1 up
  $ ip -n h1 addr add 10.0.0.2/24 dev e1; ip -n h1 route add 224.0.0.0/4 dev e1
  $ sleep 1
  $ bridge mdb add dev br0 port br0 grp 232.1.1.1
  $ ip netns exec h1 sh -c 'timeout -s KILL 5 iperf -s -u -B 232.1.1.1 -H 10.0.0.9 >/dev/null 2>&1 &'
  $ sleep 0.5
  $ bridge mdb add dev br0 port p2 grp 232.1.1.1 src 10.0.0.5
  $ bridge -d mdb show | sed -E 's/\/2[0-9]{2}\.[0-9]{2}/\/2xx.xx/g' | sort
  dev br0 port br0 grp 232.1.1.1 src 10.0.0.5 temp
  dev br0 port br0 grp 232.1.1.1 src 10.0.0.9 temp
  dev br0 port br0 grp 232.1.1.1 temp
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 temp filter_mode include proto kernel 
  dev br0 port p1 grp 232.1.1.1 temp filter_mode include source_list 10.0.0.9/2xx.xx proto kernel 
  dev br0 port p2 grp 232.1.1.1 src 10.0.0.5 temp filter_mode include proto static 
  $ bridge mdb del dev br0 port br0 grp 232.1.1.1
  $ bridge -d mdb show | sed -E 's/\/2[0-9]{2}\.[0-9]{2}/\/2xx.xx/g' | sort
  dev br0 port br0 grp 232.1.1.1 src 10.0.0.5 temp
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 temp filter_mode include proto kernel 
  dev br0 port p1 grp 232.1.1.1 temp filter_mode include source_list 10.0.0.9/2xx.xx proto kernel 
  dev br0 port p2 grp 232.1.1.1 src 10.0.0.5 temp filter_mode include proto static 
  $ bridge mdb add dev br0 port br0 grp 232.1.1.1
  $ bridge -d mdb show | sed -E 's/\/2[0-9]{2}\.[0-9]{2}/\/2xx.xx/g' | sort
  dev br0 port br0 grp 232.1.1.1 src 10.0.0.5 temp
  dev br0 port br0 grp 232.1.1.1 src 10.0.0.9 temp
  dev br0 port br0 grp 232.1.1.1 temp
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 temp filter_mode include proto kernel 
  dev br0 port p1 grp 232.1.1.1 temp filter_mode include source_list 10.0.0.9/2xx.xx proto kernel 
  dev br0 port p2 grp 232.1.1.1 src 10.0.0.5 temp filter_mode include proto static 
