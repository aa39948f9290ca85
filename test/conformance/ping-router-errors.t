ping through a router: TTL exceeded, unreachables, fragmentation needed, record route, statistics and exit statuses.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip link add r1 netns r address 02:00:00:00:00:03 type veth peer name b0 netns b address 02:00:00:00:00:04
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.1.1/24 dev a0
  $ ip -n r addr add 10.0.1.254/24 dev r0
  $ ip -n r addr add 10.0.2.254/24 dev r1
  $ ip -n b addr add 10.0.2.1/24 dev b0
  $ ip -n a route add default via 10.0.1.254
  $ ip -n b route add default via 10.0.2.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ for n in r b; do ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0; done
  $ ip -n r link set r1 mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ ip netns exec a ping -c 2 -i 0.2 -t 1 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Time to live exceeded
  From 10.0.1.254 icmp_seq=2 Time to live exceeded
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -t 2 10.0.2.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 2 -i 0.2 -n 10.0.9.9
  PING 10.0.9.9 (10.0.9.9) 56(84) bytes of data.
  
  --- 10.0.9.9 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r ip route add unreachable 10.0.8.0/24
  $ ip netns exec r ip route add prohibit 10.0.7.0/24
  $ ip netns exec r ip route add blackhole 10.0.6.0/24
  $ ip netns exec a ping -c 1 -n 10.0.8.1
  PING 10.0.8.1 (10.0.8.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Destination Host Unreachable
  
  --- 10.0.8.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -n 10.0.7.1
  PING 10.0.7.1 (10.0.7.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Packet filtered
  
  --- 10.0.7.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -n -W 1 10.0.6.1
  PING 10.0.6.1 (10.0.6.1) 56(84) bytes of data.
  
  --- 10.0.6.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -n -W 1 10.0.2.9
  PING 10.0.2.9 (10.0.2.9) 56(84) bytes of data.
  
  --- 10.0.2.9 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 2 -i 0.2 -s 1400 -M do 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  From 10.0.1.254 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  ping: local error: message too long, mtu=1400
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -s 1400 -M do 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  ping: local error: message too long, mtu=1400
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.2.1 via 10.0.1.254 dev a0 
      cache expires Nsec mtu 1400 
  $ ip netns exec a ping -c 1 -s 1400 -M dont 10.0.2.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  1408 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -R 10.0.2.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  PING 10.0.2.1 (10.0.2.1) 56(124) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  RR: 	10.0.1.1
  	10.0.2.254
  	10.0.2.1
  	10.0.2.1
  	10.0.1.254
  	10.0.1.1
  
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -R -t 1 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(124) bytes of data.
  From 10.0.1.254 icmp_seq=1 Time to live exceeded
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r iptables -A FORWARD -p icmp -j REJECT --reject-with icmp-host-prohibited
  $ ip netns exec a ping -c 1 -n 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Destination Host Prohibited
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r iptables -R FORWARD 1 -p icmp -j REJECT --reject-with icmp-port-unreachable
  $ ip netns exec a ping -c 1 -n 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Destination Port Unreachable
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r iptables -R FORWARD 1 -p icmp -j REJECT --reject-with icmp-net-prohibited
  $ ip netns exec a ping -c 1 -n 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Destination Net Prohibited
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r iptables -R FORWARD 1 -p icmp -j REJECT --reject-with icmp-proto-unreachable
  $ ip netns exec a ping -c 1 -n 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Destination Protocol Unreachable
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r iptables -F
  $ ip netns exec a ping -c 3 -i 0.2 -w 2 10.0.2.1 | tail -2 | sed -E 's/time [0-9]+ms/time Tms/; s/= .*/= X/'
  3 packets transmitted, 3 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X
  $ ip netns exec a ping -w 1 -i 0.3 -n 10.0.9.9 | tail -2 | sed -E 's/time [0-9]+ms/time Tms/'
  4 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a ping -c 2 -i 0.2 -q 10.0.8.1
  PING 10.0.8.1 (10.0.8.1) 56(84) bytes of data.
  
  --- 10.0.8.1 ping statistics ---
  2 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -v -n 10.0.8.1
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '10.0.8.1'
  PING 10.0.8.1 (10.0.8.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Destination Host Unreachable
  
  --- 10.0.8.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -O -n -W 1 10.0.6.1
  PING 10.0.6.1 (10.0.6.1) 56(84) bytes of data.
  
  --- 10.0.6.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 2 -i 0.2 -D -n 10.0.2.1 | sed -E 's/^\[[0-9.]+\]/[TS]/; s/time=[0-9.]+ ms/time=T ms/'
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  [TS] 64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  [TS] 64 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -a -n 10.0.2.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -U -n 10.0.2.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
