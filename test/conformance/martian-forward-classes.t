Which special addresses a router forwards (rp_filter off, a default route both ways): class E (240/4) and 0/8 sources and destinations other than 0.0.0.0 are ordinary unicast since 5.3 and are forwarded, link-local 169.254/16 too; 127/8 destinations, multicast and limited-broadcast sources, 0.0.0.0 either way and groups nobody joined are refused; a directed broadcast of another subnet needs bc_forwarding. Packets with such sources (made by SNAT) cross the router.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.2/24 dev a0; ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n b addr add 10.2.0.2/24 dev b0; ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n a route add default via 10.1.0.1; ip -n b route add default via 10.2.0.1
  $ ip -n r route add default via 10.2.0.2
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ for d in 240.0.0.1 255.255.255.254 0.1.2.3 169.254.1.1 127.0.0.1 127.255.255.255 224.1.1.1 239.255.255.250 0.0.0.0 10.2.0.255 10.2.0.0; do printf '%s: ' $d; ip -n r route get $d from 10.1.0.2 iif r0 2>&1 | head -1; done
  240.0.0.1: 240.0.0.1 from 10.1.0.2 via 10.2.0.2 dev r1 
  255.255.255.254: 255.255.255.254 from 10.1.0.2 via 10.2.0.2 dev r1 
  0.1.2.3: 0.1.2.3 from 10.1.0.2 via 10.2.0.2 dev r1 
  169.254.1.1: 169.254.1.1 from 10.1.0.2 via 10.2.0.2 dev r1 
  127.0.0.1: RTNETLINK answers: Invalid argument
  127.255.255.255: RTNETLINK answers: Invalid argument
  224.1.1.1: RTNETLINK answers: Invalid argument
  239.255.255.250: RTNETLINK answers: Invalid argument
  0.0.0.0: RTNETLINK answers: Invalid argument
  10.2.0.255: broadcast 10.2.0.255 from 10.1.0.2 dev lo 
  10.2.0.0: 10.2.0.0 from 10.1.0.2 dev r1 
  $ for s in 240.0.0.1 255.255.255.254 0.1.2.3 169.254.1.1 127.0.0.1 224.1.1.1 255.255.255.255 0.0.0.0 10.2.0.255 10.1.0.255 10.1.0.0; do printf '%s: ' $s; ip -n r route get 10.2.0.2 from $s iif r0 2>&1 | head -1; done
  240.0.0.1: 10.2.0.2 from 240.0.0.1 dev r1 
  255.255.255.254: 10.2.0.2 from 255.255.255.254 dev r1 
  0.1.2.3: 10.2.0.2 from 0.1.2.3 dev r1 
  169.254.1.1: 10.2.0.2 from 169.254.1.1 dev r1 
  127.0.0.1: RTNETLINK answers: Invalid argument
  224.1.1.1: RTNETLINK answers: Invalid argument
  255.255.255.255: RTNETLINK answers: Invalid argument
  0.0.0.0: RTNETLINK answers: Invalid argument
  10.2.0.255: 10.2.0.2 from 10.2.0.255 dev r1 
  10.1.0.255: 10.2.0.2 from 10.1.0.255 dev r1 
  10.1.0.0: 10.2.0.2 from 10.1.0.0 dev r1 
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.bc_forwarding=1 net.ipv4.conf.r1.bc_forwarding=1
  $ ip -n r route get 10.2.0.255 from 10.1.0.2 iif r0
  broadcast 10.2.0.255 from 10.1.0.2 dev lo 
      cache <local,brd> iif r0 
  $ ip netns exec b sh -c 'tcpdump -n -l -i b0 icmp > b0.cap 2>/dev/null & sleep 0.3'
  $ ip netns exec a iptables -t nat -A POSTROUTING -o a0 -p icmp -j SNAT --to-source 240.0.0.7
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a iptables -t nat -R POSTROUTING 1 -o a0 -p icmp -j SNAT --to-source 0.1.2.3
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a iptables -t nat -R POSTROUTING 1 -o a0 -p icmp -j SNAT --to-source 224.0.0.7
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ sleep 0.5; sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id N/' b0.cap
  IP 240.0.0.7 > 10.2.0.2: ICMP echo request, id N, seq 1, length 64
  IP 10.2.0.2 > 240.0.0.7: ICMP echo reply, id N, seq 1, length 64
  IP 10.2.0.1 > 10.2.0.2: ICMP redirect 240.0.0.7 to host 10.2.0.2, length 92
  IP 10.2.0.2 > 240.0.0.7: ICMP echo reply, id N, seq 1, length 64
  IP 0.1.2.3 > 10.2.0.2: ICMP echo request, id N, seq 1, length 64
  IP 10.2.0.2 > 0.1.2.3: ICMP echo reply, id N, seq 1, length 64
  IP 10.2.0.1 > 10.2.0.2: ICMP redirect 0.1.2.3 to host 10.2.0.2, length 92
  IP 10.2.0.2 > 0.1.2.3: ICMP echo reply, id N, seq 1, length 64
  $ ip netns exec r nstat -az IpForwDatagrams IpInAddrErrors IpOutNoRoutes | tail -n +2
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 4                  0.0
  IpOutNoRoutes                   0                  0.0
