A path MTU lab: client - r1 - (mtu 1400 link) - r2 - server. Pings with DF (ping -M do) learn the path MTU from r1's "fragmentation needed", without DF (-M dont) r1 fragments, -M want falls back; tracepath shows the pmtu per hop; ip route get shows the cached mtu and its expiry; the fragment counters of r1 and reassembly counters of the server; tcpdump on the narrow link.
  $ for n in c r1 r2 s; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add eth0 netns c address 02:00:00:00:00:01 type veth peer name lan netns r1 address 02:00:00:00:01:01
  $ ip link add wan netns r1 address 02:00:00:00:01:02 type veth peer name wan netns r2 address 02:00:00:00:02:01
  $ ip link add lan netns r2 address 02:00:00:00:02:02 type veth peer name eth0 netns s address 02:00:00:00:03:01
  $ ip -n c link set eth0 up; ip -n s link set eth0 up
  $ for n in r1 r2; do ip -n $n link set lan up; ip -n $n link set wan up mtu 1400; ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip -n c addr add 10.1.0.2/24 dev eth0; ip -n c route add default via 10.1.0.1
  $ ip -n r1 addr add 10.1.0.1/24 dev lan; ip -n r1 addr add 10.12.0.1/30 dev wan; ip -n r1 route add 10.2.0.0/24 via 10.12.0.2
  $ ip -n r2 addr add 10.2.0.1/24 dev lan; ip -n r2 addr add 10.12.0.2/30 dev wan; ip -n r2 route add 10.1.0.0/24 via 10.12.0.1
  $ ip -n s addr add 10.2.0.2/24 dev eth0; ip -n s route add default via 10.2.0.1
  $ ip -n r1 link show wan | head -1
  3: wan@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1400 qdisc noqueue state UP mode DEFAULT group default qlen 1000
  $ ip netns exec c ping -c 1 -W 1 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=62 
  $ ip -n c route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev eth0 src 10.1.0.2 uid 0 
      cache 
  $ ip netns exec c ping -c 1 -W 1 -s 1400 -M do 10.2.0.2 | sed -E 's/time=.*//; s/, time.*//; /rtt/d'
  PING 10.2.0.2 (10.2.0.2) 1400(1428) bytes of data.
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss
  $ ip -n c route get 10.2.0.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.2 via 10.1.0.1 dev eth0 src 10.1.0.2 uid 0 
      cache expires Nsec mtu 1400 
  $ ip netns exec c ping -c 1 -W 1 -s 1400 -M do 10.2.0.2 | sed -E 's/time=.*//; s/, time.*//; /rtt/d'
  ping: local error: message too long, mtu=1400
  PING 10.2.0.2 (10.2.0.2) 1400(1428) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss
  $ ip netns exec c ping -c 1 -W 1 -s 1372 -M do 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  1380 bytes from 10.2.0.2: icmp_seq=1 ttl=62 
  $ ip netns exec c ping -c 1 -W 1 -s 1373 -M do 10.2.0.2 2>&1 | sed -n 2p
  ping: local error: message too long, mtu=1400
  $ ip netns exec r1 nstat -az IcmpOutDestUnreachs IpFragOKs IpFragCreates IpFragFails IcmpOutMsgs | sed 1d
  IpFragOKs                       0                  0.0
  IpFragFails                     1                  0.0
  IpFragCreates                   0                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  $ ip netns exec r1 tcpdump -nn -i wan -c 4 icmp > d1 2>/dev/null &
  $ sleep 1; ip netns exec c ping -c 1 -W 1 -s 2000 -M want 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  2008 bytes from 10.2.0.2: icmp_seq=1 ttl=62 
  $ wait; sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id ID/' d1
  IP 10.1.0.2 > 10.2.0.2: ICMP echo request, id ID, seq 1, length 1376
  IP 10.1.0.2 > 10.2.0.2: ip-proto-1
  IP 10.2.0.2 > 10.1.0.2: ICMP echo reply, id ID, seq 1, length 1376
  IP 10.2.0.2 > 10.1.0.2: ip-proto-1
  $ ip netns exec s nstat -az IpReasmReqds IpReasmOKs IpReasmFails | sed 1d
  IpReasmReqds                    2                  0.0
  IpReasmOKs                      1                  0.0
  IpReasmFails                    0                  0.0
  $ ip netns exec r1 nstat -az IpFragOKs IpFragCreates IpFragFails | sed 1d
  IpFragOKs                       0                  0.0
  IpFragFails                     1                  0.0
  IpFragCreates                   0                  0.0
  $ ip -n c route flush cache
  $ ip -n c route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev eth0 src 10.1.0.2 uid 0 
      cache 
  $ ip netns exec c ping -c 1 -W 1 -s 2000 -M dont 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  2008 bytes from 10.2.0.2: icmp_seq=1 ttl=62 
  $ ip -n c route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev eth0 src 10.1.0.2 uid 0 
      cache 
  $ ip netns exec r1 nstat -az IpFragOKs IpFragCreates IcmpOutDestUnreachs | sed 1d
  IpFragOKs                       1                  0.0
  IpFragCreates                   2                  0.0
  IcmpOutDestUnreachs             1                  0.0
  $ ip netns exec c tracepath -n 10.2.0.2 | sed -E 's/ +[0-9.]+ms/ Nms/; s/ +$//'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.1.0.1 Nms
   1:  10.1.0.1 Nms
   2:  10.1.0.1 Nms pmtu 1400
   2:  10.12.0.2 Nms
   3:  10.2.0.2 Nms reached
       Resume: pmtu 1400 hops 3 back 3
  $ ip -n c route get 10.2.0.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.2 via 10.1.0.1 dev eth0 src 10.1.0.2 uid 0 
      cache expires Nsec mtu 1400 
  $ ip netns exec c ping -c 1 -W 1 -s 1500 -M do 10.2.0.2 2>&1 | sed -E 's/time=.*//; s/, time.*//; /rtt/d'
  PING 10.2.0.2 (10.2.0.2) 1500(1528) bytes of data.
  ping: local error: message too long, mtu=1400
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss
  $ ip netns exec c sysctl -qw net.ipv4.ip_no_pmtu_disc=1
  $ ip -n c route flush cache
  $ ip netns exec c ping -c 1 -W 1 -s 2000 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  2008 bytes from 10.2.0.2: icmp_seq=1 ttl=62 
  $ ip -n c route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev eth0 src 10.1.0.2 uid 0 
      cache 
  $ ip netns exec r1 iptables -A FORWARD -p icmp --icmp-type fragmentation-needed -j DROP
  $ ip netns exec c sysctl -qw net.ipv4.ip_no_pmtu_disc=0
  $ ip netns exec c ping -c 1 -W 1 -s 1500 -M do 10.2.0.2 2>&1 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, +1 errors, 100% packet loss
  $ ip netns exec r1 iptables -A OUTPUT -p icmp --icmp-type fragmentation-needed -j DROP
  $ ip netns exec c ping -c 1 -W 1 -s 1500 -M do 10.2.0.2 2>&1 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, +1 errors, 100% packet loss
  $ ip netns exec r1 iptables -L OUTPUT -v -n -x | sed 1,2d
         0        0 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 3 code 4
  $ ip -n r1 -s link show wan | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
            9106      15      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
           10720      14      0       0       0       0 
