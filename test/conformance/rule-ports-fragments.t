Port rules meet fragments on a router (fib4_rules_early_flow_dissect()): the flow dissector gives no ports for any fragment, not even the first, so a forwarded 3000-byte UDP datagram to the port a dport rule names leaves by the default route in all its fragments while a small one takes the rule's table; an ipproto icmp rule takes every fragment of a big ping to the other uplink (the protocol is in each header; the reply's fragments are sent back there too, so the ping gets no answer); a sport 0 rule is refused (Invalid sport range); tcpdump on both uplinks, link counters and ip route get with and without ports.
  $ for n in h r u1 u2; do ip netns add $n; done
  $ ip link add h0 netns h address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add w1 netns r address 02:00:00:00:01:02 type veth peer name i1 netns u1 address 02:00:00:00:0b:01
  $ ip link add w2 netns r address 02:00:00:00:01:03 type veth peer name i2 netns u2 address 02:00:00:00:0c:01
  $ for n in h r u1 u2; do ip -n $n link set lo up; done
  $ ip -n h link set h0 up; for d in r0 w1 w2; do ip -n r link set $d up; done; ip -n u1 link set i1 up; ip -n u2 link set i2 up
  $ ip -n h addr add 192.168.1.2/24 dev h0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 100.64.1.2/24 dev w1
  $ ip -n r addr add 100.64.2.2/24 dev w2
  $ ip -n u1 addr add 100.64.1.1/24 dev i1
  $ ip -n u2 addr add 100.64.2.1/24 dev i2
  $ ip -n h route add default via 192.168.1.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route add default via 100.64.1.1
  $ ip -n r route add default via 100.64.2.1 table 200
  $ ip -n r rule add ipproto udp dport 5000 lookup 200 pref 100
  $ ip -n u1 route add default via 100.64.1.2
  $ ip -n u2 route add default via 100.64.2.2
  $ ip -n u1 addr add 8.8.8.8/32 dev lo
  $ ip -n u2 addr add 8.8.8.8/32 dev lo
  $ ip netns exec u1 tcpdump -n -i i1 -c 20 udp or icmp > u1.out 2>/dev/null &
  $ ip netns exec u2 tcpdump -n -i i2 -c 20 udp or icmp > u2.out 2>/dev/null &
  $ sleep 1
  $ ip netns exec h sh -c 'head -c 100 /dev/zero | nc -u -w1 8.8.8.8 5000'
  $ ip netns exec h sh -c 'head -c 3000 /dev/zero | nc -u -w1 8.8.8.8 5000'
  $ ip netns exec h sh -c 'head -c 100 /dev/zero | nc -u -w1 8.8.8.8 5001'
  $ sleep 1
  $ kill %1 %2; wait
  $ sed -E 's/^[0-9:.]* //; s/2\.([0-9]+) >/2.PORT >/' u1.out
  IP 192.168.1.2.PORT > 8.8.8.8.5000: UDP, length 3000
  IP 192.168.1.2 > 8.8.8.8: ip-proto-17
  IP 192.168.1.2 > 8.8.8.8: ip-proto-17
  IP 8.8.8.8 > 192.168.1.2: ICMP 8.8.8.8 udp port 5000 unreachable, length 556
  IP 192.168.1.2.PORT > 8.8.8.8.5001: UDP, length 100
  IP 8.8.8.8 > 192.168.1.2: ICMP 8.8.8.8 udp port 5001 unreachable, length 136
  $ sed -E 's/^[0-9:.]* //; s/2\.([0-9]+) >/2.PORT >/' u2.out
  IP 192.168.1.2.PORT > 8.8.8.8.5000: UDP, length 100
  IP 8.8.8.8 > 192.168.1.2: ICMP 8.8.8.8 udp port 5000 unreachable, length 136
  $ ip -n r rule del pref 100
  $ ip -n r rule add ipproto icmp lookup 200 pref 100
  $ ip netns exec h ping -c1 -W1 -s 3000 8.8.8.8 | sed -n 2p
  $ ip -n u1 -s link show i1 | sed -n 4p
            3810      11      0       0       0       0 
  $ ip -n u2 -s link show i2 | sed -n 4p
            6920      14      0       0       0       0 
  $ ip -n r rule del pref 100
  $ ip -n r rule add sport 0 lookup 200 pref 100
  Error: Invalid sport range.
  [2]
  $ ip netns exec h ping -c1 -W1 -s 3000 8.8.8.8 | sed -n 2p
  3008 bytes from 8.8.8.8: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip -n u1 -s link show i1 | sed -n 4p
            6920      14      0       0       0       0 
  $ ip -n u2 -s link show i2 | sed -n 4p
            6920      14      0       0       0       0 
  $ ip -n r route get 8.8.8.8 from 192.168.1.2 iif r0 ipproto udp dport 5000
  8.8.8.8 from 192.168.1.2 via 100.64.1.1 dev w1 
      cache iif r0 
  $ ip -n r route get 8.8.8.8 from 192.168.1.2 iif r0 ipproto udp
  8.8.8.8 from 192.168.1.2 via 100.64.1.1 dev w1 
      cache iif r0 
  $ ip -n r route get 8.8.8.8 from 192.168.1.2 iif r0
  8.8.8.8 from 192.168.1.2 via 100.64.1.1 dev w1 
      cache iif r0 
  $ ip -n r route get 8.8.8.8 ipproto udp sport 0
  8.8.8.8 via 100.64.1.1 dev w1 src 100.64.1.2 uid 0 
      cache 
  $ ip -n r route get 8.8.8.8 
  8.8.8.8 via 100.64.1.1 dev w1 src 100.64.1.2 uid 0 
      cache 
