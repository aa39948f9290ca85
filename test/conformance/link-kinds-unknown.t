Link kinds iproute2 knows and this kernel has no module for: ip parses their options, the kernel answers Unknown device type; nothing is created.
  $ ip link add d0 type dummy
  Error: Unknown device type.
  [2]
  $ ip link add v0 type vlan id 5
  Error: Unknown device type.
  [2]
  $ ip link add link lo name v1 type vlan id 5 protocol 802.1ad
  Error: Unknown device type.
  [2]
  $ ip link add b0 type bond mode 802.3ad
  Error: Unknown device type.
  [2]
  $ ip link add i0 type ipvlan mode l2
  Error: Unknown device type.
  [2]
  $ ip link add g0 type gre remote 1.2.3.4 local 1.2.3.5 ttl 64
  Error: Unknown device type.
  [2]
  $ ip link add r0 type vrf table 10
  Error: Unknown device type.
  [2]
  $ ip link add w0 type wireguard
  Error: Unknown device type.
  [2]
  $ ip link add n0 type nlmon
  Error: Unknown device type.
  [2]
  $ ip -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
