# send-to-self.sh: two NICs of one host on one wire, and a ping between them
# that really crosses the wire.
#
# Linux delivers a packet addressed to any of its own addresses through lo,
# whatever interface holds the address: `ping -I $IP1 $IP2` never touches the
# wire. The send-to-self patch of our sources (a tuxnet extension, no stock
# kernel has it: see README) adds net.ipv4.conf.DEV.loop. When both devices
# have loop=1, traffic from an address of one to an address of the other is
# routed out of the source's device (ip_route_output_slow) and accepted when
# it comes back in on the other (fib_validate_source). ARP is unchanged;
# arp_filter=1 keeps each NIC answering for its own address only.
#
# The wire: both NICs hang off one Linux bridge `hub` in namespace `wire`
# (ports p1 and p2), so every frame between them crosses the bridge, whose
# port counters show it. Change the names and addresses here:
IF1=eth1 IF2=eth2 IP1=192.168.1.1 IP2=192.168.2.2

ip netns add h
ip netns add wire
# IPv6 off (Linux sends MLD reports, DAD and router solicitations on every
# new interface) and no multicast snooping (a snooping bridge sends IGMP
# reports of its own): the counters below tell the ping's story alone.
for ns in h wire; do ip netns exec $ns sysctl -qw net.ipv6.conf.all.disable_ipv6=1; done
ip -n wire link add hub type bridge mcast_snooping 0
ip -n wire link set hub up
ip link add $IF1 netns h address 02:00:00:00:00:e1 type veth peer name p1 netns wire
ip link add $IF2 netns h address 02:00:00:00:00:e2 type veth peer name p2 netns wire
ip -n wire link set p1 master hub up
ip -n wire link set p2 master hub up
ip -n h link set lo up
ip -n h link set $IF1 up
ip -n h link set $IF2 up
ip -n h addr add $IP1/24 dev $IF1
ip -n h addr add $IP2/24 dev $IF2
ip netns exec h sysctl -qw net.ipv4.conf.all.arp_filter=1

echo "== without loop: the kernel routes $IP1 -> $IP2 through lo"
ip -n h route get $IP2 from $IP1
ip netns exec h ping -c 1 -I $IP1 $IP2 | sed -n 2p
echo "lo counted the echo request and the reply; the bridge port p2 saw nothing:"
ip -n h -s link show lo | sed -n 4p
ip -n wire -s link show p2 | sed -n 6p

echo "== with loop=1 on both NICs: out of $IF1, over the wire, in on $IF2"
ip netns exec h sysctl -w net.ipv4.conf.$IF1.loop=1 net.ipv4.conf.$IF2.loop=1
ip -n h route get $IP2 from $IP1
ip -n h route get $IP1 from $IP2
ip netns exec h ping -c 2 -i 0.2 -I $IP1 $IP2 | sed -n 2,3p
echo "ARP resolved each address to the other NIC's MAC:"
ip -n h neigh show | sort
echo "the bridge port p2 sent $IF2 the ARP request and the two echo requests"
echo "(42 + 2 x 98 bytes), p1 sent $IF1 the ARP reply and the two echo replies;"
echo "lo saw nothing more:"
ip -n wire -s link show p2 | sed -n 6p
ip -n wire -s link show p1 | sed -n 6p
ip -n h -s link show lo | sed -n 4p
echo "the bridge learned both NICs' MACs:"
bridge -n wire fdb show br hub | grep -v permanent | sort
# The proof, packet by packet: `npx tuxnet run --trace examples/send-to-self.sh`
# prints each packet's walk after the script; the echo requests read
#   h: [eth1] ip_local_out -> ... -> dev_queue_xmit | wire: [p1] __netif_receive_skb
#   -> br_handle_frame -> ... [p2] br_forward -> ... | h: [eth2] __netif_receive_skb -> ip_rcv -> ...
echo "the walk of every packet: run this script with 'npx tuxnet run --trace'"
