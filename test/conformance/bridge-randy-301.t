Random differential sequence (seed 301) on a bridge with three hosts: port flags, fdb add/append/replace/del with master/self/static/dynamic/local/permanent/sticky/extern_learn, ports down/up, pings across bridge options, sysfs writes, mdb entries, ports leaving and joining, MTU and MAC changes, and the fdb and link listings.

  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 0
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ for p in p1 p2 p3; do ip -n sw link set $p master br0; ip -n sw link set $p up; done; ip -n sw link set br0 up
  $ ip -n sw link show master br0
  3: p1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:01 brd ff:ff:ff:ff:ff:ff link-netns h1
  4: p2@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:02 brd ff:ff:ff:ff:ff:ff link-netns h2
  5: p3@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:03 brd ff:ff:ff:ff:ff:ff link-netns h3
  $ bridge -n sw fdb show br br0 | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  01:00:5e:00:00:01 dev p3 self permanent
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:90:03 dev p3 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  33:33:00:00:00:01 dev br0 self permanent
  33:33:00:00:00:01 dev p1 self permanent
  33:33:00:00:00:01 dev p2 self permanent
  33:33:00:00:00:01 dev p3 self permanent
  $ bridge -n sw fdb show brport p2 | sort
  01:00:5e:00:00:01 self permanent
  02:00:00:00:90:02 master br0 permanent
  33:33:00:00:00:01 self permanent
  $ ip netns exec sw cat /sys/class/net/p1/brport/group_fwd_mask
  0x0
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ ip -n sw link set br0 type bridge fdb_flush; echo $?
  0
  $ bridge -n sw fdb flush dev p1 ; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ ip -n sw -d link show p1 | sed -n '3,$p' | sed -E 's/forward_delay_timer +[0-9.]+/forward_delay_timer X/'
      veth 
      bridge_slave state forwarding priority 32 cost 2 hairpin off guard off root_block off fastleave off learning on flood on port_id 0x8001 port_no 0x1 designated_port 32769 designated_cost 0 designated_bridge 8000.2:0:0:0:99:99 designated_root 8000.2:0:0:0:99:99 hold_timer    0.00 message_age_timer    0.00 forward_delay_timer X topology_change_ack 0 config_pending 0 proxy_arp off proxy_arp_wifi off mcast_router 1 mcast_fast_leave off mcast_flood on bcast_flood on mcast_to_unicast off neigh_suppress off group_fwd_mask 0 group_fwd_mask_str 0x0 vlan_tunnel off isolated off locked off addrgenmode eui64 numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip netns exec sw cat /sys/class/net/p1/brport/group_fwd_mask
  0x0
  $ bridge -n sw fdb append 02:00:00:00:aa:02 dev br0 self permanent vlan 3; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ ip -n sw link set br0 type bridge mcast_last_member_count 5; echo $?
  0
  $ bridge -n sw -j -d link show dev p1
  [{"ifindex":3,"link":"br0","ifname":"p1","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"master":"br0","state":"forwarding","priority":32,"cost":2,"hairpin":false,"guard":false,"root_block":false,"fastleave":false,"learning":true,"flood":true,"mcast_flood":true,"bcast_flood":true,"mcast_router":1,"mcast_to_unicast":false,"neigh_suppress":false,"vlan_tunnel":false,"isolated":false,"locked":false}]
  $ bridge -n sw -j fdb show dev p1
  [{"mac":"02:00:00:00:90:01","flags":[],"master":"br0","state":"permanent"},{"mac":"33:33:00:00:00:01","flags":["self"],"state":"permanent"},{"mac":"01:00:5e:00:00:01","flags":["self"],"state":"permanent"}]
  $ bridge -n sw fdb flush dev p3 nopermanent; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge -n sw -j fdb show dev p3
  [{"mac":"02:00:00:00:90:03","flags":[],"master":"br0","state":"permanent"},{"mac":"33:33:00:00:00:01","flags":["self"],"state":"permanent"},{"mac":"01:00:5e:00:00:01","flags":["self"],"state":"permanent"}]
  $ ip -n sw link set br0 type bridge ageing_time 30000; echo $?
  0
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ bridge -n sw link show dev br1
  Cannot find device "br1"
  [255]
  $ ip -n sw -d link show p3 | sed -n '3,$p' | sed -E 's/(hello|tcn|topology_change|gc|forward_delay)_timer +[0-9.]+/\1_timer X/g'
      veth 
      bridge_slave state forwarding priority 32 cost 2 hairpin off guard off root_block off fastleave off learning on flood on port_id 0x8003 port_no 0x3 designated_port 32771 designated_cost 0 designated_bridge 8000.2:0:0:0:99:99 designated_root 8000.2:0:0:0:99:99 hold_timer    0.00 message_age_timer    0.00 forward_delay_timer X topology_change_ack 0 config_pending 0 proxy_arp off proxy_arp_wifi off mcast_router 1 mcast_fast_leave off mcast_flood on bcast_flood on mcast_to_unicast off neigh_suppress off group_fwd_mask 0 group_fwd_mask_str 0x0 vlan_tunnel off isolated off locked off addrgenmode eui64 numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n sw link del p3; echo $?
  0
  $ ip -n sw link set p1 down
  $ bridge -n sw -j fdb show dev p1
  [{"mac":"02:00:00:00:90:01","flags":[],"master":"br0","state":"permanent"},{"mac":"33:33:00:00:00:01","flags":["self"],"state":"permanent"}]
  $ ip -n sw link del br1; echo $?
  Cannot find device "br1"
  1
  $ bridge -n sw link set dev br0 priority 9; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  ping: connect: Network is unreachable
  2
  $ ip -n h3 neigh flush all
  $ ip -n sw link set br0 type bridge group_address 01:80:c2:00:00:0e; echo $?
  0
  $ bridge -n sw -j fdb show dev p2
  [{"mac":"02:00:00:00:00:02","flags":[],"master":"br0","state":""},{"mac":"02:00:00:00:90:02","flags":[],"master":"br0","state":"permanent"},{"mac":"33:33:00:00:00:01","flags":["self"],"state":"permanent"},{"mac":"01:00:5e:00:00:01","flags":["self"],"state":"permanent"}]
  $ ip -n sw link add br1 address 02:00:00:00:99:01 type bridge; echo $?
  0
  $ bridge -n sw fdb show | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:99:01 dev br1 master br1 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  33:33:00:00:00:01 dev br0 self permanent
  33:33:00:00:00:01 dev br1 self permanent
  33:33:00:00:00:01 dev p1 self permanent
  33:33:00:00:00:01 dev p2 self permanent
  $ bridge -n sw -d link show
  3: p1@br0: <BROADCAST,MULTICAST> mtu 1500 master br0 state disabled priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
