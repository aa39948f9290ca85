ip route/rule/neigh/maddr/ntable and ip -br with device names an alias ("a0:3") or an index ("if3") stands for, and with an index that has no device ("if99": RTNETLINK No such device).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02; ip link set a0 up; ip link set b0 up; ip addr add 10.0.0.1/24 dev a0
  $ ip route add 10.1.0.0/16 dev a0:3; ip route show dev a0; echo $?
  10.0.0.0/24 proto kernel scope link src 10.0.0.1 
  10.1.0.0/16 scope link 
  0
  $ ip route get 10.1.0.1 oif if3; echo $?
  10.1.0.1 dev a0 src 10.0.0.1 uid 0 
      cache 
  0
  $ ip rule add oif a0:1 table 7; ip rule list | sed -n 2p
  32765:	from all oif a0:1 [detached] lookup 7
  $ ip neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev if3 nud reachable; ip neigh show dev a0:0; echo $?
  10.0.0.7 lladdr 02:00:00:00:00:07 REACHABLE 
  0
  $ ip neigh flush dev if3; echo $?
  0
  $ ip -s neigh show dev if3; echo $?
  0
  $ ip link set if3 down; ip -br link show a0; echo $?
  a0@b0            DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST> 
  0
  $ ip -br addr show dev if3; echo $?
  a0@b0            DOWN           10.0.0.1/24 
  0
  $ ip addr del 10.0.0.1/24 dev if99; echo $?
  Error: ipv4: Device not found.
  2
  $ ip link del if99; echo $?
  RTNETLINK answers: No such device
  2
  $ ip link set if99 up; echo $?
  RTNETLINK answers: No such device
  2
  $ ip maddr show dev a0:1 | head -2; echo $?
  0
  $ ip ntable show dev a0:1 | head -1; echo $?
  inet arp_cache 
  0
