Routes through nexthop objects seen every way: ip route get fibmatch, JSON, ip route show with selectors, /proc/net/route, ip route flush, append and prepend of a second route through another object.
  $ ip link set lo up
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up; ip link set v1 up
  $ ip addr add 10.0.0.1/24 dev v0
  $ ip nexthop add id 1 via 10.0.0.2 dev v0
  $ ip nexthop add id 2 via 10.0.0.3 dev v0
  $ ip nexthop add id 3 dev v0
  $ ip nexthop add id 10 group 1/2
  $ ip route add 10.4.0.0/24 nhid 10 metric 5
  $ ip route add 10.5.0.0/24 nhid 3 src 10.0.0.1
  $ ip route add 10.6.0.0/24 nhid 1 tos 0x10
  $ ip route append 10.6.0.0/24 nhid 2
  $ ip route prepend 10.6.0.0/24 nhid 3
  $ ip route get fibmatch 10.4.0.1
  10.4.0.0/24 nhid 10 metric 5 
  	nexthop via 10.0.0.2 dev v0 weight 1 
  	nexthop via 10.0.0.3 dev v0 weight 1 
  $ ip route get fibmatch 10.5.0.1
  10.5.0.0/24 nhid 3 dev v0 src 10.0.0.1 
  $ ip route get 10.5.0.1
  10.5.0.1 dev v0 src 10.0.0.1 uid 0 
      cache 
  $ ip -j route show 10.4.0.0/24
  [{"dst":"10.4.0.0/24","nhid":10,"metric":5,"flags":[],"nexthops":[{"gateway":"10.0.0.2","dev":"v0","weight":1,"flags":[]},{"gateway":"10.0.0.3","dev":"v0","weight":1,"flags":[]}]}]
  $ ip -j -p route show 10.5.0.0/24
  [ {
          "dst": "10.5.0.0/24",
          "nhid": 3,
          "dev": "v0",
          "prefsrc": "10.0.0.1",
          "flags": [ ]
      } ]
  $ ip route show dev v0
  10.0.0.0/24 proto kernel scope link src 10.0.0.1 
  10.5.0.0/24 nhid 3 src 10.0.0.1 
  10.6.0.0/24 nhid 1 tos 0x10 via 10.0.0.2 
  10.6.0.0/24 nhid 3 
  10.6.0.0/24 nhid 2 via 10.0.0.3 
  $ ip route show via 10.0.0.2
  10.6.0.0/24 nhid 1 tos 0x10 dev v0 
  $ ip route show proto boot
  10.4.0.0/24 nhid 10 metric 5 
  	nexthop via 10.0.0.2 dev v0 weight 1 
  	nexthop via 10.0.0.3 dev v0 weight 1 
  10.5.0.0/24 nhid 3 dev v0 src 10.0.0.1 
  10.6.0.0/24 nhid 1 tos 0x10 via 10.0.0.2 dev v0 
  10.6.0.0/24 nhid 3 dev v0 
  10.6.0.0/24 nhid 2 via 10.0.0.3 dev v0 
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  v0	0000000A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  v0	0000040A	0200000A	0003	0	0	5	00FFFFFF	0	0	0                                                                                 
  v0	0000050A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  v0	0000060A	0200000A	0003	0	0	0	00FFFFFF	0	0	0                                                                                 
  v0	0000060A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  v0	0000060A	0300000A	0003	0	0	0	00FFFFFF	0	0	0                                                                                 
  $ ip route del 10.6.0.0/24 nhid 2
  $ ip route show 10.6.0.0/24
  10.6.0.0/24 nhid 1 tos 0x10 via 10.0.0.2 dev v0 
  10.6.0.0/24 nhid 3 dev v0 
  $ ip route flush 10.6.0.0/24
  Failed to send flush request: Invalid argument
  [2]
  $ ip route show 10.6.0.0/24
  10.6.0.0/24 nhid 1 tos 0x10 via 10.0.0.2 dev v0 
  10.6.0.0/24 nhid 3 dev v0 
  $ ip route flush dev v0
  Failed to send flush request: Invalid argument
  [2]
  $ ip route
  10.4.0.0/24 nhid 10 metric 5 
  	nexthop via 10.0.0.2 dev v0 weight 1 
  	nexthop via 10.0.0.3 dev v0 weight 1 
  10.5.0.0/24 nhid 3 dev v0 src 10.0.0.1 
  10.6.0.0/24 nhid 1 tos 0x10 via 10.0.0.2 dev v0 
  10.6.0.0/24 nhid 3 dev v0 
  $ ip nexthop
  id 1 via 10.0.0.2 dev v0 scope link 
  id 2 via 10.0.0.3 dev v0 scope link 
  id 3 dev v0 scope host 
  id 10 group 1/2 
