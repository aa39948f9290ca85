# nvi-loopback.sh: NAT through loopback, a NAT Virtual Interface (NVI) box.
#
# An NVI router does not NAT "on the inside" or "on the outside" interface:
# every flow that needs NAT is routed into a virtual interface, translated
# there, and routed again. The loopback article of our sources builds it on
# Linux with `lo` as the virtual interface: packets from the NIC are DNATed
# and routed to lo, come back in from lo, are marked in the raw table
# (`-i lo -j MARK --set-mark 100`) and `ip rule add fwmark 0x64 lookup ...`
# routes them out for real.
#
# Stock Linux cannot do it: a packet sent through lo keeps its route and its
# conntrack reference, so it is never routed (nor tracked) a second time.
# The article's kernel change is a tuxnet extension here, a per-namespace
# switch that is off by default (see README):
#     sysctl -w net.ipv4.loopback_reenter=1
# drops the dst and the conntrack of a packet re-entering from lo.
#
# Each pass through the box is its own NAT domain: the first (eth0 -> lo)
# translates the destination, the second (lo -> eth1) the source. Since the
# second pass is tracked again, the source NAT lives there: a source NAT on
# lo would leave the second pass's connection clashing with the first's
# reply tuple (nf_conntrack_confirm drops such a packet).
#
#   c (10.1.0.2) --- eth0 [ n ] eth1 --- s (10.2.0.2)
#                      10.1.0.1  10.2.0.1
# c reaches the service address 203.0.113.80 (DNAT to s); s sees the NAT
# pool address 10.2.0.9 (SNAT), and has no route to 10.1.0.0/24. Each
# direction crosses n twice (TTL 64 -> 62). Run it with `tuxnet run --trace`
# to see both route lookups (ip_route_input_slow) of every packet in n.

ip netns add c
ip netns add n
ip netns add s
ip link add c0 netns c address 02:00:00:00:0c:01 type veth peer name eth0 netns n address 02:00:00:00:01:01
ip link add s0 netns s address 02:00:00:00:0d:01 type veth peer name eth1 netns n address 02:00:00:00:01:02
for ns in c n s; do ip -n $ns link set lo up; done
ip -n c link set c0 up
ip -n s link set s0 up
ip -n n link set eth0 up
ip -n n link set eth1 up
ip -n c addr add 10.1.0.2/24 dev c0
ip -n s addr add 10.2.0.2/24 dev s0
ip -n n addr add 10.1.0.1/24 dev eth0
ip -n n addr add 10.2.0.1/24 dev eth1
ip -n c route add default via 10.1.0.1
ip -n s route add 10.2.0.9/32 via 10.2.0.1

ip netns exec n sysctl -qw net.ipv4.ip_forward=1
ip netns exec n sysctl -qw net.ipv4.loopback_reenter=1
# The real routes live in table 100, named `loop` as the article does; the
# main table sends both sides into lo.
echo "100 loop" >> /etc/iproute2/rt_tables
ip -n n route add 10.1.0.0/24 dev eth0 table loop
ip -n n route add 10.2.0.0/24 dev eth1 table loop
ip -n n route del 10.1.0.0/24 dev eth0
ip -n n route del 10.2.0.0/24 dev eth1
ip -n n route add 10.1.0.0/24 dev lo
ip -n n route add 10.2.0.0/24 dev lo
ip -n n route add 203.0.113.80/32 dev lo
# What comes back in from lo is marked, and the mark selects table loop.
ip netns exec n iptables -t raw -A PREROUTING -i lo -j MARK --set-mark 100
ip -n n rule add fwmark 0x64 lookup loop
# First pass: the destination; second pass: the source.
ip netns exec n iptables -t nat -A PREROUTING -i eth0 -d 203.0.113.80 -j DNAT --to-destination 10.2.0.2
ip netns exec n iptables -t nat -A POSTROUTING -o eth1 -s 10.1.0.0/24 -j SNAT --to-source 10.2.0.9

echo "== the two route lookups of n for the translated packet"
ip -n n route get 10.2.0.2 from 10.1.0.2 iif eth0
ip -n n route get 10.2.0.2 from 10.1.0.2 iif lo mark 0x64

echo "== a ping crosses the box both ways: the reply comes from the service address"
ip netns exec c ping -c 1 203.0.113.80 | sed -n 2p
echo "== a UDP datagram reaches s from the pool address"
ip netns exec s sh -c 'nc -u -l -p 7 > got.txt & sleep 0.2'
ip netns exec c sh -c 'echo hello-nvi | nc -u -w 1 -p 4000 203.0.113.80 7'
sleep 0.3
cat got.txt
ip netns exec n iptables -t nat -L -n -v -x
echo "every packet came back in from lo once (the raw mark rule):"
ip netns exec n iptables -t raw -L PREROUTING -n -v -x
echo "lo of n carried them (tx = rx):"
ip -n n -s link show lo | sed -n 4p
