ip link set ... type vxlan on a live vxlan: the flags vxlan_nl2flag() refuses to change (each with vxlan_flag_attr_error()'s message), the UDP_CSUM one with its own, learning and ageing that may change, and what ip -d link shows after each.
  $ ip link add vx0 address 02:00:00:00:01:02 type vxlan id 100 remote 192.168.0.2 dstport 4789
  $ ip link set vx0 type vxlan ttl inherit
  Error: vxlan: cannot change TTL_INHERIT flag.
  [2]
  $ ip link set vx0 type vxlan proxy
  Error: vxlan: cannot change PROXY flag.
  [2]
  $ ip link set vx0 type vxlan noproxy
  Error: vxlan: cannot change PROXY flag.
  [2]
  $ ip link set vx0 type vxlan rsc
  Error: vxlan: cannot change RSC flag.
  [2]
  $ ip link set vx0 type vxlan l2miss
  Error: vxlan: cannot change L2MISS flag.
  [2]
  $ ip link set vx0 type vxlan nol3miss
  Error: vxlan: cannot change L3MISS flag.
  [2]
  $ ip link set vx0 type vxlan external
  Error: vxlan: cannot change COLLECT_METADATA flag.
  [2]
  $ ip link set vx0 type vxlan udpcsum
  Error: Cannot change UDP_CSUM flag.
  [2]
  $ ip link set vx0 type vxlan udp6zerocsumtx
  Error: vxlan: cannot change UDP_ZERO_CSUM6_TX flag.
  [2]
  $ ip link set vx0 type vxlan udp6zerocsumrx
  Error: vxlan: cannot change UDP_ZERO_CSUM6_RX flag.
  [2]
  $ ip link set vx0 type vxlan remcsumtx
  Error: vxlan: cannot change REMCSUM_TX flag.
  [2]
  $ ip link set vx0 type vxlan remcsumrx
  Error: vxlan: cannot change REMCSUM_RX flag.
  [2]
  $ ip link set vx0 type vxlan gbp
  Error: vxlan: cannot change GBP flag.
  [2]
  $ ip link set vx0 type vxlan gpe
  Error: Cannot change port.
  [2]
  $ ip link set vx0 type vxlan vnifilter
  vxlan: vnifilter is valid only when 'external' is set
  [1]
  $ ip link set vx0 type vxlan nolearning ageing 100
  $ ip -d link show vx0 | grep -o 'vxlan id.*udp6zerocsumrx'
  vxlan id 100 remote 192.168.0.2 srcport 0 0 dstport 4789 nolearning ttl auto ageing 100 udpcsum noudp6zerocsumtx noudp6zerocsumrx
  $ ip link set vx0 type vxlan learning proxy
  Error: vxlan: cannot change PROXY flag.
  [2]
  $ ip -d link show vx0 | grep -o 'vxlan id.*udp6zerocsumrx'
  vxlan id 100 remote 192.168.0.2 srcport 0 0 dstport 4789 nolearning ttl auto ageing 100 udpcsum noudp6zerocsumtx noudp6zerocsumrx
  $ ip link add vx1 type vxlan id 101 dstport 4789 proxy nolearning
  $ ip -d link show vx1 | grep -o 'vxlan id.*udp6zerocsumrx'
  vxlan id 101 srcport 0 0 dstport 4789 nolearning proxy ttl auto ageing 300 udpcsum noudp6zerocsumtx noudp6zerocsumrx
  $ ip -j -d link show vx1 | grep -o '"proxy":[a-z]*'
  "proxy":true
