Random differential scenario (seed 21): ICMP redirects on a shared LAN (bridge in namespace s): host a sends through router r, whose route to b's network goes back out the same LAN via gateway g. Random send/accept/secure_redirects and shared_media on every level, a's forwarding, g's address on or off a's subnet, secondaries on r, route flush: ping's output, a's route cache (ip route get, ip route show cache), what a sees (tcpdump -v) and the counters of a and r.

  $ for n in s a r g b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n s link add sw type bridge; ip -n s link set sw up
  $ for x in 'a 01' 'r 02' 'g 03'; do set -- $x; ip link add ${1}0 netns $1 address 02:00:00:00:00:$2 type veth peer name p$1 netns s; ip -n s link set p$1 master sw up; ip -n $1 link set ${1}0 up; ip -n $1 link set lo up; done
  $ ip link add g1 netns g address 02:00:00:00:01:03 type veth peer name b0 netns b address 02:00:00:00:01:04; ip -n g link set g1 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n r addr add 10.0.0.254/24 dev r0; ip -n b addr add 10.1.0.2/24 dev b0; ip -n g addr add 10.1.0.1/24 dev g1
  $ ip -n g addr add 10.0.0.3/24 dev g0; ip -n r route add 10.1.0.0/24 via 10.0.0.3
  $ ip -n a route add default via 10.0.0.254; ip -n b route add default via 10.1.0.1; for n in r g; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip -n g route add default via 10.0.0.254 2>/dev/null; true
  $ ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:00:02 dev a0; ip -n a neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev r0; ip -n g neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev g0; ip -n b neigh add 10.1.0.1 lladdr 02:00:00:00:01:03 dev b0; ip -n g neigh add 10.1.0.2 lladdr 02:00:00:00:01:04 dev g1
  $ ip netns exec a sysctl -qw net.ipv4.conf.all.log_martians=1
  $ ip netns exec a sysctl -qw net.ipv4.conf.all.secure_redirects=0
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.shared_media=0
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.accept_redirects=0
  $ ip netns exec a sysctl -qw net.ipv4.conf.all.shared_media=0
  $ ip netns exec a tcpdump -l -n -t -v -i a0 icmp > a.txt 2>/dev/null & sleep 0.5

  $ ip -n a route flush cache
  $ ip -n a route get 10.0.0.3
  10.0.0.3 dev a0 src 10.0.0.1 uid 0 
      cache 

  $ ip netns exec a ping -c 1 -W 1 10.1.0.2 2>&1 | sed -E 's/time=[0-9.]+ ms/time=T/; s/time [0-9]+ms/time T/; /^rtt|^$/d'; sleep 0.7
  PING 10.1.0.2 (10.1.0.2) 56(84) bytes of data.
  From 10.0.0.254: icmp_seq=1 Redirect Host(New nexthop: 10.0.0.3)
  64 bytes from 10.1.0.2: icmp_seq=1 ttl=63 time=T
  --- 10.1.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time T
  $ ip -n a route get 10.1.0.2
  10.1.0.2 via 10.0.0.254 dev a0 src 10.0.0.1 uid 0 
      cache 

  $ echo x | ip netns exec a socat -u - UDP-SENDTO:10.0.0.3:9,sourceport=5555; sleep 0.7

  $ ip netns exec a ping -c 1 -W 1 -s 8 10.1.0.1 2>&1 | sed -E 's/time=[0-9.]+ ms/time=T/; s/time [0-9]+ms/time T/; /^rtt|^$/d'; sleep 0.7
  PING 10.1.0.1 (10.1.0.1) 8(36) bytes of data.
  From 10.0.0.254: icmp_seq=1 Redirect Host(New nexthop: 10.0.0.3)
  16 bytes from 10.1.0.1: icmp_seq=1 ttl=64
  --- 10.1.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time T
  $ sleep 0.1; ip -n a route show cache; ip -n a -s route get 10.1.0.2 | sed -E 's/expires [0-9]+sec/expires Xsec/'
  10.1.0.2 via 10.0.0.254 dev a0 src 10.0.0.1 uid 0 
      cache users 2 age *sec  (glob)
  $ sleep 0.3; kill %1; wait; sed -E 's/id [0-9]+,/id X,/; s/, id [0-9]+, seq/, id X, seq/' a.txt
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.1.0.2: ICMP echo request, id X, seq 1, length 64
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 112)
      10.0.0.254 > 10.0.0.1: ICMP redirect 10.1.0.2 to host 10.0.0.3, length 92
  	IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.1.0.2: ICMP echo request, id X, seq 1, length 64
  IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.1.0.2: ICMP echo request, id X, seq 1, length 64
  IP (tos 0x0, ttl 63, id X, offset 0, flags [none], proto ICMP (1), length 84)
      10.1.0.2 > 10.0.0.1: ICMP echo reply, id X, seq 1, length 64
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 58)
      10.0.0.3 > 10.0.0.1: ICMP 10.0.0.3 udp port 9 unreachable, length 38
  	IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.5555 > 10.0.0.3.9: UDP, length 2
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto ICMP (1), length 36)
      10.0.0.1 > 10.1.0.1: ICMP echo request, id X, seq 1, length 16
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 64)
      10.0.0.254 > 10.0.0.1: ICMP redirect 10.1.0.1 to host 10.0.0.3, length 44
  	IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto ICMP (1), length 36)
      10.0.0.1 > 10.1.0.1: ICMP echo request, id X, seq 1, length 16
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 36)
      10.1.0.1 > 10.0.0.1: ICMP echo reply, id X, seq 1, length 16
  $ for n in a r; do ip netns exec $n nstat -a | grep '^Icmp\|^IpExtInNoRoutes\|IpOutNoRoutes' | awk '{print $1, $2}'; done
  IcmpInMsgs 5
  IcmpInDestUnreachs 1
  IcmpInRedirects 2
  IcmpInEchoReps 2
  IcmpOutMsgs 2
  IcmpOutEchos 2
  IcmpMsgInType0 2
  IcmpMsgInType3 1
  IcmpMsgInType5 2
  IcmpMsgOutType8 2
  IcmpOutMsgs 2
  IcmpOutRedirects 2
  IcmpMsgOutType5 2
