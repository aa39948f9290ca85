Link flags multicast, allmulticast and promisc around IPv4: the flag words ip link prints, the promiscuity/allmulti counts of ip -d link, what multicast off changes (and does not) for the memberships, /proc/net/igmp, the multicast routes and a ping to a group.
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add h0 netns h address 02:00:00:00:00:01 type veth peer name x0 netns x address 02:00:00:00:00:02
  $ ip -n h link set h0 up; ip -n x link set x0 up
  $ ip -n h addr add 10.0.0.1/24 dev h0; ip -n x addr add 10.0.0.2/24 dev x0
  $ ip -n h link set h0 multicast off
  $ ip -n h link show h0
  2: h0@if2: <BROADCAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns x
  $ ip -n h maddr show dev h0
  2:	h0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip netns exec h grep h0 /proc/net/igmp
  2	h0        :     1      V3
  $ ip -n h route get 224.0.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n h route get 224.0.0.1 oif h0
  multicast 224.0.0.1 dev h0 src 10.0.0.1 rt_offload_failed uid 0 
      cache <local,mc> 
  $ ip netns exec h ping -c 1 -W 1 -I h0 224.0.0.1 | sed -n 1,2p | sed -E 's/time=.*//'
  PING 224.0.0.1 (224.0.0.1) from 10.0.0.1 h0: 56(84) bytes of data.
  $ ip -n h route add 224.0.0.0/4 dev h0
  $ ip -n h route get 224.1.1.1
  multicast 224.1.1.1 dev h0 src 10.0.0.1 rt_offload_failed uid 0 
      cache <mc> 
  $ ip netns exec h ping -c 1 -W 1 224.0.0.1 | sed -n 1,2p | sed -E 's/time=.*//'
  PING 224.0.0.1 (224.0.0.1) 56(84) bytes of data.
  $ ip -n h link set h0 multicast on allmulticast on
  $ ip -n h link show h0
  2: h0@if2: <BROADCAST,MULTICAST,ALLMULTI,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns x
  $ ip -n h -d link show h0 | grep -o 'promiscuity [0-9]*  allmulti [0-9]*'
  promiscuity 0  allmulti 1
  $ ip -n h link set h0 promisc on
  $ ip -n h link show h0
  2: h0@if2: <BROADCAST,MULTICAST,ALLMULTI,PROMISC,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns x
  $ ip -n h -d link show h0 | grep -o 'promiscuity [0-9]*  allmulti [0-9]*'
  promiscuity 1  allmulti 1
  $ ip -n h link set h0 promisc on allmulticast on
  $ ip -n h -d link show h0 | grep -o 'promiscuity [0-9]*  allmulti [0-9]*'
  promiscuity 1  allmulti 1
  $ ip -n h link set h0 promisc off allmulticast off
  $ ip -n h link show h0
  2: h0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns x
  $ ip -n h -d link show h0 | grep -o 'promiscuity [0-9]*  allmulti [0-9]*'
  promiscuity 0  allmulti 0
  $ ip -n h link set h0 down
  $ ip -n h link show h0
  2: h0@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns x
  $ ip -n h maddr show dev h0
  2:	h0
  	link  33:33:00:00:00:01
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip netns exec h grep -c h0 /proc/net/igmp
  0
  [1]
  $ ip -n h link set h0 up multicast off
  $ ip -n h link show h0
  2: h0@if2: <BROADCAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns x
  $ ip -n h maddr show dev h0
  2:	h0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip -n h link set h0 multicast
  Command line is not complete. Try option "help"
  [255]
  $ ip -n h link set h0 multicast of
  Error: argument of "multicast" must be "on" or "off", not "of"
  [1]
  $ ip -n h link show h0
  2: h0@if2: <BROADCAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns x
