A route's mtu and 'mtu lock' against ping's -M modes on the sender: -M do is refused locally above a route mtu, locked or not; -M want sends an unlocked route's datagram that fits with DF, a locked one's without DF (the router fragments it) and fragments a larger one at the route mtu; a route mtu above the device's is capped by it for sending (ip route get shows the metric); the router's frag needed does not lower a locked route.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r link set r1 mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ ip -n a route add 10.2.0.0/24 via 10.1.0.1 mtu 1450
  $ ip netns exec a ping -c 1 -M do -s 1423 10.2.0.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/"
  ping: local error: message too long, mtu=1450
  PING 10.2.0.2 (10.2.0.2) 1423(1451) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Nms
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1422 10.2.0.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/"
  PING 10.2.0.2 (10.2.0.2) 1422(1450) bytes of data.
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Nms
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n a route flush cache
  $ ip -n a route change 10.2.0.0/24 via 10.1.0.1 mtu lock 1450
  $ ip -n a route show 10.2.0.0/24
  10.2.0.0/24 via 10.1.0.1 dev a0 mtu lock 1450 
  $ ip netns exec a ping -c 1 -W 1 -M want -s 1422 10.2.0.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/"
  PING 10.2.0.2 (10.2.0.2) 1422(1450) bytes of data.
  1430 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=T ms
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Nms
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1422 10.2.0.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/"
  PING 10.2.0.2 (10.2.0.2) 1422(1450) bytes of data.
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Nms
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache mtu lock 1450 
  $ ip netns exec a ping -c 1 -W 1 -M want -s 2000 10.2.0.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/"
  PING 10.2.0.2 (10.2.0.2) 2000(2028) bytes of data.
  2008 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=T ms
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Nms
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IcmpInDestUnreachs | tail -n +2
  IpFragOKs                       1                  0.0
  IpFragCreates                   2                  0.0
  IcmpInDestUnreachs              2                  0.0
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates IpFragFails | tail -n +2
  IpFragOKs                       2                  0.0
  IpFragFails                     2                  0.0
  IpFragCreates                   4                  0.0
  $ ip -n a route change 10.2.0.0/24 via 10.1.0.1 mtu 9000
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache mtu 9000 
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1600 10.2.0.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/"
  ping: sendmsg: No buffer space available
  PING 10.2.0.2 (10.2.0.2) 1600(1628) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Nms
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1472 10.2.0.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/"
  PING 10.2.0.2 (10.2.0.2) 1472(1500) bytes of data.
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Nms
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n a route change 10.2.0.0/24 via 10.1.0.1 mtu lock 9000
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1473 10.2.0.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/"
  PING 10.2.0.2 (10.2.0.2) 1473(1501) bytes of data.
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Nms
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache mtu lock 9000 
  $ ip -n a route change 10.2.0.0/24 via 10.1.0.1 mtu 67
  $ ip -n a route change 10.2.0.0/24 via 10.1.0.1 mtu 68
  $ ip -n a route show 10.2.0.0/24
  10.2.0.0/24 via 10.1.0.1 dev a0 mtu 68 
  $ ip netns exec a ping -c 1 -W 1 -M do -s 60 10.2.0.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/"
  ping: local error: message too long, mtu=68
  PING 10.2.0.2 (10.2.0.2) 60(88) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Nms
  $ ip -n a route change 10.2.0.0/24 via 10.1.0.1 mtu 65536
  $ ip -n a route show 10.2.0.0/24
  10.2.0.0/24 via 10.1.0.1 dev a0 mtu 65520 
  $ ip -n a route change 10.2.0.0/24 via 10.1.0.1 mtu 0
  $ ip -n a route show 10.2.0.0/24
  10.2.0.0/24 via 10.1.0.1 dev a0 
