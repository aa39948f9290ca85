Deleting the namespace a vxlan's tunnel lives in deletes the vxlan, even
after the device moved to another namespace (vxlan_destroy_tunnels).
  $ ip netns add a
  $ ip netns add b
  $ ip -n a link add vx6 type vxlan id 5 dstport 4790
  $ ip -n a link add vx7 type vxlan id 6 dstport 4790
  $ ip -n a link set vx6 netns b
  $ ip -n b link show vx6 | head -1 | cut -d: -f2
   vx6@if2
  $ ip netns del a
  $ sleep 1
  $ ip -n b link show vx6
  Device "vx6" does not exist.
  [1]
  $ ip -n b link show | head -1 | cut -d: -f2
   lo
  $ ip -n b link show | wc -l
  2
