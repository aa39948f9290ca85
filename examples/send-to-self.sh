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
# The wire: IF1 and IF2 are the two ends of one veth pair, a crossover cable
# (tuxnet's Linux bridge is not there yet; with it, both NICs would hang off
# one bridge and the bridge's port counters would tell the same story).
# Change the names and addresses here:
IF1=eth1 IF2=eth2 IP1=192.168.1.1 IP2=192.168.2.2

ip netns add h
ip -n h link add $IF1 address 02:00:00:00:00:e1 type veth peer name $IF2 address 02:00:00:00:00:e2
ip -n h link set lo up
ip -n h link set $IF1 up
ip -n h link set $IF2 up
ip -n h addr add $IP1/24 dev $IF1
ip -n h addr add $IP2/24 dev $IF2
ip netns exec h sysctl -qw net.ipv4.conf.all.arp_filter=1

echo "== without loop: the kernel routes $IP1 -> $IP2 through lo"
ip -n h route get $IP2 from $IP1
ip netns exec h ping -c 1 -I $IP1 $IP2 | sed -n 2p
echo "lo counted the echo request and the reply; $IF2 saw nothing:"
ip -n h -s link show lo | sed -n 4p
ip -n h -s link show $IF2 | sed -n 4p

echo "== with loop=1 on both NICs: out of $IF1, over the wire, in on $IF2"
ip netns exec h sysctl -w net.ipv4.conf.$IF1.loop=1 net.ipv4.conf.$IF2.loop=1
ip -n h route get $IP2 from $IP1
ip -n h route get $IP1 from $IP2
ip netns exec h ping -c 2 -i 0.2 -I $IP1 $IP2 | sed -n 2,3p
echo "ARP resolved each address to the other NIC's MAC:"
ip -n h neigh show | sort
echo "$IF2 received the ARP request and the two echo requests (42 + 2 x 98 bytes);"
echo "lo saw nothing more:"
ip -n h -s link show $IF2 | sed -n 4p
ip -n h -s link show lo | sed -n 4p
# The proof, packet by packet: `npx tuxnet run --trace examples/send-to-self.sh`
# prints each packet's walk after the script; the echo requests read
#   h: [eth1] ip_local_out -> ... -> dev_queue_xmit [eth2] __netif_receive_skb -> ip_rcv -> ...
echo "the walk of every packet: run this script with 'npx tuxnet run --trace'"
