Abbreviated objects, verbs and keywords of ip route/rule/nexthop (matches() prefixes), with the families -4/-6/-0/-f, and which ones iproute2 refuses.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip link set lo up
  $ ip addr add 10.9.0.1/24 dev v0
  $ for c in "r a 172.20.0.0/16 via 10.9.0.2" "ro ad 172.21.0.0/16 via 10.9.0.2" "rou app 172.21.0.0/16 via 10.9.0.3 tab 5" "route pre 172.22.0.0/16 dev v0" "r rep 172.22.0.0/16 dev v0 met 4" "r chg 172.22.0.0/16 dev v0" "r cha 172.22.0.0/16 dev v0 metric 4 pro static" "r c 172.22.0.0/16 dev v0" "r l" "r lst" "r sh" "r s" "r d 172.20.0.0/16" "r del 172.20.0.0/16" "r g 172.21.1.1" "r get 172.21.1.1 fibm" "r get 172.21.1.1 fib" "r f 172.21.0.0/16" "r flu cache" "r l ta al" "r l table all typ unicast" "r l sc li" "r l pr ker" "r l ex 10.9.0.0/24" "r l ro 10.0.0.0/8" "r l ma 10.9.0.5" "ru" "ru l" "ru a pr 5 ta 5" "ru a pri 6 look 6" "ru a fr 1.0.0.0/8 ta 7" "ru a fwm 5 ta 8" "ru d pr 5" "ru del pref 6" "ru sh" "ru fl" "nexth a id 1 dev v0" "nexthop ls" "nex sh" "nexthop l" "nexthop del id 1" "nh ls" "-4 r l" "-6 r l" "-0 r l" "-f inet r l" "-f link r l" "-f inet6 r a 10.0.0.0/8 dev v0" "-4 ru" "-6 ru" "-0 ru" "-family inet r l"; do echo "== $c"; ip $c 2>&1; echo $?; done
  == r a 172.20.0.0/16 via 10.9.0.2
  0
  == ro ad 172.21.0.0/16 via 10.9.0.2
  0
  == rou app 172.21.0.0/16 via 10.9.0.3 tab 5
  0
  == route pre 172.22.0.0/16 dev v0
  0
  == r rep 172.22.0.0/16 dev v0 met 4
  0
  == r chg 172.22.0.0/16 dev v0
  0
  == r cha 172.22.0.0/16 dev v0 metric 4 pro static
  0
  == r c 172.22.0.0/16 dev v0
  0
  == r l
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  172.20.0.0/16 via 10.9.0.2 dev v0 
  172.21.0.0/16 via 10.9.0.2 dev v0 
  172.22.0.0/16 dev v0 scope link 
  172.22.0.0/16 dev v0 proto static scope link metric 4 
  0
  == r lst
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  172.20.0.0/16 via 10.9.0.2 dev v0 
  172.21.0.0/16 via 10.9.0.2 dev v0 
  172.22.0.0/16 dev v0 scope link 
  172.22.0.0/16 dev v0 proto static scope link metric 4 
  0
  == r sh
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  172.20.0.0/16 via 10.9.0.2 dev v0 
  172.21.0.0/16 via 10.9.0.2 dev v0 
  172.22.0.0/16 dev v0 scope link 
  172.22.0.0/16 dev v0 proto static scope link metric 4 
  0
  == r s
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  172.20.0.0/16 via 10.9.0.2 dev v0 
  172.21.0.0/16 via 10.9.0.2 dev v0 
  172.22.0.0/16 dev v0 scope link 
  172.22.0.0/16 dev v0 proto static scope link metric 4 
  0
  == r d 172.20.0.0/16
  0
  == r del 172.20.0.0/16
  RTNETLINK answers: No such process
  2
  == r g 172.21.1.1
  172.21.1.1 via 10.9.0.2 dev v0 src 10.9.0.1 uid 0 
      cache 
  0
  == r get 172.21.1.1 fibm
  172.21.0.0/16 via 10.9.0.2 dev v0 
  0
  == r get 172.21.1.1 fib
  172.21.0.0/16 via 10.9.0.2 dev v0 
  0
  == r f 172.21.0.0/16
  0
  == r flu cache
  0
  == r l ta al
  Error: argument "al" is wrong: table id value is invalid
  
  255
  == r l table all typ unicast
  172.21.0.0/16 via 10.9.0.3 dev v0 table 5 
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  172.22.0.0/16 dev v0 scope link 
  172.22.0.0/16 dev v0 proto static scope link metric 4 
  fe80::/64 dev v1 proto kernel metric 256 pref medium
  fe80::/64 dev v0 proto kernel metric 256 pref medium
  0
  == r l sc li
  Error: argument "li" is wrong: invalid "scope"
  
  255
  == r l pr ker
  Error: argument "ker" is wrong: invalid "protocol"
  
  255
  == r l ex 10.9.0.0/24
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  0
  == r l ro 10.0.0.0/8
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  0
  == r l ma 10.9.0.5
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  0
  == ru
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  0
  == ru l
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  0
  == ru a pr 5 ta 5
  0
  == ru a pri 6 look 6
  Error: argument "look" is wrong: Failed to parse rule type
  255
  == ru a fr 1.0.0.0/8 ta 7
  Error: argument "fr" is wrong: Failed to parse rule type
  255
  == ru a fwm 5 ta 8
  Error: argument "fwm" is wrong: Failed to parse rule type
  255
  == ru d pr 5
  0
  == ru del pref 6
  RTNETLINK answers: No such file or directory
  2
  == ru sh
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  0
  == ru fl
  0
  == nexth a id 1 dev v0
  0
  == nexthop ls
  id 1 dev v0 scope host 
  0
  == nex sh
  id 1 dev v0 scope host 
  0
  == nexthop l
  id 1 dev v0 scope host 
  0
  == nexthop del id 1
  0
  == nh ls
  Object "nh" is unknown, try "ip help".
  1
  == -4 r l
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  172.22.0.0/16 dev v0 scope link 
  172.22.0.0/16 dev v0 proto static scope link metric 4 
  0
  == -6 r l
  fe80::/64 dev v1 proto kernel metric 256 pref medium
  fe80::/64 dev v0 proto kernel metric 256 pref medium
  0
  == -0 r l
  0
  == -f inet r l
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  172.22.0.0/16 dev v0 scope link 
  172.22.0.0/16 dev v0 proto static scope link metric 4 
  0
  == -f link r l
  0
  == -f inet6 r a 10.0.0.0/8 dev v0
  Error: inet6 prefix is expected rather than "10.0.0.0/8".
  1
  == -4 ru
  0:	from all lookup local
  0
  == -6 ru
  0:	from all lookup local
  32766:	from all lookup main
  0
  == -0 ru
  RTNETLINK answers: Address family not supported by protocol
  Dump terminated
  255
  == -family inet r l
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  172.22.0.0/16 dev v0 scope link 
  172.22.0.0/16 dev v0 proto static scope link metric 4 
  0
