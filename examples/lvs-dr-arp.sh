# lvs-dr-arp.sh: LVS direct routing on one LAN, and who answers ARP for the VIP.
#
# In LVS-DR a director d owns the virtual IP (VIP) 192.168.0.100 and passes
# each request, unchanged, to a real server's MAC; the real servers r1 and r2
# hold the VIP too (on lo, /32) so that they accept the packets and answer
# the client directly. The catch is ARP: Linux answers ARP for any of its
# addresses on any interface, so r1 and r2 also answer "who has the VIP?" and
# the client may send everything to a real server, bypassing the director.
# The cure is two sysctls on the real servers:
#   arp_ignore=1   answer ARP only for addresses configured on the interface
#                  the request came in on (the VIP is on lo, not on eth0);
#   arp_announce=2 in their own ARP requests, always use the interface's
#                  primary address as the sender, never the VIP.
#
# The LAN: a Linux bridge br0 in namespace `lan`, one port per host. Who
# answered an ARP request shows in its neighbour table: a host that replies
# learns the asker (a STALE entry), a host that stays silent does not.

ip netns add lan
ip -n lan link add br0 type bridge
ip -n lan link set br0 up
n=1
for h in c d r1 r2; do
  ip netns add $h
  ip link add eth0 netns $h address 02:00:00:00:00:0$n type veth peer name p-$h netns lan
  ip -n lan link set p-$h master br0 up
  ip -n $h link set lo up
  ip -n $h link set eth0 up
  n=$((n + 1))
done
ip -n c addr add 192.168.0.1/24 dev eth0
ip -n d addr add 192.168.0.10/24 dev eth0
ip -n d addr add 192.168.0.100/24 dev eth0
ip -n r1 addr add 192.168.0.11/24 dev eth0
ip -n r2 addr add 192.168.0.12/24 dev eth0
for r in r1 r2; do ip -n $r addr add 192.168.0.100/32 dev lo; done

echo "== MACs: c 02:..:01, d 02:..:02, r1 02:..:03, r2 02:..:04"
echo "== 1. no ARP sysctls: c asks for the VIP, and everyone who has it answers"
ip netns exec c ping -c 1 192.168.0.100 | sed -n 2p
for h in d r1 r2; do echo "$h knows c:"; ip -n $h neigh show 192.168.0.1; done
echo "c keeps the first answer that came in (r2's; the others fall within locktime):"
echo "the VIP's traffic goes to r2's MAC, past the director:"
ip -n c neigh show 192.168.0.100

echo "== 2. arp_ignore=1 and arp_announce=2 on the real servers"
for r in r1 r2; do
  ip -n $r neigh flush all
  ip netns exec $r sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2
done
ip -n d neigh flush all
ip -n c neigh flush all
ip netns exec c ping -c 1 192.168.0.100 | sed -n 2p
for h in d r1 r2; do echo "$h knows c:"; ip -n $h neigh show 192.168.0.1; done
echo "c sends the VIP's traffic to the director's MAC:"
ip -n c neigh show 192.168.0.100

echo "== 3. r1 sends to c from the VIP, as a DR real server answers: its ARP request"
echo "==    names 192.168.0.11 (arp_announce=2), so c's entry for the VIP stays the"
echo "==    director's (c's echo reply goes to the VIP, that is to d: one packet, no answer)"
ip -n r1 neigh flush all
ip netns exec r1 ping -c 1 -W 1 -I 192.168.0.100 192.168.0.1 | grep transmitted
ip -n c neigh show 192.168.0.11
ip -n c neigh show 192.168.0.100
