The sender address of a router's ARP request for a forwarded packet (arp_solicit: the packet's source is not local, so inet_select_addr(dev, target, RT_SCOPE_LINK) chooses): the address of the outgoing device on the target's subnet, else its first primary, and with no address on the outgoing device the first global address of the namespace in device order (lo first); arp_announce 1 and 2 give the same for a forwarded packet.
  $ for n in a r c; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:00 type veth peer name r0 netns r address 02:00:00:00:01:00
  $ ip link add c0 netns c address 02:00:00:00:0c:00 type veth peer name r1 netns r address 02:00:00:00:01:01
  $ ip -n a link set a0 up; ip -n r link set lo up; ip -n r link set r0 up; ip -n r link set r1 up; ip -n c link set c0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n a route add default via 10.0.0.254
  $ ip -n r addr add 10.0.0.254/24 dev r0
  $ ip -n r addr add 10.0.9.254/24 dev r1
  $ ip -n r addr add 10.0.1.254/24 dev r1
  $ ip -n r addr add 10.0.1.253/24 dev r1
  $ ip -n c addr add 10.0.1.2/24 dev c0; ip -n c addr add 10.0.7.2/24 dev c0; ip -n c addr add 10.0.9.2/24 dev c0
  $ ip -n c route add default via 10.0.1.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route add 10.0.7.0/24 dev r1
  $ for ann in 0 1 2; do ip netns exec r sysctl -qw net.ipv4.conf.r1.arp_announce=$ann; for t in 10.0.1.2 10.0.7.2 10.0.9.2; do ip -n r neigh flush dev r1; ip netns exec c tcpdump -n -t -c 1 -i c0 arp and arp[6:2] == 1 and ether src 02:00:00:00:01:01 > dump 2>/dev/null & sleep 1; ip netns exec a ping -c 1 -W 1 $t > /dev/null; wait; echo "announce $ann to $t: $(cat dump)"; done; done
  announce 0 to 10.0.1.2: ARP, Request who-has 10.0.1.2 tell 10.0.1.254, length 28
  announce 0 to 10.0.7.2: ARP, Request who-has 10.0.7.2 tell 10.0.9.254, length 28
  announce 0 to 10.0.9.2: ARP, Request who-has 10.0.9.2 tell 10.0.9.254, length 28
  announce 1 to 10.0.1.2: ARP, Request who-has 10.0.1.2 tell 10.0.1.254, length 28
  announce 1 to 10.0.7.2: ARP, Request who-has 10.0.7.2 tell 10.0.9.254, length 28
  announce 1 to 10.0.9.2: ARP, Request who-has 10.0.9.2 tell 10.0.9.254, length 28
  announce 2 to 10.0.1.2: ARP, Request who-has 10.0.1.2 tell 10.0.1.254, length 28
  announce 2 to 10.0.7.2: ARP, Request who-has 10.0.7.2 tell 10.0.9.254, length 28
  announce 2 to 10.0.9.2: ARP, Request who-has 10.0.9.2 tell 10.0.9.254, length 28
  $ ip -n r addr flush dev r1
  $ ip -n r route add 10.0.1.0/24 dev r1
  $ ip -n r addr add 192.168.9.9/32 dev lo
  $ ip -n r addr add 172.16.0.1/32 dev lo scope link
  $ ip -n c route replace default dev c0
  $ ip -n r neigh flush dev r1; ip netns exec c tcpdump -n -t -c 1 -i c0 arp and arp[6:2] == 1 and ether src 02:00:00:00:01:01 > dump 2>/dev/null & sleep 1; ip netns exec a ping -c 1 -W 1 10.0.1.2 > /dev/null; wait; cat dump
  ARP, Request who-has 10.0.1.2 tell 192.168.9.9, length 28
  $ ip -n r addr del 192.168.9.9/32 dev lo
  $ ip -n r neigh flush dev r1; ip netns exec c tcpdump -n -t -c 1 -i c0 arp and arp[6:2] == 1 and ether src 02:00:00:00:01:01 > dump 2>/dev/null & sleep 1; ip netns exec a ping -c 1 -W 1 10.0.1.2 > /dev/null; wait; cat dump
  ARP, Request who-has 10.0.1.2 tell 10.0.0.254, length 28
  $ ip -n r route get 10.0.1.2
  10.0.1.2 dev r1 src 10.0.0.254 uid 0 
      cache 
  $ ip -n r route get 10.0.1.2 from 10.0.0.1 iif r0
  10.0.1.2 from 10.0.0.1 dev r1 
      cache iif r0 
