# vxlan-overlay.sh: an L2 overlay (VXLAN, RFC 7348) over a routed underlay.
#
# Two VTEPs, vtep1 and vtep2, sit on different subnets joined by a router.
# Each has a vxlan device (VNI 100, port 4789) with the other as default
# remote, enslaved to a bridge together with the veth of a tenant host
# (t1, t2). The tenants share 172.16.0.0/24 as if on one switch; their
# frames cross the router inside UDP, the outer header routed like any
# datagram, while the tenants' own TTL stays 64: for them it is one hop.

for ns in t1 vtep1 r vtep2 t2; do
  ip netns add $ns
  # IPv6 off: Linux sends MLD reports and solicitations on every new interface.
  ip netns exec $ns sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
done
# The underlay: vtep1 -- r -- vtep2.
ip link add u0 netns vtep1 address 02:00:00:00:01:01 type veth peer name r1 netns r address 02:00:00:00:01:fe
ip link add u0 netns vtep2 address 02:00:00:00:02:01 type veth peer name r2 netns r address 02:00:00:00:02:fe
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
for i in 1 2; do
  ip -n vtep$i link set u0 up
  ip -n r link set r$i up
  ip -n vtep$i addr add 10.0.$i.1/24 dev u0
  ip -n r addr add 10.0.$i.254/24 dev r$i
  ip -n vtep$i route add default via 10.0.$i.254
done
# The overlay: a bridge on each VTEP with the vxlan and the tenant's veth.
for i in 1 2; do
  j=$((3 - i))
  ip -n vtep$i link add br0 type bridge mcast_snooping 0
  ip -n vtep$i link add vx0 address 02:00:00:00:0$i:0a type vxlan id 100 dstport 4789 local 10.0.$i.1 remote 10.0.$j.1 dev u0
  ip link add eth0 netns t$i address 02:00:00:00:0$i:0c type veth peer name tap0 netns vtep$i
  ip -n vtep$i link set vx0 master br0 up
  ip -n vtep$i link set tap0 master br0 up
  ip -n vtep$i link set br0 up
  ip -n t$i link set eth0 up
  ip -n t$i addr add 172.16.0.$i/24 dev eth0
done

echo "== the vxlan: 50 bytes of the underlay's MTU go to the outer headers"
ip -n vtep1 -d link show vx0 | sed -n 1p
ip -n vtep1 -d link show vx0 | sed -n 3p | cut -d' ' -f5-16

echo "== t1 pings t2 across the overlay (ttl=64: one L2 segment)"
ip netns exec r tcpdump -t -n -i r2 -c 2 udp port 4789 > outer.txt 2>/dev/null &
sleep 1
ip netns exec t1 ping -c 2 -i 0.2 172.16.0.2 | sed -n 2,3p
sleep 1

echo "== what the router forwarded: UDP to port 4789, the tenant's ARP inside"
cat outer.txt

echo "== vtep1's bridge learnt t2's MAC on vx0; vx0 learnt which VTEP has it"
bridge -n vtep1 fdb show dev vx0 | grep -v permanent

echo "== vtep1's vxlan counts the tenant's packets, without their Ethernet header"
ip -n vtep1 -s link show vx0 | sed -n 3,6p
