ip link add of each kind iproute2 knows, on the reference kernel: the ones it has create a device (ifb, and macvtap or macvlan given a lower device; without one EINVAL), tun refuses rtnetlink creation with its own message, the rest are Unknown device type (no module: dummy, vlan, vrf, bond, team, ipvlan, gre...); the listing shows only what was made.
  $ ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip link add kamt type amt
  Error: Unknown device type.
  [2]
  $ ip link add kbareudp type bareudp
  Error: Unknown device type.
  [2]
  $ ip link add kbond type bond
  Error: Unknown device type.
  [2]
  $ ip link add kdummy type dummy
  Error: Unknown device type.
  [2]
  $ ip link add kgeneve type geneve
  Error: Unknown device type.
  [2]
  $ ip link add kgre type gre
  Error: Unknown device type.
  [2]
  $ ip link add kgretap type gretap
  Error: Unknown device type.
  [2]
  $ ip link add kifb address 02:00:00:00:00:05 type ifb
  $ ip link add kipip type ipip
  Error: Unknown device type.
  [2]
  $ ip link add kipvlan type ipvlan
  Error: Unknown device type.
  [2]
  $ ip link add kipvtap type ipvtap
  Error: Unknown device type.
  [2]
  $ ip link add kmacsec type macsec
  Error: Unknown device type.
  [2]
  $ ip link add kmacvlan type macvlan
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add kmacvtap type macvtap
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add knlmon type nlmon
  Error: Unknown device type.
  [2]
  $ ip link add ksit type sit
  Error: Unknown device type.
  [2]
  $ ip link add kteam type team
  Error: Unknown device type.
  [2]
  $ ip link add kvcan type vcan
  Error: Unknown device type.
  [2]
  $ ip link add kvlan type vlan
  Error: Unknown device type.
  [2]
  $ ip link add kvrf type vrf
  Error: Unknown device type.
  [2]
  $ ip link add kvti type vti
  Error: Unknown device type.
  [2]
  $ ip link add kvxcan type vxcan
  Error: Unknown device type.
  [2]
  $ ip link add kxfrm type xfrm
  Error: Unknown device type.
  [2]
  $ ip link add ktun type tun
  Error: tun/tap creation via rtnetlink is not supported.
  [2]
  $ ip link add ktap type tap
  Error: Unknown device type.
  [2]
  $ ip link add kwireguard type wireguard
  Error: Unknown device type.
  [2]
  $ ip link add link v0 name kmacvlan address 02:00:00:00:00:03 type macvlan
  $ ip link add link v0 name kmacvtap address 02:00:00:00:00:04 type macvtap
  $ ip -o link show | sed -E "s/ mtu.*//"
  1: lo: <LOOPBACK>
  2: v1@v0: <BROADCAST,MULTICAST,M-DOWN>
  3: v0@v1: <BROADCAST,MULTICAST,M-DOWN>
  4: kifb: <BROADCAST,NOARP>
  5: kmacvlan@v0: <BROADCAST,MULTICAST,M-DOWN>
  6: kmacvtap@v0: <BROADCAST,MULTICAST,M-DOWN>
  $ ip -d link show | grep -oE "^ +(veth|macvlan|macvtap|ifb)( mode [a-z]+)?"
      veth
      veth
      ifb
      macvlan mode vepa
      macvtap mode vepa
