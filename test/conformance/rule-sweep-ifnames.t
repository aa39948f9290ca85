Device names as route/rule/nexthop arguments: too long, odd characters, numeric, `any`/`all`, the altname, and a device renamed or deleted under a rule.
  $ ip link set lo up
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip addr add 10.9.0.1/24 dev v0
  $ ip link property add dev v0 altname uplink0 2>&1; echo $?
  0
  $ for n in v0 uplink0 abcdefghijklmnop abcdefghijklmno "a/b" "a:b" 123 any all "*" "" "v0 " lo; do echo "== [$n]"; ip rule add iif "$n" table 5 2>&1; echo "iif $?"; ip rule add oif "$n" table 6 2>&1; echo "oif $?"; ip route add 172.20.0.0/16 dev "$n" 2>&1; echo "route $?"; ip route flush 172.20.0.0/16 2>&1; ip route get 172.20.0.1 oif "$n" 2>&1 | head -1; ip nexthop add id 9 dev "$n" 2>&1; echo "nh $?"; ip nexthop flush >/dev/null 2>&1; done
  == [v0]
  iif 0
  oif 0
  route 0
  172.20.0.1 dev v0 src 10.9.0.1 uid 0 
  Error: Carrier for nexthop device is down.
  nh 2
  == [uplink0]
  iif 0
  oif 0
  route 0
  172.20.0.1 dev v0 src 10.9.0.1 uid 0 
  Error: Carrier for nexthop device is down.
  nh 2
  == [abcdefghijklmnop]
  Error: argument "abcdefghijklmnop" is wrong: "iif"/"dev" not a valid ifname
  iif 255
  Error: argument "abcdefghijklmnop" is wrong: "oif" not a valid ifname
  oif 255
  Cannot find device "abcdefghijklmnop"
  route 1
  Cannot find device "abcdefghijklmnop"
  Error: argument "abcdefghijklmnop" is wrong: Device does not exist
  
  nh 255
  == [abcdefghijklmno]
  iif 0
  oif 0
  Cannot find device "abcdefghijklmno"
  route 1
  Cannot find device "abcdefghijklmno"
  Error: argument "abcdefghijklmno" is wrong: Device does not exist
  
  nh 255
  == [a/b]
  Error: argument "a/b" is wrong: "iif"/"dev" not a valid ifname
  iif 255
  Error: argument "a/b" is wrong: "oif" not a valid ifname
  oif 255
  Cannot find device "a/b"
  route 1
  Cannot find device "a/b"
  Error: argument "a/b" is wrong: Device does not exist
  
  nh 255
  == [a:b]
  iif 0
  oif 0
  Cannot find device "a:b"
  route 1
  Cannot find device "a:b"
  Error: argument "a:b" is wrong: Device does not exist
  
  nh 255
  == [123]
  iif 0
  oif 0
  Cannot find device "123"
  route 1
  Cannot find device "123"
  Error: argument "123" is wrong: Device does not exist
  
  nh 255
  == [any]
  iif 0
  oif 0
  Cannot find device "any"
  route 1
  Cannot find device "any"
  Error: argument "any" is wrong: Device does not exist
  
  nh 255
  == [all]
  iif 0
  oif 0
  Cannot find device "all"
  route 1
  Cannot find device "all"
  Error: argument "all" is wrong: Device does not exist
  
  nh 255
  == [*]
  iif 0
  oif 0
  Cannot find device "*"
  route 1
  Cannot find device "*"
  Error: argument "*" is wrong: Device does not exist
  
  nh 255
  == []
  Error: argument "" is wrong: "iif"/"dev" not a valid ifname
  iif 255
  Error: argument "" is wrong: "oif" not a valid ifname
  oif 255
  Cannot find device ""
  route 1
  Cannot find device ""
  Error: argument "" is wrong: Device does not exist
  
  nh 255
  == [v0 ]
  Error: argument "v0 " is wrong: "iif"/"dev" not a valid ifname
  iif 255
  Error: argument "v0 " is wrong: "oif" not a valid ifname
  oif 255
  Cannot find device "v0 "
  route 1
  Cannot find device "v0 "
  Error: argument "v0 " is wrong: Device does not exist
  
  nh 255
  == [lo]
  iif 0
  oif 0
  route 0
  172.20.0.1 dev lo src 10.9.0.1 uid 0 
  nh 0
  $ ip rule show
  0:	from all lookup local
  32748:	from all oif lo lookup 6
  32749:	from all iif lo lookup 5
  32750:	from all oif * [detached] lookup 6
  32751:	from all iif * [detached] lookup 5
  32752:	from all oif all [detached] lookup 6
  32753:	from all iif all [detached] lookup 5
  32754:	from all oif any [detached] lookup 6
  32755:	from all iif any [detached] lookup 5
  32756:	from all oif 123 [detached] lookup 6
  32757:	from all iif 123 [detached] lookup 5
  32758:	from all oif a:b [detached] lookup 6
  32759:	from all iif a:b [detached] lookup 5
  32760:	from all oif abcdefghijklmno [detached] lookup 6
  32761:	from all iif abcdefghijklmno [detached] lookup 5
  32762:	from all oif uplink0 lookup 6
  32763:	from all iif uplink0 lookup 5
  32764:	from all oif v0 lookup 6
  32765:	from all iif v0 lookup 5
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -j rule show | head -c 600; echo
  [{"priority":0,"src":"all","table":"local"},{"priority":32748,"src":"all","oif":"lo","table":"6"},{"priority":32749,"src":"all","iif":"lo","table":"5"},{"priority":32750,"src":"all","oif":"*","oif_detached":null,"table":"6"},{"priority":32751,"src":"all","iif":"*","iif_detached":null,"table":"5"},{"priority":32752,"src":"all","oif":"all","oif_detached":null,"table":"6"},{"priority":32753,"src":"all","iif":"all","iif_detached":null,"table":"5"},{"priority":32754,"src":"all","oif":"any","oif_detached":null,"table":"6"},{"priority":32755,"src":"all","iif":"any","iif_detached":null,"table":"5"},{"
  $ ip link set v0 name w0
  $ ip rule show
  0:	from all lookup local
  32748:	from all oif lo lookup 6
  32749:	from all iif lo lookup 5
  32750:	from all oif * [detached] lookup 6
  32751:	from all iif * [detached] lookup 5
  32752:	from all oif all [detached] lookup 6
  32753:	from all iif all [detached] lookup 5
  32754:	from all oif any [detached] lookup 6
  32755:	from all iif any [detached] lookup 5
  32756:	from all oif 123 [detached] lookup 6
  32757:	from all iif 123 [detached] lookup 5
  32758:	from all oif a:b [detached] lookup 6
  32759:	from all iif a:b [detached] lookup 5
  32760:	from all oif abcdefghijklmno [detached] lookup 6
  32761:	from all iif abcdefghijklmno [detached] lookup 5
  32762:	from all oif uplink0 [detached] lookup 6
  32763:	from all iif uplink0 [detached] lookup 5
  32764:	from all oif v0 [detached] lookup 6
  32765:	from all iif v0 [detached] lookup 5
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip link del w0
  $ ip rule show
  0:	from all lookup local
  32748:	from all oif lo lookup 6
  32749:	from all iif lo lookup 5
  32750:	from all oif * [detached] lookup 6
  32751:	from all iif * [detached] lookup 5
  32752:	from all oif all [detached] lookup 6
  32753:	from all iif all [detached] lookup 5
  32754:	from all oif any [detached] lookup 6
  32755:	from all iif any [detached] lookup 5
  32756:	from all oif 123 [detached] lookup 6
  32757:	from all iif 123 [detached] lookup 5
  32758:	from all oif a:b [detached] lookup 6
  32759:	from all iif a:b [detached] lookup 5
  32760:	from all oif abcdefghijklmno [detached] lookup 6
  32761:	from all iif abcdefghijklmno [detached] lookup 5
  32762:	from all oif uplink0 [detached] lookup 6
  32763:	from all iif uplink0 [detached] lookup 5
  32764:	from all oif v0 [detached] lookup 6
  32765:	from all iif v0 [detached] lookup 5
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule show iif v0
  32765:	from all iif v0 [detached] lookup 5
  $ ip rule del iif v0 2>&1; echo $?
  0
  $ ip rule show
  0:	from all lookup local
  32748:	from all oif lo lookup 6
  32749:	from all iif lo lookup 5
  32750:	from all oif * [detached] lookup 6
  32751:	from all iif * [detached] lookup 5
  32752:	from all oif all [detached] lookup 6
  32753:	from all iif all [detached] lookup 5
  32754:	from all oif any [detached] lookup 6
  32755:	from all iif any [detached] lookup 5
  32756:	from all oif 123 [detached] lookup 6
  32757:	from all iif 123 [detached] lookup 5
  32758:	from all oif a:b [detached] lookup 6
  32759:	from all iif a:b [detached] lookup 5
  32760:	from all oif abcdefghijklmno [detached] lookup 6
  32761:	from all iif abcdefghijklmno [detached] lookup 5
  32762:	from all oif uplink0 [detached] lookup 6
  32763:	from all iif uplink0 [detached] lookup 5
  32764:	from all oif v0 [detached] lookup 6
  32766:	from all lookup main
  32767:	from all lookup default
