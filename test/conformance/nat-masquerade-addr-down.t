MASQUERADE entries die with their address: deleting the router's outside address, or taking the outside device down, deletes the masqueraded connections (masq_inet_event/masq_device_event -> nf_ct_iterate_cleanup), others stay; SNAT entries are left alone; conntrack -E sees the DESTROY events.
  $ for n in a c r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add c0 netns c address 02:00:00:00:0c:01 type veth peer name rc netns r address 02:00:00:00:01:0c
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a c r b; do ip -n $n link set lo up; done
  $ for d in ra rc r1; do ip -n r link set $d up; done
  $ ip -n a link set a0 up; ip -n c link set c0 up; ip -n b link set b0 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n c addr add 192.168.2.2/24 dev c0
  $ ip -n r addr add 192.168.1.1/24 dev ra
  $ ip -n r addr add 192.168.2.1/24 dev rc
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n c route add default via 192.168.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r addr add 203.0.113.9/24 dev r1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -s 192.168.1.0/24 -j MASQUERADE
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -s 192.168.2.0/24 -j SNAT --to-source 203.0.113.9
  $ ip netns exec r sh -c 'timeout 3 conntrack -E -e DESTROY > ev.out 2>&1 &'; sleep 0.2
  $ ip netns exec a ping -c 1 -e 21 203.0.113.2 | sed -n 2p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec c ping -c 1 -e 22 203.0.113.2 | sed -n 2p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec b ping -c 1 -e 23 203.0.113.1 | sed -n 2p
  64 bytes from 203.0.113.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec r conntrack -L 2>&1 | sed -E 's/ 1 [0-9]+ / 1 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=21 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=21 mark=0 use=1
  icmp     1 T src=192.168.2.2 dst=203.0.113.2 type=8 code=0 id=22 src=203.0.113.2 dst=203.0.113.9 type=0 code=0 id=22 mark=0 use=1
  icmp     1 T src=203.0.113.2 dst=203.0.113.1 type=8 code=0 id=23 src=203.0.113.1 dst=203.0.113.2 type=0 code=0 id=23 mark=0 use=1
  $ ip -n r addr del 203.0.113.9/24 dev r1
  $ ip netns exec r conntrack -L 2>&1 | sed -E 's/ 1 [0-9]+ / 1 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=21 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=21 mark=0 use=1
  icmp     1 T src=192.168.2.2 dst=203.0.113.2 type=8 code=0 id=22 src=203.0.113.2 dst=203.0.113.9 type=0 code=0 id=22 mark=0 use=1
  icmp     1 T src=203.0.113.2 dst=203.0.113.1 type=8 code=0 id=23 src=203.0.113.1 dst=203.0.113.2 type=0 code=0 id=23 mark=0 use=1
  $ ip -n r addr add 203.0.113.9/24 dev r1
  $ ip netns exec a ping -c 1 -e 24 203.0.113.2 | sed -n 2p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip -n r addr add 203.0.113.1/24 dev r1
  Error: ipv4: Address already assigned.
  [2]
  $ ip -n r addr del 203.0.113.1/24 dev r1
  $ ip netns exec r conntrack -L 2>&1 | sed -E 's/ 1 [0-9]+ / 1 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=192.168.2.2 dst=203.0.113.2 type=8 code=0 id=22 src=203.0.113.2 dst=203.0.113.9 type=0 code=0 id=22 mark=0 use=1
  icmp     1 T src=203.0.113.2 dst=203.0.113.1 type=8 code=0 id=23 src=203.0.113.1 dst=203.0.113.2 type=0 code=0 id=23 mark=0 use=1
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n r route replace default via 203.0.113.2 2>&1
  $ ip netns exec a ping -c 1 -e 25 203.0.113.2 | sed -n 2p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec c ping -c 1 -e 26 203.0.113.2 | sed -n 2p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r conntrack -L 2>&1 | sed -E 's/ 1 [0-9]+ / 1 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=25 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=25 mark=0 use=1
  icmp     1 T src=192.168.2.2 dst=203.0.113.2 type=8 code=0 id=22 src=203.0.113.2 dst=203.0.113.9 type=0 code=0 id=22 mark=0 use=1
  icmp     1 T src=192.168.2.2 dst=203.0.113.2 type=8 code=0 id=26 src=203.0.113.2 dst=203.0.113.9 type=0 code=0 id=26 mark=0 use=1
  icmp     1 T src=203.0.113.2 dst=203.0.113.1 type=8 code=0 id=23 src=203.0.113.1 dst=203.0.113.2 type=0 code=0 id=23 mark=0 use=1
  $ ip -n r link set r1 down
  $ ip netns exec r conntrack -L 2>&1 | sed -E 's/ 1 [0-9]+ / 1 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp     1 T src=192.168.2.2 dst=203.0.113.2 type=8 code=0 id=22 src=203.0.113.2 dst=203.0.113.9 type=0 code=0 id=22 mark=0 use=1
  icmp     1 T src=192.168.2.2 dst=203.0.113.2 type=8 code=0 id=26 src=203.0.113.2 dst=203.0.113.9 type=0 code=0 id=26 mark=0 use=1
  icmp     1 T src=203.0.113.2 dst=203.0.113.1 type=8 code=0 id=23 src=203.0.113.1 dst=203.0.113.2 type=0 code=0 id=23 mark=0 use=1
  $ sleep 3; ip netns exec r sed -E 's/ 1 [0-9]+ / 1 T /' ev.out | sort
  [DESTROY] icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=21 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=21
  [DESTROY] icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=24 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=24
  [DESTROY] icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=25 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=25
  conntrack v1.4.7 (conntrack-tools): 3 flow events have been shown.
