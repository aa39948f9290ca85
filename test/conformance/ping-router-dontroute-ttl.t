ping through a router with SO_DONTROUTE (-r), a bound device (-I) and a source address, ttl edges (-t 1/2/255), and the tos of the time exceeded error (tcpdump -v).
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -c 1 -W 1 -r 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 56(84) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -W 1 -r 10.1.0.1 | sed -n 2p
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -I a0 10.2.0.2 | sed -n 1,2p
  PING 10.2.0.2 (10.2.0.2) from 10.1.0.2 a0: 56(84) bytes of data.
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -I 10.1.0.2 10.2.0.2 | sed -n 1,2p
  PING 10.2.0.2 (10.2.0.2) from 10.1.0.2 : 56(84) bytes of data.
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -I lo 10.2.0.2
  ping: Warning: source address might be selected on device other than: lo
  PING 10.2.0.2 (10.2.0.2) from 10.1.0.2 lo: 56(84) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r tcpdump -l -n -t -v -i r0 icmp > r0.out 2> r0.err &
  $ sleep 1
  $ ip netns exec a ping -c 1 -W 1 -t 1 -Q 0x28 10.2.0.2 | sed -n 2p
  From 10.1.0.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec a ping -c 1 -W 1 -t 2 10.2.0.2 | sed -n 2p
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -t 255 10.2.0.2 | sed -n 2p
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ sleep 0.5; kill %1; wait
  $ sed -E 's/id [0-9]+/id N/g' r0.out
  IP (tos 0x28, ttl 1, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 64
  IP (tos 0xc8, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 112)
      10.1.0.1 > 10.1.0.2: ICMP time exceeded in-transit, length 92
  	IP (tos 0x28, ttl 1, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 64
  IP (tos 0x0, ttl 2, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 64
  IP (tos 0x0, ttl 63, id N, offset 0, flags [none], proto ICMP (1), length 84)
      10.2.0.2 > 10.1.0.2: ICMP echo reply, id N, seq 1, length 64
  IP (tos 0x0, ttl 255, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 64
  IP (tos 0x0, ttl 63, id N, offset 0, flags [none], proto ICMP (1), length 84)
      10.2.0.2 > 10.1.0.2: ICMP echo reply, id N, seq 1, length 64
  $ ip netns exec a ping -c 1 -W 1 -t 0 10.2.0.2
  ping: cannot set unicast time-to-live: Invalid argument
  [2]
  $ ip netns exec a ping -c 1 -W 1 -t 256 10.2.0.2
  ping: invalid argument: '256': out of range: 0 <= value <= 255
  [1]
