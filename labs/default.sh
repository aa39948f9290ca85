# The default lab: two hosts on a veth pair, addresses, routes and sysctls.
ip netns add a
ip netns add b
ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
ip -n a link set lo up
ip -n b link set lo up
ip -n a link set a0 up
ip -n b link set b0 up
ip -n a addr add 10.0.0.1/24 dev a0
ip -n b addr add 10.0.0.2/24 dev b0
echo "== namespaces"
ip netns list
echo "== a: links"
ip -n a link show
echo "== a: addresses"
ip -n a -4 addr show
echo "== a: routes (all tables)"
ip -n a -4 route show table all
echo "== b: forwarding"
ip netns exec b sysctl net.ipv4.ip_forward net.ipv4.conf.b0.rp_filter
echo "== a pings b"
ip netns exec a ping -c 2 -i 0.5 10.0.0.2
echo "== a: neighbours"
ip -n a neigh show
