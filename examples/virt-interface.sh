# virt-interface.sh: one NIC, two addresses on two subnets, two independent flows.
#
# The "L3 virtual interface module" of our sources, a tuxnet extension (no
# stock kernel has it): `ip link add link eth0 name virt0 type virt` makes
# virt0, which shares eth0's MAC. virt0 registers a packet handler for every
# protocol (dev_add_pack(ETH_P_ALL)) on eth0 and takes the ARP and IPv4
# frames addressed to its own addresses; everything else stays with eth0.
# It sends through eth0 and keeps its own counters.
#
# Host h has one NIC, eth0, wired to a client c. eth0 is 192.168.50.17/24,
# virt0 is 192.168.56.101/24: two subnets on one wire, one MAC.

ip netns add h
ip netns add c
# IPv6 off (Linux sends MLD reports, DAD and router solicitations on every
# new interface): the counters below count the pings alone.
for ns in h c; do ip netns exec $ns sysctl -qw net.ipv6.conf.all.disable_ipv6=1; done
ip link add eth0 netns h address 02:00:00:00:00:11 type veth peer name c0 netns c address 02:00:00:00:00:22
ip -n h link add link eth0 name virt0 type virt
ip -n h link set eth0 up
ip -n h link set virt0 up
ip -n c link set c0 up
ip -n h addr add 192.168.50.17/24 dev eth0
ip -n h addr add 192.168.56.101/24 dev virt0
ip -n c addr add 192.168.50.1/24 dev c0
ip -n c addr add 192.168.56.1/24 dev c0

echo "== virt0 sits on eth0 (virt0@eth0) with eth0's MAC"
ip -n h -br link

echo "== each subnet has its own interface in h's routing table"
ip -n h -4 route show

echo "== flow 1: c pings eth0's address (3 echo requests)"
ip netns exec c ping -c 3 -i 0.2 192.168.50.17 | tail -2

echo "== flow 2: c pings virt0's address (2 echo requests)"
ip netns exec c ping -c 2 -i 0.2 192.168.56.101 | tail -2

echo "== c sees one MAC for both addresses"
ip -n c neigh show | sort

echo "== h answered flow 2 from virt0 and flow 1 from eth0"
ip -n h neigh show | sort

# virt0 counts only what it took and what it sent: the ARP request and the
# two echo requests of flow 2 (42 + 2 x 98 = 238 bytes), and the ARP reply and
# the two echo replies. eth0 counts everything that crossed the wire, since
# virt0 sends through it.
echo "== virt0's counters: flow 2 only"
ip -n h -s link show virt0 | sed -n 3,6p
echo "== eth0's counters: both flows"
ip -n h -s link show eth0 | sed -n 3,6p
