Forwarding: per-device forwarding, TTL expiry, unreachable next hops, FORWARD policy and counters.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip link add r1 netns r address 02:00:00:00:00:03 type veth peer name b0 netns b address 02:00:00:00:00:04
  $ ip -n a link set a0 up; ip -n r link set r0 up; ip -n r link set r1 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.1/24 dev a0
  $ ip -n r addr add 10.0.1.254/24 dev r0
  $ ip -n r addr add 10.0.2.254/24 dev r1
  $ ip -n b addr add 10.0.2.1/24 dev b0
  $ ip -n a route add default via 10.0.1.254
  $ ip -n b route add default via 10.0.2.254
  $ ip netns exec a ping -c 1 -W 1 10.0.2.1 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r sysctl -w net.ipv4.conf.r0.forwarding=1
  net.ipv4.conf.r0.forwarding = 1
  $ ip netns exec a ping -c 1 -W 1 10.0.2.1 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r sysctl -w net.ipv4.conf.r0.forwarding=0 net.ipv4.conf.r1.forwarding=1
  net.ipv4.conf.r0.forwarding = 0
  net.ipv4.conf.r1.forwarding = 1
  $ ip netns exec a ping -c 1 -W 1 10.0.2.1 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r sysctl -w net.ipv4.ip_forward=1
  net.ipv4.ip_forward = 1
  $ ip netns exec r sysctl net.ipv4.conf.r0.forwarding net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding
  net.ipv4.conf.r0.forwarding = 1
  net.ipv4.conf.all.forwarding = 1
  net.ipv4.conf.default.forwarding = 1
  $ ip netns exec a ping -c 1 10.0.2.1 | sed -n 2p | sed -E 's/time=.*/time=X/'
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=X
  $ ip netns exec a ping -c 1 -t 1 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Time to live exceeded
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -t 2 10.0.2.1 | sed -n 2p | sed -E 's/time=.*/time=X/'
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=X
  $ ip netns exec a ping -c 1 -W 1 10.0.3.1
  PING 10.0.3.1 (10.0.3.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Destination Net Unreachable
  
  --- 10.0.3.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n r route add unreachable 10.0.4.0/24
  $ ip -n r route add prohibit 10.0.5.0/24
  $ ip -n r route add blackhole 10.0.6.0/24
  $ ip netns exec a ping -c 1 -W 1 10.0.4.1
  PING 10.0.4.1 (10.0.4.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Destination Host Unreachable
  
  --- 10.0.4.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -W 1 10.0.5.1
  PING 10.0.5.1 (10.0.5.1) 56(84) bytes of data.
  
  --- 10.0.5.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -W 1 10.0.6.1 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r iptables -P FORWARD DROP
  $ ip netns exec a ping -c 1 -W 1 10.0.2.1 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r iptables -A FORWARD -p icmp -j ACCEPT
  $ ip netns exec a ping -c 2 -i 0.2 10.0.2.1 | tail -2 | head -1
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r iptables -L FORWARD -v -n -x
  Chain FORWARD (policy DROP 1 packets, 84 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         4      336 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r iptables -I FORWARD -d 10.0.2.1 -j REJECT --reject-with icmp-host-prohibited
  $ ip netns exec a ping -c 1 -W 1 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Destination Host Prohibited
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r nstat -az IpForwDatagrams IpOutNoRoutes IpInAddrErrors IcmpOutTimeExcds IcmpOutDestUnreachs | tail -n +2
  IpInAddrErrors                  3                  0.0
  IpForwDatagrams                 11                 0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutDestUnreachs             3                  0.0
  IcmpOutTimeExcds                1                  0.0
