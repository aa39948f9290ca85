Device names iproute2 resolves beyond the exact name (ll_name_to_index): an alias "a0:1" names a0 (if_nametoindex's SIOCGIFINDEX cuts at ':'), "if3" is index 3 (ll_idx_a2n), a name of 16 bytes or more is none; ip link show DEV asks RTM_GETLINK by the name itself and fails on both.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo:x up; echo $?
  0
  $ ip link show lo:x; echo $?
  RTNETLINK answers: No such device
  Cannot send link get request: No such device
  1
  $ ip link show if1; echo $?
  RTNETLINK answers: No such device
  Cannot send link get request: No such device
  1
  $ ip addr add 10.0.0.1/24 dev if3; echo $?
  0
  $ ip addr add 10.0.0.2/24 dev a0:1; echo $?
  0
  $ ip addr add 10.0.0.3/24 dev a0:1 label a0:1; echo $?
  0
  $ ip addr add 10.0.0.4/24 dev a0 label b0:1; echo $?
  0
  $ ip addr add 10.0.0.4/24 dev a0 label a0x; echo $?
  Error: ipv4: Address already assigned.
  2
  $ ip -o -4 addr
  1: lo    inet 127.0.0.1/8 scope host lo\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.2/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.3/24 scope global secondary a0:1\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.4/24 scope global secondary b0:1\       valid_lft forever preferred_lft forever
  $ ip route add 10.1.0.0/16 dev a0:7; echo $?
  Error: Device for nexthop is not up.
  2
  $ ip route add 10.2.0.0/16 dev if3; echo $?
  Error: Device for nexthop is not up.
  2
  $ ip route add 10.3.0.0/16 dev if99; echo $?
  RTNETLINK answers: No such device
  2
  $ ip route add 10.4.0.0/16 dev 0123456789abcdefgh; echo $?
  Cannot find device "0123456789abcdefgh"
  1
  $ ip route show table all type unicast
  $ ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev a0:2; echo $?
  0
  $ ip neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev if3; echo $?
  0
  $ ip neigh show | sort
  10.0.0.8 dev a0 lladdr 02:00:00:00:00:08 PERMANENT 
  10.0.0.9 dev a0 lladdr 02:00:00:00:00:09 PERMANENT 
  $ ip route get 10.1.2.3 oif a0:1; echo $?
  RTNETLINK answers: Network is unreachable
  2
  $ ip route show dev a0:1; echo $?
  0
  $ ip addr show dev a0:1; echo $?
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.3/24 scope global secondary a0:1
         valid_lft forever preferred_lft forever
      inet 10.0.0.4/24 scope global secondary b0:1
         valid_lft forever preferred_lft forever
  0
  $ ip addr show dev if3; echo $?
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.3/24 scope global secondary a0:1
         valid_lft forever preferred_lft forever
      inet 10.0.0.4/24 scope global secondary b0:1
         valid_lft forever preferred_lft forever
  0
  $ ip addr del 10.0.0.2/24 dev a0:5; echo $?
  0
  $ ip neigh del 10.0.0.9 dev a0:2; echo $?
  0
  $ ip rule add iif a0:1 table 5; echo $?
  0
  $ ip rule
  0:	from all lookup local
  32765:	from all iif a0:1 [detached] lookup 5
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip link set a0:1 mtu 1400; echo $?
  0
  $ ip link set dev if3 mtu 1300; echo $?
  0
  $ ip link show a0
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1300 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip link del if3; echo $?
  0
  $ ip link show a0:1; echo $?
  Device "a0:1" does not exist.
  1
  $ sysctl net.ipv4.conf.a0:1.forwarding; echo $?
  sysctl: cannot stat /proc/sys/net/ipv4/conf/a0:1/forwarding: No such file or directory
  1
  $ ip addr flush dev a0:1; echo $?
  Device "a0:1" does not exist.
  1
  $ ip -o -4 addr
  1: lo    inet 127.0.0.1/8 scope host lo\       valid_lft forever preferred_lft forever
