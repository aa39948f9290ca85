ip -resolve (-r): iproute2's format_host() names an address by gethostbyaddr() ("hosts: files dns": /etc/hosts, where 127.0.0.1 is localhost; DNS answers nothing in a namespace without uplink) wherever it prints a host: an address and its peer (ip addr, brief and JSON too), a host route's destination and source, a gateway (multipath legs too), a neighbour; prefixes and the preferred source (src) stay numeric, as does ::1, which this host's /etc/hosts does not name.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 127.0.0.1/32 peer 127.0.0.1/32 dev a0
  $ ip addr add 10.0.0.9 peer 127.0.0.1 dev a0
  Error: ipv4: Invalid scope value.
  [2]
  $ ip addr add 10.0.0.9 peer 127.0.0.1 dev a0 scope host
  $ ip addr add 10.0.0.10 peer 127.0.0.1 dev a0 scope link
  Error: ipv4: Invalid scope value.
  [2]
  $ ip -r addr show dev lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      inet localhost/8 scope host lo
         valid_lft forever preferred_lft forever
      inet6 ::1/128 scope host 
         valid_lft forever preferred_lft forever
  $ ip -r -4 addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet localhost/32 scope host a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.9 peer localhost/32 scope host secondary a0
         valid_lft forever preferred_lft forever
  $ ip -r -br -4 addr
  lo               UNKNOWN        localhost/8 
  a0@b0            UP             localhost/32 10.0.0.1/24 10.0.0.9 peer localhost/32 
  $ ip -r -j -4 addr show dev lo
  [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK","UP","LOWER_UP"],"mtu":65536,"qdisc":"noqueue","operstate":"UNKNOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"localhost","prefixlen":8,"scope":"host","label":"lo","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  $ ip -r -o -4 addr show dev a0
  3: a0    inet localhost/32 scope host a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.9 peer localhost/32 scope host secondary a0\       valid_lft forever preferred_lft forever
  $ ip -r route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.9 dev a0 proto kernel scope host src 127.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local localhost dev lo proto kernel scope host src 127.0.0.1 
  local localhost dev a0 proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip route add 127.0.0.1/32 via 10.0.0.2 table 9
  $ ip route add 20.0.0.0/8 via 10.0.0.3 table 9
  $ ip route add 30.0.0.0/8 table 9 nexthop via 10.0.0.3 nexthop via 10.0.0.4
  $ ip route add 40.0.0.0/8 dev a0 table 9 src 127.0.0.1
  $ ip -r route show table 9
  20.0.0.0/8 via 10.0.0.3 dev a0 
  30.0.0.0/8 
  	nexthop via 10.0.0.3 dev a0 weight 1 
  	nexthop via 10.0.0.4 dev a0 weight 1 
  40.0.0.0/8 dev a0 scope link src 127.0.0.1 
  localhost via 10.0.0.2 dev a0 
  $ ip -r -j route show table 9
  [{"dst":"20.0.0.0/8","gateway":"10.0.0.3","dev":"a0","flags":[]},{"dst":"30.0.0.0/8","flags":[],"nexthops":[{"gateway":"10.0.0.3","dev":"a0","weight":1,"flags":[]},{"gateway":"10.0.0.4","dev":"a0","weight":1,"flags":[]}]},{"dst":"40.0.0.0/8","dev":"a0","scope":"link","prefsrc":"127.0.0.1","flags":[]},{"dst":"localhost","gateway":"10.0.0.2","dev":"a0","flags":[]}]
  $ ip -resolve route show table 9 127.0.0.1
  localhost via 10.0.0.2 dev a0 
  $ ip -r -N route show table 9 root 127.0.0.0/8
  localhost via 10.0.0.2 dev a0 
  $ ip -r route get 127.0.0.1
  local localhost dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip -r route get 127.0.0.1 from 127.0.0.1
  local localhost from localhost dev lo uid 0 
      cache <local> 
  $ ip -r route get 127.0.0.1 fibmatch
  local localhost dev lo proto kernel scope host src 127.0.0.1 
  $ ip -r -j route get 127.0.0.1
  [{"type":"local","dst":"localhost","dev":"lo","prefsrc":"127.0.0.1","flags":[],"uid":0,"cache":["local"]}]
  $ ip -r route get 10.0.0.5 from 127.0.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route add 50.0.0.0/8 via 127.0.0.1 table 8
  $ ip route add 60.0.0.0/8 table 8 nexthop via 127.0.0.1 nexthop via 10.0.0.3
  $ ip -r route show table 8
  50.0.0.0/8 via localhost dev lo 
  60.0.0.0/8 
  	nexthop via localhost dev lo weight 1 
  	nexthop via 10.0.0.3 dev a0 weight 1 
  $ ip -r -j route show table 8
  [{"dst":"50.0.0.0/8","gateway":"localhost","dev":"lo","flags":[]},{"dst":"60.0.0.0/8","flags":[],"nexthops":[{"gateway":"localhost","dev":"lo","weight":1,"flags":[]},{"gateway":"10.0.0.3","dev":"a0","weight":1,"flags":[]}]}]
  $ ip -r route get 50.0.0.1 from 127.0.0.1 table 8
  Error: inet prefix is expected rather than "table".
  [1]
  $ ip -r neigh add 127.0.0.1 lladdr 02:00:00:00:00:01 dev a0
  $ ip -r neigh add 10.0.0.7 lladdr 02:00:00:00:00:02 dev a0
  $ ip -r neigh show dev a0 | sort
  10.0.0.7 lladdr 02:00:00:00:00:02 PERMANENT 
  localhost lladdr 02:00:00:00:00:01 PERMANENT 
  $ ip -r -j neigh show dev a0 127.0.0.1
  [{"dst":"localhost","lladdr":"02:00:00:00:00:01","state":["PERMANENT"]}]
  $ ip -r maddr show dev a0 | grep inet
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:a01
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip -r rule add from 127.0.0.1 to 127.0.0.1 table 9
  $ ip -r rule show
  0:	from all lookup local
  32765:	from 127.0.0.1 to 127.0.0.1 lookup 9
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -r -6 addr show dev lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      inet6 ::1/128 scope host 
         valid_lft forever preferred_lft forever
  $ ip -r route show table all type local
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  local 10.0.0.9 dev a0 table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local localhost dev lo table local proto kernel scope host src 127.0.0.1 
  local localhost dev a0 table local proto kernel scope host src 127.0.0.1 
  local ::1 dev lo table local proto kernel metric 0 pref medium
