More output forms: addresses with lifetimes, link alias/group, -d veth, route attributes.
  $ ip netns add a
  $ ip -n a link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip -n a link set v0 up; ip -n a link set v1 up
  $ ip -n a link set v0 alias "uplink port"; ip -n a link set v0 group 7
  $ ip -n a addr add 10.0.0.1/24 dev v0 valid_lft 100 preferred_lft 50
  $ ip -n a addr add 10.0.1.1/24 dev v0 valid_lft 100 preferred_lft 0
  $ ip -n a addr show dev v0 | sed -E 's/[0-9]+sec/Nsec/g'
  3: v0@v1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group 7 qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global dynamic v0
         valid_lft Nsec preferred_lft Nsec
      inet 10.0.1.1/24 scope global deprecated dynamic v0
         valid_lft Nsec preferred_lft Nsec
      inet6 fe80::ff:fe00:1/64 scope link tentative 
         valid_lft forever preferred_lft forever
  $ ip -n a -j addr show dev v0 | sed -E 's/_life_time":[0-9]+/_life_time":N/g'
  [{"ifindex":3,"link":"v1","ifname":"v0","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"qdisc":"noqueue","operstate":"UP","group":"7","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff","addr_info":[{"family":"inet","local":"10.0.0.1","prefixlen":24,"scope":"global","dynamic":true,"label":"v0","valid_life_time":N,"preferred_life_time":N},{"family":"inet","local":"10.0.1.1","prefixlen":24,"scope":"global","deprecated":true,"dynamic":true,"label":"v0","valid_life_time":N,"preferred_life_time":N},{"family":"inet6","local":"fe80::ff:fe00:1","prefixlen":64,"scope":"link","tentative":true,"valid_life_time":N,"preferred_life_time":N}]}]
  $ ip -n a addr show dev v0 deprecated
  3: v0@v1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group 7 qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.1.1/24 scope global deprecated dynamic v0
         valid_lft 100sec preferred_lft 0sec
  $ ip -n a addr show dev v0 dynamic | grep -c inet
  2
  $ ip -n a link show group 7
  3: v0@v1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group 7 qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      alias uplink port
  $ ip -n a -d link show v0
  3: v0@v1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group 7 qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      veth addrgenmode eui64 numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
      alias uplink port
  $ ip -n a -j -d link show v1 | head -c 300; echo
  [{"ifindex":2,"link":"v0","ifname":"v1","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"qdisc":"noqueue","operstate":"UP","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff","promiscuity":0,"allmulti":0,
  $ ip -n a link show dev v0 | grep alias
      alias uplink port
  $ ip -n a route add 172.16.0.0/16 via 10.0.0.2 mtu lock 1300 advmss 1200 initcwnd 5 proto static scope global
  $ ip -n a route add 172.17.0.0/16 dev v0 src 10.0.0.1 realm 5 onlink
  Error: Invalid flags for nexthop - PERVASIVE and ONLINK can not be set.
  [2]
  $ ip -n a route add unreachable 172.18.0.0/16 metric 5
  $ ip -n a route add prohibit 172.19.0.0/16
  $ ip -n a route add blackhole 172.20.0.0/16
  $ ip -n a route add throw 172.21.0.0/16
  $ ip -n a route
  10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev v0 proto kernel scope link src 10.0.1.1 
  172.16.0.0/16 via 10.0.0.2 dev v0 proto static mtu lock 1300 advmss 1200 initcwnd 5 
  unreachable 172.18.0.0/16 metric 5 
  prohibit 172.19.0.0/16 
  blackhole 172.20.0.0/16 
  throw 172.21.0.0/16 
  $ ip -n a -d route
  unicast 10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 
  unicast 10.0.1.0/24 dev v0 proto kernel scope link src 10.0.1.1 
  unicast 172.16.0.0/16 via 10.0.0.2 dev v0 proto static scope global mtu lock 1300 advmss 1200 initcwnd 5 
  unreachable 172.18.0.0/16 proto boot scope global metric 5 
  prohibit 172.19.0.0/16 proto boot scope global 
  blackhole 172.20.0.0/16 proto boot scope global 
  throw 172.21.0.0/16 proto boot scope global 
  $ ip -n a route show proto static
  172.16.0.0/16 via 10.0.0.2 dev v0 mtu lock 1300 advmss 1200 initcwnd 5 
  $ ip -n a route show type unreachable
  unreachable 172.18.0.0/16 metric 5 
  $ ip -n a route show root 172.0.0.0/8
  172.16.0.0/16 via 10.0.0.2 dev v0 proto static mtu lock 1300 advmss 1200 initcwnd 5 
  unreachable 172.18.0.0/16 metric 5 
  prohibit 172.19.0.0/16 
  blackhole 172.20.0.0/16 
  throw 172.21.0.0/16 
  $ ip -n a route show match 172.16.5.5
  172.16.0.0/16 via 10.0.0.2 dev v0 proto static mtu lock 1300 advmss 1200 initcwnd 5 
  $ ip -n a route show exact 172.16.0.0/16
  172.16.0.0/16 via 10.0.0.2 dev v0 proto static mtu lock 1300 advmss 1200 initcwnd 5 
  $ ip -n a -j route show 172.16.0.0/16
  [{"dst":"172.16.0.0/16","gateway":"10.0.0.2","dev":"v0","protocol":"static","flags":[],"metrics":[{"mtu":1300,"advmss":1200,"initcwnd":5}]}]
  $ ip -n a route get 172.16.1.1
  172.16.1.1 via 10.0.0.2 dev v0 src 10.0.0.1 uid 0 
      cache mtu lock 1300 advmss 1200 initcwnd 5 
  $ ip -n a route get 172.18.1.1
  RTNETLINK answers: No route to host
  [2]
  $ ip -n a route get 172.19.1.1
  RTNETLINK answers: Permission denied
  [2]
  $ ip -n a route get 172.20.1.1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n a route get 172.21.1.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n a route get fibmatch 172.16.1.1
  172.16.0.0/16 via 10.0.0.2 dev v0 proto static mtu lock 1300 advmss 1200 initcwnd 5 
  $ ip -n a route get 172.17.1.1 from 10.0.0.1 oif v0
  172.17.1.1 from 10.0.0.1 dev v0 uid 0 
      cache 
  $ ip -n a route list table all type unicast | head -5
  10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev v0 proto kernel scope link src 10.0.1.1 
  172.16.0.0/16 via 10.0.0.2 dev v0 proto static mtu lock 1300 advmss 1200 initcwnd 5 
  fe80::/64 dev v1 proto kernel metric 256 pref medium
  fe80::/64 dev v0 proto kernel metric 256 pref medium
  $ ip -n a route show scope link
  10.0.0.0/24 dev v0 proto kernel src 10.0.0.1 
  10.0.1.0/24 dev v0 proto kernel src 10.0.1.1 
  $ ip -n a route show dev v0 proto kernel
  10.0.0.0/24 scope link src 10.0.0.1 
  10.0.1.0/24 scope link src 10.0.1.1 
  $ ip -n a route del 172.22.0.0/16
  RTNETLINK answers: No such process
  [2]
  $ ip -n a route change 172.22.0.0/16 dev v0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -n a route replace 172.16.0.0/16 dev v0 metric 0
  $ ip -n a route show 172.16.0.0/16
  172.16.0.0/16 dev v0 scope link 
  $ ip -n a route append 172.16.0.0/16 dev v1
  $ ip -n a route prepend 172.16.0.0/16 dev v1
  RTNETLINK answers: File exists
  [2]
  $ ip -n a route show 172.16.0.0/16
  172.16.0.0/16 dev v0 scope link 
  172.16.0.0/16 dev v1 scope link 
