ping -v against each kind of error a router or the target sends back (time exceeded, net unreachable, frag needed, REJECT's port/protocol/host-prohibited/admin-prohibited/net-unreachable), -O's 'no answer yet' lines between them, and -a/-q.
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
  $ for n in r1 r2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0; done
  $ ip netns exec b sysctl -qw net.ipv4.icmp_ratelimit=0
  $ ip -n r2 link set r2b mtu 1400; ip -n b link set b0 mtu 1400
  $ ip netns exec a ping -v -c 1 -t 1 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/; s/ident=[0-9]+/ident=N/; s/id=0x[0-9a-f]+/id=X/"
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '10.0.3.2'
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  From 10.0.1.1 icmp_seq=1 Time to live exceeded
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -v -c 1 -W 1 10.0.9.9 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/; s/ident=[0-9]+/ident=N/; s/id=0x[0-9a-f]+/id=X/"
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '10.0.9.9'
  PING 10.0.9.9 (10.0.9.9) 56(84) bytes of data.
  
  --- 10.0.9.9 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a ping -v -c 1 -W 1 -M do -s 1450 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/; s/ident=[0-9]+/ident=N/; s/id=0x[0-9a-f]+/id=X/"
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '10.0.3.2'
  PING 10.0.3.2 (10.0.3.2) 1450(1478) bytes of data.
  From 10.0.2.2 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec b iptables -A INPUT -p icmp -s 10.0.1.2 -m length --length 100 -j REJECT --reject-with icmp-port-unreachable
  $ ip netns exec b iptables -A INPUT -p icmp -s 10.0.1.2 -m length --length 101 -j REJECT --reject-with icmp-proto-unreachable
  $ ip netns exec b iptables -A INPUT -p icmp -s 10.0.1.2 -m length --length 102 -j REJECT --reject-with icmp-host-prohibited
  $ ip netns exec b iptables -A INPUT -p icmp -s 10.0.1.2 -m length --length 103 -j REJECT --reject-with icmp-admin-prohibited
  $ ip netns exec b iptables -A INPUT -p icmp -s 10.0.1.2 -m length --length 104 -j REJECT --reject-with icmp-net-unreachable
  $ ip netns exec b iptables -A INPUT -p icmp -s 10.0.1.2 -m length --length 105 -j REJECT --reject-with icmp-host-unreachable
  $ ip netns exec b iptables -A INPUT -p icmp -s 10.0.1.2 -m length --length 106 -j REJECT --reject-with icmp-net-prohibited
  $ for n in 72 73 74 75 76 77 78; do ip netns exec a ping -c 1 -W 1 -s $n 10.0.3.2 | sed -n 2p; done
  From 10.0.3.2 icmp_seq=1 Destination Port Unreachable
  From 10.0.3.2 icmp_seq=1 Destination Protocol Unreachable
  From 10.0.3.2 icmp_seq=1 Destination Host Prohibited
  From 10.0.3.2 icmp_seq=1 Packet filtered
  From 10.0.3.2 icmp_seq=1 Destination Net Unreachable
  From 10.0.3.2 icmp_seq=1 Destination Host Unreachable
  From 10.0.3.2 icmp_seq=1 Destination Net Prohibited
  $ for n in 72 73 74 75; do ip netns exec a ping -v -c 1 -W 1 -s $n 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/; s/ident=[0-9]+/ident=N/; s/id=0x[0-9a-f]+/id=X/"; done
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '10.0.3.2'
  PING 10.0.3.2 (10.0.3.2) 72(100) bytes of data.
  From 10.0.3.2 icmp_seq=1 Destination Port Unreachable
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '10.0.3.2'
  PING 10.0.3.2 (10.0.3.2) 73(101) bytes of data.
  From 10.0.3.2 icmp_seq=1 Destination Protocol Unreachable
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '10.0.3.2'
  PING 10.0.3.2 (10.0.3.2) 74(102) bytes of data.
  From 10.0.3.2 icmp_seq=1 Destination Host Prohibited
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '10.0.3.2'
  PING 10.0.3.2 (10.0.3.2) 75(103) bytes of data.
  From 10.0.3.2 icmp_seq=1 Packet filtered
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -O -c 3 -i 0.3 -W 1 -s 72 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/; s/ident=[0-9]+/ident=N/; s/id=0x[0-9a-f]+/id=X/"
  PING 10.0.3.2 (10.0.3.2) 72(100) bytes of data.
  From 10.0.3.2 icmp_seq=1 Destination Port Unreachable
  no answer yet for icmp_seq=1
  From 10.0.3.2 icmp_seq=2 Destination Port Unreachable
  no answer yet for icmp_seq=2
  From 10.0.3.2 icmp_seq=3 Destination Port Unreachable
  
  --- 10.0.3.2 ping statistics ---
  3 packets transmitted, 0 received, +3 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -a -c 1 -s 73 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/; s/ident=[0-9]+/ident=N/; s/id=0x[0-9a-f]+/id=X/" | od -c | head -3
  0000000   P   I   N   G       1   0   .   0   .   3   .   2       (   1
  0000020   0   .   0   .   3   .   2   )       7   3   (   1   0   1   )
  0000040       b   y   t   e   s       o   f       d   a   t   a   .  \n
  $ ip netns exec a ping -q -c 2 -i 0.2 -s 74 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/; s/ident=[0-9]+/ident=N/; s/id=0x[0-9a-f]+/id=X/"
  PING 10.0.3.2 (10.0.3.2) 74(102) bytes of data.
  
  --- 10.0.3.2 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  $ ip netns exec a nstat -az IcmpInDestUnreachs IcmpInTimeExcds IcmpInErrors | tail -n +2
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              18                 0.0
  IcmpInTimeExcds                 1                  0.0
  $ ip netns exec b nstat -az IcmpOutDestUnreachs IcmpMsgOutType3 | tail -n +2
  IcmpOutDestUnreachs             17                 0.0
  IcmpMsgOutType3                 17                 0.0
