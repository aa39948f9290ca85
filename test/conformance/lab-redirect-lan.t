One LAN, two routers: a host's default route points to r1, but the server's network is behind r2 on the same LAN; r1 forwards the first packet back out the interface it came in and sends an ICMP redirect; the host learns a cached next hop (ip route get shows it, the neighbour table gains r2), with accept_redirects and secure_redirects and send_redirects toggled; counters and a capture on the LAN.
  $ for n in h r1 r2 s lan; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip -n lan link add br0 address 02:00:00:00:00:fe type bridge; ip -n lan link set br0 up
  $ ip link add eth0 netns h address 02:00:00:00:00:01 type veth peer name p1 netns lan
  $ ip link add eth0 netns r1 address 02:00:00:00:00:02 type veth peer name p2 netns lan
  $ ip link add eth0 netns r2 address 02:00:00:00:00:03 type veth peer name p3 netns lan
  $ ip link add eth1 netns r2 address 02:00:00:00:01:03 type veth peer name eth0 netns s address 02:00:00:00:01:04
  $ for p in p1 p2 p3; do ip -n lan link set $p master br0 up; done
  $ for n in h r1 r2 s; do ip -n $n link set eth0 up; done; ip -n r2 link set eth1 up
  $ ip -n h addr add 10.0.0.10/24 dev eth0; ip -n h route add default via 10.0.0.1
  $ ip -n r1 addr add 10.0.0.1/24 dev eth0; ip -n r1 route add 10.9.0.0/24 via 10.0.0.2
  $ ip -n r2 addr add 10.0.0.2/24 dev eth0; ip -n r2 addr add 10.9.0.1/24 dev eth1
  $ ip -n s addr add 10.9.0.2/24 dev eth0; ip -n s route add default via 10.9.0.1
  $ for n in r1 r2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip netns exec h sysctl net.ipv4.conf.all.accept_redirects net.ipv4.conf.eth0.accept_redirects net.ipv4.conf.all.secure_redirects
  net.ipv4.conf.all.accept_redirects = 1
  net.ipv4.conf.eth0.accept_redirects = 1
  net.ipv4.conf.all.secure_redirects = 1
  $ ip netns exec r1 sysctl net.ipv4.conf.all.send_redirects net.ipv4.conf.eth0.send_redirects
  net.ipv4.conf.all.send_redirects = 1
  net.ipv4.conf.eth0.send_redirects = 1
  $ ip -n h route get 10.9.0.2
  10.9.0.2 via 10.0.0.1 dev eth0 src 10.0.0.10 uid 0 
      cache 
  $ ip netns exec lan tcpdump -nn -i p1 -c 3 icmp > d1 2>/dev/null &
  $ sleep 1; ip netns exec h ping -c 1 -W 1 10.9.0.2 | sed -E 's/time=.*//; s/, time.*//; /rtt/d'
  PING 10.9.0.2 (10.9.0.2) 56(84) bytes of data.
  From 10.0.0.1: icmp_seq=1 Redirect Host(New nexthop: 10.0.0.2)
  64 bytes from 10.9.0.2: icmp_seq=1 ttl=63 
  
  --- 10.9.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss
  $ wait; sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id ID/' d1
  IP 10.0.0.10 > 10.9.0.2: ICMP echo request, id ID, seq 1, length 64
  IP 10.0.0.1 > 10.0.0.10: ICMP redirect 10.9.0.2 to host 10.0.0.2, length 92
  IP 10.9.0.2 > 10.0.0.10: ICMP echo reply, id ID, seq 1, length 64
  $ ip -n h route get 10.9.0.2
  10.9.0.2 via 10.0.0.1 dev eth0 src 10.0.0.10 uid 0 
      cache 
  $ ip netns exec h nstat -az IcmpInRedirects IcmpInEchoReps | sed 1d
  IcmpInRedirects                 1                  0.0
  IcmpInEchoReps                  1                  0.0
  $ ip netns exec r1 nstat -az IcmpOutRedirects IpForwDatagrams | sed 1d
  IpForwDatagrams                 1                  0.0
  IcmpOutRedirects                1                  0.0
  $ ip -n h neigh show | sort
  10.0.0.1 dev eth0 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.2 dev eth0 lladdr 02:00:00:00:00:03 REACHABLE 
  $ ip netns exec h ping -c 2 -i 0.2 -W 1 10.9.0.2 | sed -E 's/time=.*//; s/, time.*//; /rtt/d'
  PING 10.9.0.2 (10.9.0.2) 56(84) bytes of data.
  From 10.0.0.1: icmp_seq=1 Redirect Host(New nexthop: 10.0.0.2)
  64 bytes from 10.9.0.2: icmp_seq=1 ttl=63 
  64 bytes from 10.9.0.2: icmp_seq=2 ttl=63 
  
  --- 10.9.0.2 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss
  $ ip netns exec r1 nstat -az IcmpOutRedirects IpForwDatagrams | sed 1d
  IpForwDatagrams                 2                  0.0
  IcmpOutRedirects                2                  0.0
  $ ip -n h route flush cache; ip -n h route get 10.9.0.2
  10.9.0.2 via 10.0.0.1 dev eth0 src 10.0.0.10 uid 0 
      cache 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.accept_redirects=0
  $ ip netns exec h ping -c 1 -W 1 10.9.0.2 | sed -n 2p | sed -E 's/time=.*//'
  From 10.0.0.1: icmp_seq=1 Redirect Host(New nexthop: 10.0.0.2)
  $ ip -n h route get 10.9.0.2
  10.9.0.2 via 10.0.0.2 dev eth0 src 10.0.0.10 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.accept_redirects=1
  $ ip netns exec r1 sysctl -qw net.ipv4.conf.all.send_redirects=0
  $ ip netns exec h ping -c 1 -W 1 10.9.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.9.0.2: icmp_seq=1 ttl=63 
  $ ip -n h route get 10.9.0.2
  10.9.0.2 via 10.0.0.2 dev eth0 src 10.0.0.10 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec r1 sysctl -qw net.ipv4.conf.eth0.send_redirects=0
  $ ip netns exec h ping -c 1 -W 1 10.9.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.9.0.2: icmp_seq=1 ttl=63 
  $ ip -n h route get 10.9.0.2
  10.9.0.2 via 10.0.0.2 dev eth0 src 10.0.0.10 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec r1 nstat -az IcmpOutRedirects | sed 1d
  IcmpOutRedirects                3                  0.0
  $ ip netns exec h nstat -az IcmpInRedirects | sed 1d
  IcmpInRedirects                 3                  0.0
  $ ip -n r1 -s link show eth0 | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
             756       8      0       0       0       0 
