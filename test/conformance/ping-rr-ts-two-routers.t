ping -R and -T through two routers: record route lists as ping prints them (the second reply 'same route'), the routers' near and far addresses as targets, errors from the second router quoting the option (with -v too), -T tsonly/tsandaddr/tsprespec with prespecified hops in and out of order, -R with -s 0, -q, -I, and to the sender's own address.
  $ ip netns add a
  $ ip netns add r1
  $ ip netns add r2
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r1a netns r1 address 02:00:00:00:01:0a
  $ ip link add r1b netns r1 address 02:00:00:00:01:0b type veth peer name r2a netns r2 address 02:00:00:00:02:0a
  $ ip link add r2b netns r2 address 02:00:00:00:02:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r1 r2 b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n r1 link set r1a up; ip -n r1 link set r1b up; ip -n r2 link set r2a up; ip -n r2 link set r2b up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0; ip -n r1 addr add 10.0.1.1/24 dev r1a; ip -n r1 addr add 10.0.2.1/24 dev r1b
  $ ip -n r2 addr add 10.0.2.2/24 dev r2a; ip -n r2 addr add 10.0.3.1/24 dev r2b; ip -n b addr add 10.0.3.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1; ip -n r1 route add 10.0.3.0/24 via 10.0.2.2; ip -n r2 route add default via 10.0.2.1; ip -n b route add default via 10.0.3.1
  $ for n in r1 r2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip netns exec a ping -c 2 -i 0.2 -R 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) 56(124) bytes of data.
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=T ms
  RR: 	10.0.1.2
  	10.0.2.1
  	10.0.3.1
  	10.0.3.2
  	10.0.3.2
  	10.0.2.2
  	10.0.1.1
  	10.0.1.2
  
  64 bytes from 10.0.3.2: icmp_seq=2 ttl=62 time=T ms	(same route)
  
  --- 10.0.3.2 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -R 10.0.2.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.2.2 (10.0.2.2) 56(124) bytes of data.
  64 bytes from 10.0.2.2: icmp_seq=1 ttl=63 time=T ms
  RR: 	10.0.1.2
  	10.0.2.1
  	10.0.2.2
  	10.0.2.2
  	10.0.1.1
  	10.0.1.2
  
  
  --- 10.0.2.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -R 10.0.3.1 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.1 (10.0.3.1) 56(124) bytes of data.
  64 bytes from 10.0.3.1: icmp_seq=1 ttl=63 time=T ms
  RR: 	10.0.1.2
  	10.0.2.1
  	10.0.3.1
  	10.0.3.1
  	10.0.1.1
  	10.0.1.2
  
  
  --- 10.0.3.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -R 10.0.2.1 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.2.1 (10.0.2.1) 56(124) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=64 time=T ms
  RR: 	10.0.1.2
  	10.0.2.1
  	10.0.2.1
  	10.0.1.2
  
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -R -t 2 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) 56(124) bytes of data.
  From 10.0.2.2 icmp_seq=1 Time to live exceeded
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -R -v -t 2 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/" | sed -E 's/ident=[0-9]+/ident=N/; s/id=0x[0-9a-f]+/id=X/'
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '10.0.3.2'
  PING 10.0.3.2 (10.0.3.2) 56(124) bytes of data.
  From 10.0.2.2 icmp_seq=1 Time to live exceeded
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -R -W 1 10.0.9.9 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.9.9 (10.0.9.9) 56(124) bytes of data.
  From 10.0.1.1 icmp_seq=1 Destination Net Unreachable
  
  --- 10.0.9.9 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -R -s 0 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) 0(68) bytes of data.
  8 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  RR: 	10.0.1.2
  	10.0.2.1
  	10.0.3.1
  	10.0.3.2
  	10.0.3.2
  	10.0.2.2
  	10.0.1.1
  	10.0.1.2
  
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  $ ip netns exec a ping -c 2 -i 0.2 -R -q 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) 56(124) bytes of data.
  
  --- 10.0.3.2 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -R -I a0 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) from 10.0.1.2 a0: 56(124) bytes of data.
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=T ms
  RR: 	10.0.1.2
  	10.0.2.1
  	10.0.3.1
  	10.0.3.2
  	10.0.3.2
  	10.0.2.2
  	10.0.1.1
  	10.0.1.2
  
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -R -I 10.0.1.2 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) from 10.0.1.2 : 56(124) bytes of data.
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=T ms
  RR: 	10.0.1.2
  	10.0.2.1
  	10.0.3.1
  	10.0.3.2
  	10.0.3.2
  	10.0.2.2
  	10.0.1.1
  	10.0.1.2
  
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -R 10.0.1.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.1.2 (10.0.1.2) 56(124) bytes of data.
  64 bytes from 10.0.1.2: icmp_seq=1 ttl=64 time=T ms
  RR: 	10.0.1.2
  	10.0.1.2
  	10.0.1.2
  	10.0.1.2
  
  
  --- 10.0.1.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -R 127.0.0.1 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 127.0.0.1 (127.0.0.1) 56(124) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  RR: 	127.0.0.1
  	127.0.0.1
  	127.0.0.1
  	127.0.0.1
  
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -T tsonly 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/" | sed -E 's/^TS:[[:space:]]+[0-9]+ absolute/TS: N absolute/; s/^\t-?[0-9]+$/\tD/'
  PING 10.0.3.2 (10.0.3.2) 56(124) bytes of data.
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=T ms
  TS: N absolute
  	D
  	D
  	D
  	D
  	D
  	D
  	D
  
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -T tsandaddr 10.0.2.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/" | sed -E 's/\t[0-9]+ absolute/\tN absolute/; s/\t-?[0-9]+$/\tD/'
  PING 10.0.2.2 (10.0.2.2) 56(124) bytes of data.
  64 bytes from 10.0.2.2: icmp_seq=1 ttl=63 time=T ms
  TS: 	10.0.1.2	N absolute
  	10.0.1.1	D
  	10.0.2.2	D
  	10.0.2.2	D
  Unrecorded hops: 2
  
  
  --- 10.0.2.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -T tsprespec 10.0.1.1 10.0.2.2 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/" | sed -E 's/\t[0-9]+ absolute/\tN absolute/; s/\t-?[0-9]+$/\tD/'
  PING 10.0.3.2 (10.0.3.2) 56(124) bytes of data.
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=T ms
  TS: 	10.0.1.1	N absolute
  	10.0.2.2	D
  
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -T tsprespec 10.0.2.2 10.0.1.1 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/" | sed -E 's/\t[0-9]+ absolute/\tN absolute/; s/\t-?[0-9]+$/\tD/'
  PING 10.0.3.2 (10.0.3.2) 56(124) bytes of data.
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=T ms
  TS: 	10.0.2.2	N absolute
  	10.0.1.1	D
  
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -T tsprespec 10.0.2.1 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/" | sed -E 's/\t[0-9]+ absolute/\tN absolute/; s/\t-?[0-9]+$/\tD/'
  PING 10.0.3.2 (10.0.3.2) 56(124) bytes of data.
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=T ms
  TS: 	10.0.2.1	N absolute
  
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -T tsonly -t 2 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) 56(124) bytes of data.
  From 10.0.2.2 icmp_seq=1 Time to live exceeded
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -R -T tsonly 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  ping: only one of -T or -R may be used
  $ ip netns exec r2 nstat -az IpInHdrErrors IpForwDatagrams IcmpOutTimeExcds IcmpOutEchoReps IcmpOutMsgs | sed -E 's/ +/ /g'
  #kernel
  IpInHdrErrors 3 0.0
  IpForwDatagrams 22 0.0
  IcmpOutMsgs 6 0.0
  IcmpOutTimeExcds 3 0.0
  IcmpOutEchoReps 3 0.0
  $ ip netns exec r1 nstat -az IpInHdrErrors IpForwDatagrams IcmpOutDestUnreachs IcmpOutEchoReps | sed -E 's/ +/ /g'
  #kernel
  IpInHdrErrors 0 0.0
  IpForwDatagrams 34 0.0
  IcmpOutDestUnreachs 1 0.0
  IcmpOutEchoReps 1 0.0
