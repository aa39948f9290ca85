ping -R and -T along a chain of five routers (a - r1 - r2 - r3 - r4 - r5 - b): the record route option has room for nine addresses, so the longer way fills it before the reply is back ("RR:" with what fitted); the second reply prints "(same route)"; a TTL that runs out on the way prints the time exceeded with the option quoted; -T tsonly fills its nine slots too; -R toward a router on the way.
  $ for n in a r1 r2 r3 r4 r5 b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ prev=a; i=1; for n in r1 r2 r3 r4 r5 b; do ip link add x$i netns $prev address 02:00:00:00:$i:01 type veth peer name y$i netns $n address 02:00:00:00:$i:02; ip -n $prev link set x$i up; ip -n $n link set y$i up; ip -n $prev addr add 10.0.$i.1/24 dev x$i; ip -n $n addr add 10.0.$i.2/24 dev y$i; prev=$n; i=$((i+1)); done
  $ ip -n a route add default via 10.0.1.2
  $ k=1; for n in r1 r2 r3 r4 r5; do ip -n $n route add default via 10.0.$((k+1)).2; ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; k=$((k+1)); done
  $ k=2; for n in r2 r3 r4 r5; do for j in $(seq 1 $((k-1))); do ip -n $n route add 10.0.$j.0/24 via 10.0.$k.1; done; k=$((k+1)); done
  $ ip -n b route add default via 10.0.6.1
  $ ip -n r3 route
  default via 10.0.4.2 dev x4 
  10.0.1.0/24 via 10.0.3.1 dev y3 
  10.0.2.0/24 via 10.0.3.1 dev y3 
  10.0.3.0/24 dev y3 proto kernel scope link src 10.0.3.2 
  10.0.4.0/24 dev x4 proto kernel scope link src 10.0.4.1 
  $ ip netns exec a ping -c 1 -W 1 10.0.6.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/'
  PING 10.0.6.2 (10.0.6.2) 56(84) bytes of data.
  64 bytes from 10.0.6.2: icmp_seq=1 ttl=59 time=T ms
  
  --- 10.0.6.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 2 -i 0.3 -R 10.0.6.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/'
  PING 10.0.6.2 (10.0.6.2) 56(124) bytes of data.
  64 bytes from 10.0.6.2: icmp_seq=1 ttl=59 time=T ms
  RR: 	10.0.1.1
  	10.0.2.1
  	10.0.3.1
  	10.0.4.1
  	10.0.5.1
  	10.0.6.1
  	10.0.6.2
  	10.0.6.2
  	10.0.5.2
  
  64 bytes from 10.0.6.2: icmp_seq=2 ttl=59 time=T ms	(same route)
  
  --- 10.0.6.2 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -R 10.0.3.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/'
  PING 10.0.3.2 (10.0.3.2) 56(124) bytes of data.
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=T ms
  RR: 	10.0.1.1
  	10.0.2.1
  	10.0.3.1
  	10.0.3.2
  	10.0.3.2
  	10.0.2.2
  	10.0.1.2
  	10.0.1.1
  
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -R 10.0.5.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/'
  PING 10.0.5.1 (10.0.5.1) 56(124) bytes of data.
  64 bytes from 10.0.5.1: icmp_seq=1 ttl=61 time=T ms
  RR: 	10.0.1.1
  	10.0.2.1
  	10.0.3.1
  	10.0.4.1
  	10.0.5.1
  	10.0.5.1
  	10.0.3.2
  	10.0.2.2
  	10.0.1.2
  
  
  --- 10.0.5.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -R -t 3 10.0.6.2 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.6.2 (10.0.6.2) 56(124) bytes of data.
  From 10.0.3.2 icmp_seq=1 Time to live exceeded
  
  --- 10.0.6.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -R -n -t 4 10.0.6.2 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.6.2 (10.0.6.2) 56(124) bytes of data.
  From 10.0.4.2 icmp_seq=1 Time to live exceeded
  
  --- 10.0.6.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -T tsonly 10.0.6.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/; s/^TS:[[:space:]]+[0-9]+ absolute/TS: N absolute/; s/^\t-?[0-9]+$/\tD/'
  PING 10.0.6.2 (10.0.6.2) 56(124) bytes of data.
  64 bytes from 10.0.6.2: icmp_seq=1 ttl=59 time=T ms
  TS: N absolute
  	D
  	D
  	D
  	D
  	D
  	D
  	D
  	D
  Unrecorded hops: 5
  
  
  --- 10.0.6.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -T tsandaddr 10.0.6.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/; s/\t[0-9]+ absolute/\tN absolute/; s/\t-?[0-9]+$/\tD/'
  PING 10.0.6.2 (10.0.6.2) 56(124) bytes of data.
  64 bytes from 10.0.6.2: icmp_seq=1 ttl=59 time=T ms
  TS: 	10.0.1.1	N absolute
  	10.0.1.2	D
  	10.0.2.2	D
  	10.0.3.2	D
  Unrecorded hops: 9
  
  
  --- 10.0.6.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec r3 nstat -az IpInHdrErrors IpForwDatagrams IcmpOutTimeExcds IcmpOutParmProbs | sed -E 's/ +/ /g'
  #kernel
  IpInHdrErrors 1 0.0
  IpForwDatagrams 14 0.0
  IcmpOutTimeExcds 1 0.0
  IcmpOutParmProbs 0 0.0
