ping across a router with -v (the quoted IP header of an ICMP error dumped), -Q TOS carried to the reply and seen by tcpdump -v, -T tsprespec naming the router, ping of the subnet's network address and of the router's far address, and the router's counters.
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
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0
  $ ip netns exec a ping -c 1 -v -t 1 -e 77 10.0.2.1 2>/dev/null | sed -E 's/time [0-9]+ms/time Tms/'
  ai->ai_family: AF_INET, ai->ai_canonname: '10.0.2.1'
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Time to live exceeded
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -v -e 77 -W 1 10.0.9.9 2>/dev/null | sed -E 's/time [0-9]+ms/time Tms/'
  ai->ai_family: AF_INET, ai->ai_canonname: '10.0.9.9'
  PING 10.0.9.9 (10.0.9.9) 56(84) bytes of data.
  
  --- 10.0.9.9 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -v -e 78 -n 10.0.2.1 2>/dev/null | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X ms/'
  ai->ai_family: AF_INET, ai->ai_canonname: '10.0.2.1'
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ident=78 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec b tcpdump -c 2 -nv -i b0 icmp > td.txt 2>/dev/null & sleep 0.5; ip netns exec a ping -c 1 -Q 0x28 -p 11 10.0.2.1 > /dev/null; wait; sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id N/; s/cksum 0x[0-9a-f]+/cksum X/; s/, seq 1, length/, seq 1, length/; s/ id [0-9]+, seq/ id N, seq/' td.txt
  IP (tos 0x28, ttl 63, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.1.1 > 10.0.2.1: ICMP echo request, id N, seq 1, length 64
  IP (tos 0x28, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 84)
      10.0.2.1 > 10.0.1.1: ICMP echo reply, id N, seq 1, length 64
  $ ip netns exec a ping -c 1 -T tsprespec 10.0.1.254 10.0.2.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X ms/; s/[0-9]+ absolute/N absolute/; s/\t[0-9]+$/\tN/'
  PING 10.0.2.1 (10.0.2.1) 56(124) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  TS: 	10.0.1.254	N absolute
  
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -T tsprespec 10.0.2.254 10.0.2.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X ms/; s/[0-9]+ absolute/N absolute/; s/\t[0-9]+$/\tN/'
  PING 10.0.2.1 (10.0.2.1) 56(124) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  TS: 	10.0.2.254	N absolute
  
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -W 1 10.0.1.0 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.1.0 (10.0.1.0) 56(84) bytes of data.
  
  --- 10.0.1.0 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 10.0.2.254 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X ms/'
  PING 10.0.2.254 (10.0.2.254) 56(84) bytes of data.
  64 bytes from 10.0.2.254: icmp_seq=1 ttl=64 time=T ms
  
  --- 10.0.2.254 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -W 1 10.0.2.0 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X ms/'
  PING 10.0.2.0 (10.0.2.0) 56(84) bytes of data.
  
  --- 10.0.2.0 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -W 1 10.0.2.255 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X ms/'
  PING 10.0.2.255 (10.0.2.255) 56(84) bytes of data.
  
  --- 10.0.2.255 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -W 1 -b 10.0.2.255 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X ms/'
  PING 10.0.2.255 (10.0.2.255) 56(84) bytes of data.
  
  --- 10.0.2.255 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ sleep 3; ip netns exec r nstat -az IcmpOutTimeExcds IcmpOutDestUnreachs IcmpInEchos IcmpOutEchoReps IpForwDatagrams IpInAddrErrors IpInHdrErrors IpOutNoRoutes | tail -n +2
  IpInHdrErrors                   1                  0.0
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 9                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpInEchos                     3                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutTimeExcds                1                  0.0
  IcmpOutEchoReps                 1                  0.0
  $ ip netns exec a nstat -az IcmpInTimeExcds IcmpInDestUnreachs IcmpInEchoReps IcmpOutEchos IcmpInErrors | tail -n +2
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              2                  0.0
  IcmpInTimeExcds                 1                  0.0
  IcmpInEchoReps                  5                  0.0
  IcmpOutEchos                    11                 0.0
