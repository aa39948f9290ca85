ping sizes and path MTU across a router whose far link has MTU 1400: -s up to 65507 and past it, -M do/want/dont/probe against the router's fragmentation needed and the learnt route MTU ("Frag needed", "local error: message too long"), -s with -p patterns, -t, and the counters that follow (IcmpInDestUnreachs, fragments).
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip link add r1 netns r address 02:00:00:00:00:03 type veth peer name b0 netns b address 02:00:00:00:00:04
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n r link set r1 mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ ip -n a addr add 10.0.1.1/24 dev a0
  $ ip -n r addr add 10.0.1.254/24 dev r0
  $ ip -n r addr add 10.0.2.254/24 dev r1
  $ ip -n b addr add 10.0.2.1/24 dev b0
  $ ip -n a route add default via 10.0.1.254
  $ ip -n b route add default via 10.0.2.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ for n in r b; do ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0; done
  $ ip netns exec a ping -c 1 -s 1372 -M do 10.0.2.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/'
  PING 10.0.2.1 (10.0.2.1) 1372(1400) bytes of data.
  1380 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -s 1373 -M do 10.0.2.1 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.2.1 (10.0.2.1) 1373(1401) bytes of data.
  From 10.0.1.254 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ip route get 10.0.2.1 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache expires Nsec mtu 1400 
  $ ip netns exec a ping -c 1 -s 1373 -M do 10.0.2.1 | sed -E 's/time [0-9]+ms/time Tms/'
  ping: local error: message too long, mtu=1400
  PING 10.0.2.1 (10.0.2.1) 1373(1401) bytes of data.
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -s 1373 -M want 10.0.2.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/'
  PING 10.0.2.1 (10.0.2.1) 1373(1401) bytes of data.
  1381 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -s 1373 -M dont 10.0.2.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/'
  PING 10.0.2.1 (10.0.2.1) 1373(1401) bytes of data.
  1381 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -s 1373 10.0.2.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/'
  PING 10.0.2.1 (10.0.2.1) 1373(1401) bytes of data.
  1381 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 2 -i 0.3 -s 1473 -M do 10.0.2.1 | sed -E 's/time [0-9]+ms/time Tms/'
  ping: local error: message too long, mtu=1400
  ping: local error: message too long, mtu=1400
  PING 10.0.2.1 (10.0.2.1) 1473(1501) bytes of data.
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -s 65507 10.0.2.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/'
  PING 10.0.2.1 (10.0.2.1) 65507(65535) bytes of data.
  65515 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -s 65508 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 65508(65536) bytes of data.
  ping: local error: message too long, mtu=1400
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -s 65507 -M do 10.0.2.1 | sed -E 's/time [0-9]+ms/time Tms/'
  ping: local error: message too long, mtu=1400
  PING 10.0.2.1 (10.0.2.1) 65507(65535) bytes of data.
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -s 65507 -M dont 10.0.2.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/'
  PING 10.0.2.1 (10.0.2.1) 65507(65535) bytes of data.
  65515 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -s 2000 -p 0a0b 10.0.2.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/'
  PATTERN: 0x0a0b
  PING 10.0.2.1 (10.0.2.1) 2000(2028) bytes of data.
  2008 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -s 4 10.0.2.1 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.2.1 (10.0.2.1) 4(32) bytes of data.
  12 bytes from 10.0.2.1: icmp_seq=1 ttl=63
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  $ ip netns exec a ping -c 1 -s 4 -p ff 10.0.2.1 | sed -E 's/time [0-9]+ms/time Tms/'
  PATTERN: 0xff
  PING 10.0.2.1 (10.0.2.1) 4(32) bytes of data.
  12 bytes from 10.0.2.1: icmp_seq=1 ttl=63
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  $ ip netns exec a ping -c 1 -t 1 -s 1373 -M do 10.0.2.1 | sed -E 's/time [0-9]+ms/time Tms/'
  ping: local error: message too long, mtu=1400
  PING 10.0.2.1 (10.0.2.1) 1373(1401) bytes of data.
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -t 1 -s 1000 10.0.2.1 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.2.1 (10.0.2.1) 1000(1028) bytes of data.
  From 10.0.1.254 icmp_seq=1 Time to live exceeded
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -t 255 -s 1000 10.0.2.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/'
  PING 10.0.2.1 (10.0.2.1) 1000(1028) bytes of data.
  1008 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a nstat -az IcmpInDestUnreachs IcmpInTimeExcds IcmpOutEchos IcmpInEchoReps IpFragCreates IpReasmOKs | sed -E 's/ +/ /g'
  #kernel
  IpReasmOKs 6 0.0
  IpFragCreates 104 0.0
  IcmpInDestUnreachs 1 0.0
  IcmpInTimeExcds 1 0.0
  IcmpInEchoReps 10 0.0
  IcmpOutEchos 12 0.0
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates IcmpOutDestUnreachs IcmpOutTimeExcds | sed -E 's/ +/ /g'
  #kernel
  IpFragOKs 0 0.0
  IpFragCreates 0 0.0
  IcmpOutDestUnreachs 1 0.0
  IcmpOutTimeExcds 1 0.0
  $ ip netns exec b nstat -az IpReasmOKs IpReasmReqds IcmpOutEchoReps IpFragCreates | sed -E 's/ +/ /g'
  #kernel
  IpReasmReqds 104 0.0
  IpReasmOKs 6 0.0
  IpFragCreates 104 0.0
  IcmpOutEchoReps 10 0.0
