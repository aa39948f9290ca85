bridge -j: JSON output of link and fdb, and -s/-d variants.
  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link set br0 up
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; done
  $ for i in 1 2 3; do ip -n sw link set p$i master br0 up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ ip netns exec h1 ping -c 1 10.0.0.2 | head -2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ bridge -n sw -j link show
  [{"ifindex":3,"link":"br0","ifname":"p1","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"master":"br0","state":"forwarding","priority":32,"cost":2},{"ifindex":4,"link":"br0","ifname":"p2","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"master":"br0","state":"forwarding","priority":32,"cost":2},{"ifindex":5,"link":"br0","ifname":"p3","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"master":"br0","state":"forwarding","priority":32,"cost":2}]
  $ bridge -n sw -j -d link show dev p1
  [{"ifindex":3,"link":"br0","ifname":"p1","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"master":"br0","state":"forwarding","priority":32,"cost":2,"hairpin":false,"guard":false,"root_block":false,"fastleave":false,"learning":true,"flood":true,"mcast_flood":true,"bcast_flood":true,"mcast_router":1,"mcast_to_unicast":false,"neigh_suppress":false,"vlan_tunnel":false,"isolated":false,"locked":false}]
  $ bridge -n sw -j fdb show br br0
  [{"mac":"33:33:00:00:00:01","ifname":"br0","flags":["self"],"state":"permanent"},{"mac":"01:00:5e:00:00:6a","ifname":"br0","flags":["self"],"state":"permanent"},{"mac":"33:33:00:00:00:6a","ifname":"br0","flags":["self"],"state":"permanent"},{"mac":"01:00:5e:00:00:01","ifname":"br0","flags":["self"],"state":"permanent"},{"mac":"02:00:00:00:99:99","ifname":"br0","flags":[],"master":"br0","state":"permanent"},{"mac":"02:00:00:00:00:01","ifname":"p1","flags":[],"master":"br0","state":""},{"mac":"02:00:00:00:90:01","ifname":"p1","flags":[],"master":"br0","state":"permanent"},{"mac":"33:33:00:00:00:01","ifname":"p1","flags":["self"],"state":"permanent"},{"mac":"01:00:5e:00:00:01","ifname":"p1","flags":["self"],"state":"permanent"},{"mac":"02:00:00:00:00:02","ifname":"p2","flags":[],"master":"br0","state":""},{"mac":"02:00:00:00:90:02","ifname":"p2","flags":[],"master":"br0","state":"permanent"},{"mac":"33:33:00:00:00:01","ifname":"p2","flags":["self"],"state":"permanent"},{"mac":"01:00:5e:00:00:01","ifname":"p2","flags":["self"],"state":"permanent"},{"mac":"02:00:00:00:90:03","ifname":"p3","flags":[],"master":"br0","state":"permanent"},{"mac":"33:33:00:00:00:01","ifname":"p3","flags":["self"],"state":"permanent"},{"mac":"01:00:5e:00:00:01","ifname":"p3","flags":["self"],"state":"permanent"}]
  $ bridge -n sw -j -s fdb show brport p2
  [{"mac":"02:00:00:00:00:02","used":0,"updated":0,"flags":[],"master":"br0","state":""},{"mac":"02:00:00:00:90:02","used":0,"updated":0,"flags":[],"master":"br0","state":"permanent"},{"mac":"33:33:00:00:00:01","flags":["self"],"state":"permanent"},{"mac":"01:00:5e:00:00:01","flags":["self"],"state":"permanent"}]
  $ bridge -n sw -j -p fdb show brport p3
  [ {
          "mac": "02:00:00:00:90:03",
          "flags": [ ],
          "master": "br0",
          "state": "permanent"
      },{
          "mac": "33:33:00:00:00:01",
          "flags": [ "self" ],
          "state": "permanent"
      },{
          "mac": "01:00:5e:00:00:01",
          "flags": [ "self" ],
          "state": "permanent"
      } ]
  $ bridge -n sw -d link show dev p2
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
