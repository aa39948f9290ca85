# icmp-redirect-lan.sh: the lecture's three hosts on one LAN, and an ICMP redirect.
#
# Host h (192.168.0.2) has one default route, via router r1 (192.168.0.1).
# The destination 10.0.9.10 lies behind the other router on the same LAN,
# r2 (192.168.0.254). r1 forwards h's packet back out of the interface it
# came in on, to r2: the next hop is on h's own link, so r1 tells h with an
# ICMP redirect ("send it to 192.168.0.254 directly") while still forwarding
# the packet (RFC 1812 5.2.7.2; net.ipv4.conf.*.send_redirects=1 by default).
#
# The LAN: a Linux bridge br0 in namespace `lan`, one port per host.

ip netns add lan
ip -n lan link add br0 type bridge
ip -n lan link set br0 up
n=1
for h in h r1 r2; do
  ip netns add $h
  ip link add eth0 netns $h address 02:00:00:00:00:0$n type veth peer name p-$h netns lan
  ip -n lan link set p-$h master br0 up
  ip -n $h link set lo up
  ip -n $h link set eth0 up
  n=$((n + 1))
done
ip netns add dst
ip link add r2b netns r2 type veth peer name eth0 netns dst
ip -n r2 link set r2b up
ip -n dst link set eth0 up
ip -n dst link set lo up

ip -n h addr add 192.168.0.2/24 dev eth0
ip -n r1 addr add 192.168.0.1/24 dev eth0
ip -n r2 addr add 192.168.0.254/24 dev eth0
ip -n r2 addr add 10.0.9.1/24 dev r2b
ip -n dst addr add 10.0.9.10/24 dev eth0
ip -n h route add default via 192.168.0.1
ip -n r1 route add 10.0.9.0/24 via 192.168.0.254
ip -n dst route add default via 10.0.9.1
for r in r1 r2; do ip netns exec $r sysctl -qw net.ipv4.ip_forward=1; done

echo "== h's routes: everything off-link goes to r1"
ip -n h route show
ip -n h route get 10.0.9.10

# ping shows each redirect it received, then the reply (r2 sends it straight
# to h, on the LAN). nstat shows r1's IcmpOutRedirects and h's IcmpInRedirects.
echo "== h pings the destination: r1 forwards to r2 and sends h a redirect"
ip netns exec h ping -c 2 -i 0.3 10.0.9.10 | sed -n 2,5p
echo "r1:"
ip netns exec r1 nstat -asz IcmpOutRedirects IpForwDatagrams | sed -n 2,3p
echo "h:"
ip netns exec h nstat -asz IcmpInRedirects | sed -n 2p

# h takes a redirect only toward a neighbour it already knows (Linux's
# __ip_do_redirect): the first one makes h resolve r2's MAC, the second
# installs a next-hop exception, which `ip route get` shows as
# `via 192.168.0.254 ... cache <redirected> expires 299sec` (300 s from the
# redirect, and the commands since then took a few milliseconds).
echo "== what h's routing says now"
ip -n h route get 10.0.9.10
