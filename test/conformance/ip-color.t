ip -color: names, MAC addresses, IPv4 and IPv6 addresses and the operational
state in iproute2's colors (light background; COLORFGBG picks the dark
palette), only with always (or auto on a terminal), never with -json.
  $ ip link add h1 address 02:00:00:00:00:01 type veth peer name h2 address 02:00:00:00:00:02
  $ ip link set h1 up
  $ ip link set h2 up
  $ ip link set lo up
  $ ip addr add 10.0.0.1/24 brd + dev h1
  $ ip addr add 10.0.0.9 peer 10.0.0.10/32 dev h1
  $ sysctl -qw net.ipv6.conf.h1.disable_ipv6=1 net.ipv6.conf.h2.disable_ipv6=1
  $ ip route add 10.1.0.0/16 via 10.0.0.2 src 10.0.0.1
  $ ip route add 10.2.0.0/16 nexthop via 10.0.0.2 dev h1 nexthop via 10.0.0.3 dev h1
  $ ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev h1
  $ ip rule add from 10.0.0.0/8 to 10.3.0.0/16 iif h1 lookup 100
  $ ip -c link show h1 | cat -v
  3: ^[[36mh1@h2: ^[[0m<BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state ^[[32mUP ^[[0mmode DEFAULT group default qlen 1000
      link/ether ^[[33m02:00:00:00:00:01^[[0m brd ^[[33mff:ff:ff:ff:ff:ff^[[0m
  $ ip -c link show lo | cat -v
  1: ^[[36mlo: ^[[0m<LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback ^[[33m00:00:00:00:00:00^[[0m brd ^[[33m00:00:00:00:00:00^[[0m
  $ ip -color=always -br link | cat -v
  ^[[36mlo               ^[[0mUNKNOWN        ^[[33m00:00:00:00:00:00 ^[[0m<LOOPBACK,UP,LOWER_UP> 
  ^[[36mh2@h1            ^[[0m^[[32mUP             ^[[0m^[[33m02:00:00:00:00:02 ^[[0m<BROADCAST,MULTICAST,UP,LOWER_UP> 
  ^[[36mh1@h2            ^[[0m^[[32mUP             ^[[0m^[[33m02:00:00:00:00:01 ^[[0m<BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -c addr show | cat -v
  1: ^[[36mlo: ^[[0m<LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback ^[[33m00:00:00:00:00:00^[[0m brd ^[[33m00:00:00:00:00:00^[[0m
      inet ^[[35m127.0.0.1^[[0m/8 scope host lo
         valid_lft forever preferred_lft forever
      inet6 ^[[34m::1^[[0m/128 scope host 
         valid_lft forever preferred_lft forever
  2: ^[[36mh2@h1: ^[[0m<BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state ^[[32mUP ^[[0mgroup default qlen 1000
      link/ether ^[[33m02:00:00:00:00:02^[[0m brd ^[[33mff:ff:ff:ff:ff:ff^[[0m
  3: ^[[36mh1@h2: ^[[0m<BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state ^[[32mUP ^[[0mgroup default qlen 1000
      link/ether ^[[33m02:00:00:00:00:01^[[0m brd ^[[33mff:ff:ff:ff:ff:ff^[[0m
      inet ^[[35m10.0.0.1^[[0m/24 brd ^[[35m10.0.0.255 ^[[0mscope global h1
         valid_lft forever preferred_lft forever
      inet ^[[35m10.0.0.9^[[0m peer ^[[35m10.0.0.10^[[0m/32 scope global h1
         valid_lft forever preferred_lft forever
  $ ip -c -br addr | cat -v
  ^[[36mlo               ^[[0mUNKNOWN        ^[[35m127.0.0.1^[[0m/8 ^[[34m::1^[[0m/128 
  ^[[36mh2@h1            ^[[0m^[[32mUP             ^[[0m
  ^[[36mh1@h2            ^[[0m^[[32mUP             ^[[0m^[[35m10.0.0.1^[[0m/24 ^[[35m10.0.0.9^[[0m peer ^[[35m10.0.0.10^[[0m/32 
  $ ip -c -o addr show dev h1 | cat -v
  3: h1    inet ^[[35m10.0.0.1^[[0m/24 brd ^[[35m10.0.0.255 ^[[0mscope global h1\       valid_lft forever preferred_lft forever
  3: h1    inet ^[[35m10.0.0.9^[[0m peer ^[[35m10.0.0.10^[[0m/32 scope global h1\       valid_lft forever preferred_lft forever
  $ ip -c route | cat -v
  ^[[35m10.0.0.0/24 ^[[0mdev ^[[36mh1 ^[[0mproto kernel scope link src ^[[35m10.0.0.1 ^[[0m
  ^[[35m10.0.0.10 ^[[0mdev ^[[36mh1 ^[[0mproto kernel scope link src ^[[35m10.0.0.9 ^[[0m
  ^[[35m10.1.0.0/16 ^[[0mvia ^[[35m10.0.0.2 ^[[0mdev ^[[36mh1 ^[[0msrc ^[[35m10.0.0.1 ^[[0m
  ^[[35m10.2.0.0/16 ^[[0m
  	nexthop via ^[[35m10.0.0.2 ^[[0mdev h1 weight 1 
  	nexthop via ^[[35m10.0.0.3 ^[[0mdev h1 weight 1 
  $ ip -c route get 10.1.2.3 | cat -v
  ^[[35m10.1.2.3 ^[[0mvia ^[[35m10.0.0.2 ^[[0mdev ^[[36mh1 ^[[0msrc ^[[35m10.0.0.1 ^[[0muid 0 
      cache 
  $ ip -c route show table local | cat -v
  local ^[[35m10.0.0.1 ^[[0mdev ^[[36mh1 ^[[0mproto kernel scope host src ^[[35m10.0.0.1 ^[[0m
  local ^[[35m10.0.0.9 ^[[0mdev ^[[36mh1 ^[[0mproto kernel scope host src ^[[35m10.0.0.9 ^[[0m
  broadcast ^[[35m10.0.0.255 ^[[0mdev ^[[36mh1 ^[[0mproto kernel scope link src ^[[35m10.0.0.1 ^[[0m
  local ^[[35m127.0.0.0/8 ^[[0mdev ^[[36mlo ^[[0mproto kernel scope host src ^[[35m127.0.0.1 ^[[0m
  local ^[[35m127.0.0.1 ^[[0mdev ^[[36mlo ^[[0mproto kernel scope host src ^[[35m127.0.0.1 ^[[0m
  broadcast ^[[35m127.255.255.255 ^[[0mdev ^[[36mlo ^[[0mproto kernel scope link src ^[[35m127.0.0.1 ^[[0m
  $ ip -c neigh | cat -v
  ^[[35m10.0.0.2 ^[[0mdev ^[[36mh1 ^[[0mlladdr ^[[33m02:00:00:00:00:02 ^[[0mPERMANENT 
  $ ip -c rule | cat -v
  0:	from all lookup local
  32765:	from ^[[35m10.0.0.0^[[0m/8 to ^[[35m10.3.0.0^[[0m/16 iif ^[[36mh1^[[0m lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -c maddr show dev h1 | cat -v
  3:^[[36m	h1^[[0m
  	link  ^[[33m01:00:5e:00:00:01^[[0m
  	inet  ^[[35m224.0.0.1^[[0m
  	inet6 ^[[34mff02::1^[[0m
  	inet6 ^[[34mff01::1^[[0m
  $ ip -c netconf show dev h1 | cat -v
  inet ^[[36mh1 ^[[0mforwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 ^[[36mh1 ^[[0mforwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ COLORFGBG='15;0' ip -c -br addr show dev h1 | cat -v
  ^[[1;36mh1@h2            ^[[0m^[[1;32mUP             ^[[0m^[[1;35m10.0.0.1^[[0m/24 ^[[1;35m10.0.0.9^[[0m peer ^[[1;35m10.0.0.10^[[0m/32 
  $ COLORFGBG='0;15' ip -c -br addr show dev h1 | cat -v
  ^[[36mh1@h2            ^[[0m^[[32mUP             ^[[0m^[[35m10.0.0.1^[[0m/24 ^[[35m10.0.0.9^[[0m peer ^[[35m10.0.0.10^[[0m/32 
  $ COLORFGBG='15;default;0' ip -c -br link show dev h1 | cat -v
  ^[[1;36mh1@h2            ^[[0m^[[1;32mUP             ^[[0m^[[1;33m02:00:00:00:00:01 ^[[0m<BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -c -j link show dev h1
  [{"ifindex":3,"link":"h2","ifname":"h1","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"qdisc":"noqueue","operstate":"UP","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff"}]
  $ ip -color=auto link show dev h1 | cat -v
  3: h1@h2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip -color=never link show dev h1 | cat -v
  3: h1@h2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip -color=bogus link; echo $?
  Option "-color=bogus" is unknown, try "ip -help".
  255
  $ ip -col -br link show dev h2 | cat -v
  ^[[36mh2@h1            ^[[0m^[[32mUP             ^[[0m^[[33m02:00:00:00:00:02 ^[[0m<BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -c monitor link > m & sleep 0.3; ip link set h2 down; sleep 0.3; kill %1; wait; cat -v m
  2: ^[[36mh2@h1: ^[[0m<BROADCAST,MULTICAST> mtu 1500 qdisc noqueue state ^[[31mDOWN ^[[0mgroup default 
      link/ether ^[[33m02:00:00:00:00:02^[[0m brd ^[[33mff:ff:ff:ff:ff:ff^[[0m
  3: ^[[36mh1@h2: ^[[0m<NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether ^[[33m02:00:00:00:00:01^[[0m brd ^[[33mff:ff:ff:ff:ff:ff^[[0m
  $ bridge -c fdb show dev h1 | cat -v
  ^[[33m01:00:5e:00:00:01 ^[[0mself permanent
