IP options and fragmentation: ping -R (record route, copied flag clear) and -T tsonly with a payload the sender and a router must fragment: only the first fragment carries the option (ip_options_fragment), later ones shrink their header back to 20 bytes; the router records its address in the first fragment; reassembly gives the receiver the option back; tcpdump -v on each link.
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
  $ ip -n r link set r1 mtu 1000
  $ ip -n b link set b0 mtu 1000
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2 > /dev/null; echo $?
  0
  $ ip netns exec b tcpdump -n -t -v -i b0 -c 4 'icmp[0] = 8 or ip[6:2] & 0x1fff != 0' > cap1 2> /dev/null &
  $ sleep 0.5; ip netns exec a ping -c 1 -W 1 -R -s 1800 10.2.0.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/"
  PING 10.2.0.2 (10.2.0.2) 1800(1868) bytes of data.
  1808 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=T ms
  RR: 	10.1.0.2
  	10.2.0.1
  	10.2.0.2
  	10.2.0.2
  	10.1.0.1
  	10.1.0.2
  
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Nms
  rtt min/avg/max/mdev = * ms (glob)
  $ wait; sed -E 's/id [0-9]+/id N/; s/cksum 0x[0-9a-f]+/cksum C/' cap1
  IP (tos 0x0, ttl 63, id N, offset 0, flags [+], proto ICMP (1), length 996, options (NOP,RR 10.1.0.2, 10.2.0.1, 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0))
      10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 936
  IP (tos 0x0, ttl 63, id N, offset 936, flags [+], proto ICMP (1), length 564, options (NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP))
      10.1.0.2 > 10.2.0.2: ip-proto-1
  IP (tos 0x0, ttl 63, id N, offset 1440, flags [none], proto ICMP (1), length 428, options (NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP))
      10.1.0.2 > 10.2.0.2: ip-proto-1
  IP (tos 0x0, ttl 64, id N, offset 936, flags [none], proto ICMP (1), length 932, options (NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,EOL))
      10.2.0.2 > 10.1.0.2: ip-proto-1
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates IpForwDatagrams | tail -n +2
  IpForwDatagrams                 6                  0.0
  IpFragOKs                       1                  0.0
  IpFragCreates                   2                  0.0
  $ ip netns exec b nstat -az IpReasmReqds IpReasmOKs | tail -n +2
  IpReasmReqds                    3                  0.0
  IpReasmOKs                      1                  0.0
  $ ip netns exec a tcpdump -n -t -v -i a0 -c 2 'icmp[0] = 8 or ip[6:2] & 0x1fff != 0' > cap2 2> /dev/null &
  $ sleep 0.5; ip netns exec a ping -c 1 -W 1 -T tsonly -s 1600 -M dont 10.2.0.2 | sed -E 's/[0-9]+ absolute/T absolute/; s/^\t[0-9]+$/\tT/; s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/' | grep -v '^rtt'
  PING 10.2.0.2 (10.2.0.2) 1600(1668) bytes of data.
  1608 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=T ms
  TS: 	T absolute
  	T
  	T
  	T
  	T
  	T
  
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Nms
  $ wait; sed -E 's/id [0-9]+/id N/; s/cksum 0x[0-9a-f]+/cksum C/; s/TS\{.*\}/TS{...}/' cap2
  IP (tos 0x0, ttl 64, id N, offset 0, flags [+], proto ICMP (1), length 1500, options (timestamp TS{...}))
      10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 1440
  IP (tos 0x0, ttl 64, id N, offset 1440, flags [none], proto ICMP (1), length 228, options (NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP))
      10.1.0.2 > 10.2.0.2: ip-proto-1
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IpOutRequests | tail -n +2
  IpOutRequests                   3                  0.0
  IpFragOKs                       2                  0.0
  IpFragCreates                   4                  0.0
  $ ip netns exec a ping -c 1 -W 1 -R -s 1400 -M do 10.2.0.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/"
  PING 10.2.0.2 (10.2.0.2) 1400(1468) bytes of data.
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1000)
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Nms
  $ ip netns exec a ping -c 1 -W 1 -R -s 1432 -M do 10.2.0.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/"
  ping: local error: message too long, mtu=960
  PING 10.2.0.2 (10.2.0.2) 1432(1500) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Nms
  $ ip netns exec a ping -c 1 -W 1 -R -s 1433 -M do 10.2.0.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/"
  ping: local error: message too long, mtu=960
  PING 10.2.0.2 (10.2.0.2) 1433(1501) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Nms
