Changing a live vxlan (`ip link set DEV type vxlan ...`): a new remote joins
the all-zeros fdb entry and the old one leaves it, remotes appended by hand
stay; learning can be turned off and on; the VNI, the port, the source
port range and udpcsum cannot change.
  $ ip link add e0 address 02:00:00:00:00:01 type veth peer name e1 address 02:00:00:00:00:02
  $ ip link add vx0 address 02:00:00:00:01:01 type vxlan id 42 dstport 4789 remote 10.0.0.2 dev e0
  $ bridge fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.9
  $ bridge fdb show dev vx0
  00:00:00:00:00:00 dst 10.0.0.2 via e0 self permanent
  00:00:00:00:00:00 dst 10.0.0.9 self permanent
  $ ip link set vx0 type vxlan remote 10.0.0.3
  $ bridge fdb show dev vx0
  00:00:00:00:00:00 dst 10.0.0.9 self permanent
  00:00:00:00:00:00 dst 10.0.0.3 via e0 self permanent
  $ ip -d link show vx0 | sed -n 3p | cut -d' ' -f1-12
      vxlan id 42 remote 10.0.0.3 dev e0 srcport
  $ ip link set vx0 type vxlan remote 10.0.0.9
  $ bridge fdb show dev vx0
  00:00:00:00:00:00 dst 10.0.0.9 self permanent
  00:00:00:00:00:00 dst 10.0.0.9 via e0 self permanent
  $ ip link set vx0 type vxlan nolearning
  $ ip -j -d link show vx0 | sed -E 's/.*"learning":([a-z]+).*/\1/'
  false
  $ ip link set vx0 type vxlan learning ttl 5 tos 0x20 ageing 60
  $ ip -d link show vx0 | sed -n 3p | cut -d' ' -f1-20
      vxlan id 42 remote 10.0.0.9 dev e0 srcport 0 0 dstport 4789 tos 0x20 ttl 5
  $ ip link set vx0 type vxlan srcport 1000 2000
  Error: Cannot change port range.
  [2]
  $ ip link set vx0 type vxlan noudpcsum
  Error: Cannot change UDP_CSUM flag.
  [2]
  $ ip link set vx0 type vxlan id 42
  $ ip link set vx0 type vxlan local 10.0.0.1
  $ ip -d link show vx0 | sed -n 3p | cut -d' ' -f1-12
      vxlan id 42 remote 10.0.0.9 local 10.0.0.1 dev
  $ ip link set vx0 up
  $ ip link set vx0 type vxlan remote 10.0.0.4
  $ bridge fdb show dev vx0
  00:00:00:00:00:00 dst 10.0.0.9 self permanent
  00:00:00:00:00:00 dst 10.0.0.4 via e0 self permanent
