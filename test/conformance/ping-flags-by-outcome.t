ping output flags (-O, -a, -q, -v, -n, -U, -B, -L, -f, -A, -D) swept over each outcome through a router: replies, TTL exceeded (-t 1), REJECT rules answering net unreachable and admin prohibited (icmp_send(), no ip_error() token bucket) and a blackhole route; the masked output and exit status of each run, then the router's ICMP counters.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip link add r1 netns r address 02:00:00:00:00:03 type veth peer name b0 netns b address 02:00:00:00:00:04
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.1.1/24 dev a0; ip -n r addr add 10.0.1.254/24 dev r0; ip -n r addr add 10.0.2.254/24 dev r1; ip -n b addr add 10.0.2.1/24 dev b0
  $ ip -n a route add default via 10.0.1.254; ip -n b route add default via 10.0.2.254
  $ ip -n r route add 198.51.100.0/24 dev r1; ip -n r route add 203.0.113.0/24 dev r1; ip -n r route add blackhole 192.0.2.0/24
  $ ip netns exec r iptables -A FORWARD -d 198.51.100.0/24 -j REJECT --reject-with icmp-net-unreachable; ip netns exec r iptables -A FORWARD -d 203.0.113.0/24 -j REJECT --reject-with icmp-admin-prohibited
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0 net.ipv4.icmp_ratemask=0
  $ ip netns exec a ping -c 1 -W 2 10.0.2.1 >/dev/null; echo $?
  0
  $ m() { sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms(, (pipe|ipg\/ewma) [0-9 .\/]+( ms)?)?/= X/; s/^\[[0-9]+\.[0-9]+\]/[TS]/; s/ident=[0-9]+/ident=N/; s/id 0x[0-9a-f]{4}/id 0xN/'; }
  $ for f in "" -O -a -q -v -n -U -B -L "-D" "-f" "-A"; do for d in 10.0.2.1 "-t 1 10.0.2.1" 198.51.100.1 203.0.113.1 192.0.2.1; do echo "== $f $d"; ip netns exec a ping -c 2 -i 0.2 -W 1 $f $d 2>&1 | m; echo "rc=${PIPESTATUS[0]}"; done; done
  ==  10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  64 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X
  rc=0
  ==  -t 1 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Time to live exceeded
  From 10.0.1.254 icmp_seq=2 Time to live exceeded
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  ==  198.51.100.1
  PING 198.51.100.1 (198.51.100.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Destination Net Unreachable
  From 10.0.1.254 icmp_seq=2 Destination Net Unreachable
  
  --- 198.51.100.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  ==  203.0.113.1
  PING 203.0.113.1 (203.0.113.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Packet filtered
  From 10.0.1.254 icmp_seq=2 Packet filtered
  
  --- 203.0.113.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  ==  192.0.2.1
  PING 192.0.2.1 (192.0.2.1) 56(84) bytes of data.
  
  --- 192.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  
  rc=1
  == -O 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  64 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X
  rc=0
  == -O -t 1 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Time to live exceeded
  no answer yet for icmp_seq=1
  From 10.0.1.254 icmp_seq=2 Time to live exceeded
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -O 198.51.100.1
  PING 198.51.100.1 (198.51.100.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Destination Net Unreachable
  no answer yet for icmp_seq=1
  From 10.0.1.254 icmp_seq=2 Destination Net Unreachable
  
  --- 198.51.100.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -O 203.0.113.1
  PING 203.0.113.1 (203.0.113.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Packet filtered
  no answer yet for icmp_seq=1
  From 10.0.1.254 icmp_seq=2 Packet filtered
  
  --- 203.0.113.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -O 192.0.2.1
  PING 192.0.2.1 (192.0.2.1) 56(84) bytes of data.
  no answer yet for icmp_seq=1
  
  --- 192.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  
  rc=1
  == -a 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  64 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X
  rc=0
  == -a -t 1 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Time to live exceeded
  From 10.0.1.254 icmp_seq=2 Time to live exceeded
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -a 198.51.100.1
  PING 198.51.100.1 (198.51.100.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Destination Net Unreachable
  From 10.0.1.254 icmp_seq=2 Destination Net Unreachable
  
  --- 198.51.100.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -a 203.0.113.1
  PING 203.0.113.1 (203.0.113.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Packet filtered
  From 10.0.1.254 icmp_seq=2 Packet filtered
  
  --- 203.0.113.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -a 192.0.2.1
  PING 192.0.2.1 (192.0.2.1) 56(84) bytes of data.
  
  --- 192.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  
  rc=1
  == -q 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X
  rc=0
  == -q -t 1 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -q 198.51.100.1
  PING 198.51.100.1 (198.51.100.1) 56(84) bytes of data.
  
  --- 198.51.100.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -q 203.0.113.1
  PING 203.0.113.1 (203.0.113.1) 56(84) bytes of data.
  
  --- 203.0.113.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -q 192.0.2.1
  PING 192.0.2.1 (192.0.2.1) 56(84) bytes of data.
  
  --- 192.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  
  rc=1
  == -v 10.0.2.1
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '10.0.2.1'
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ident=N ttl=63 time=T ms
  64 bytes from 10.0.2.1: icmp_seq=2 ident=N ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X
  rc=0
  == -v -t 1 10.0.2.1
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '10.0.2.1'
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Time to live exceeded
  From 10.0.1.254 icmp_seq=2 Time to live exceeded
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -v 198.51.100.1
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '198.51.100.1'
  PING 198.51.100.1 (198.51.100.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Destination Net Unreachable
  From 10.0.1.254 icmp_seq=2 Destination Net Unreachable
  
  --- 198.51.100.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -v 203.0.113.1
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '203.0.113.1'
  PING 203.0.113.1 (203.0.113.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Packet filtered
  From 10.0.1.254 icmp_seq=2 Packet filtered
  
  --- 203.0.113.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -v 192.0.2.1
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '192.0.2.1'
  PING 192.0.2.1 (192.0.2.1) 56(84) bytes of data.
  
  --- 192.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  
  rc=1
  == -n 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  64 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X
  rc=0
  == -n -t 1 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Time to live exceeded
  From 10.0.1.254 icmp_seq=2 Time to live exceeded
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -n 198.51.100.1
  PING 198.51.100.1 (198.51.100.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Destination Net Unreachable
  From 10.0.1.254 icmp_seq=2 Destination Net Unreachable
  
  --- 198.51.100.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -n 203.0.113.1
  PING 203.0.113.1 (203.0.113.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Packet filtered
  From 10.0.1.254 icmp_seq=2 Packet filtered
  
  --- 203.0.113.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -n 192.0.2.1
  PING 192.0.2.1 (192.0.2.1) 56(84) bytes of data.
  
  --- 192.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  
  rc=1
  == -U 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  64 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X
  rc=0
  == -U -t 1 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Time to live exceeded
  From 10.0.1.254 icmp_seq=2 Time to live exceeded
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -U 198.51.100.1
  PING 198.51.100.1 (198.51.100.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Destination Net Unreachable
  From 10.0.1.254 icmp_seq=2 Destination Net Unreachable
  
  --- 198.51.100.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -U 203.0.113.1
  PING 203.0.113.1 (203.0.113.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Packet filtered
  From 10.0.1.254 icmp_seq=2 Packet filtered
  
  --- 203.0.113.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -U 192.0.2.1
  PING 192.0.2.1 (192.0.2.1) 56(84) bytes of data.
  
  --- 192.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  
  rc=1
  == -B 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) from 10.0.1.1 : 56(84) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  64 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X
  rc=0
  == -B -t 1 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) from 10.0.1.1 : 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Time to live exceeded
  From 10.0.1.254 icmp_seq=2 Time to live exceeded
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -B 198.51.100.1
  PING 198.51.100.1 (198.51.100.1) from 10.0.1.1 : 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Destination Net Unreachable
  From 10.0.1.254 icmp_seq=2 Destination Net Unreachable
  
  --- 198.51.100.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -B 203.0.113.1
  PING 203.0.113.1 (203.0.113.1) from 10.0.1.1 : 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Packet filtered
  From 10.0.1.254 icmp_seq=2 Packet filtered
  
  --- 203.0.113.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -B 192.0.2.1
  PING 192.0.2.1 (192.0.2.1) from 10.0.1.1 : 56(84) bytes of data.
  
  --- 192.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  
  rc=1
  == -L 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  64 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X
  rc=0
  == -L -t 1 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Time to live exceeded
  From 10.0.1.254 icmp_seq=2 Time to live exceeded
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -L 198.51.100.1
  PING 198.51.100.1 (198.51.100.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Destination Net Unreachable
  From 10.0.1.254 icmp_seq=2 Destination Net Unreachable
  
  --- 198.51.100.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -L 203.0.113.1
  PING 203.0.113.1 (203.0.113.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Packet filtered
  From 10.0.1.254 icmp_seq=2 Packet filtered
  
  --- 203.0.113.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -L 192.0.2.1
  PING 192.0.2.1 (192.0.2.1) 56(84) bytes of data.
  
  --- 192.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  
  rc=1
  == -D 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  [TS] 64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  [TS] 64 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X
  rc=0
  == -D -t 1 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  [TS] From 10.0.1.254 icmp_seq=1 Time to live exceeded
  [TS] From 10.0.1.254 icmp_seq=2 Time to live exceeded
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -D 198.51.100.1
  PING 198.51.100.1 (198.51.100.1) 56(84) bytes of data.
  [TS] From 10.0.1.254 icmp_seq=1 Destination Net Unreachable
  [TS] From 10.0.1.254 icmp_seq=2 Destination Net Unreachable
  
  --- 198.51.100.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -D 203.0.113.1
  PING 203.0.113.1 (203.0.113.1) 56(84) bytes of data.
  [TS] From 10.0.1.254 icmp_seq=1 Packet filtered
  [TS] From 10.0.1.254 icmp_seq=2 Packet filtered
  
  --- 203.0.113.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -D 192.0.2.1
  PING 192.0.2.1 (192.0.2.1) 56(84) bytes of data.
  
  --- 192.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  
  rc=1
  == -f 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  . . 
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X
  rc=0
  == -f -t 1 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  .E.E
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -f 198.51.100.1
  PING 198.51.100.1 (198.51.100.1) 56(84) bytes of data.
  .E.E
  --- 198.51.100.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -f 203.0.113.1
  PING 203.0.113.1 (203.0.113.1) 56(84) bytes of data.
  .E.E
  --- 203.0.113.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -f 192.0.2.1
  PING 192.0.2.1 (192.0.2.1) 56(84) bytes of data.
  ..
  --- 192.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  
  rc=1
  == -A 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  64 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X
  rc=0
  == -A -t 1 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Time to live exceeded
  From 10.0.1.254 icmp_seq=2 Time to live exceeded
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -A 198.51.100.1
  PING 198.51.100.1 (198.51.100.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Destination Net Unreachable
  From 10.0.1.254 icmp_seq=2 Destination Net Unreachable
  
  --- 198.51.100.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -A 203.0.113.1
  PING 203.0.113.1 (203.0.113.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Packet filtered
  From 10.0.1.254 icmp_seq=2 Packet filtered
  
  --- 203.0.113.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  
  rc=1
  == -A 192.0.2.1
  PING 192.0.2.1 (192.0.2.1) 56(84) bytes of data.
  
  --- 192.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  
  rc=1
  $ ip netns exec r nstat -az IcmpOutMsgs IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpOutRateLimitGlobal IcmpOutRateLimitHost | tail -n +2; ip netns exec r iptables -nvxL FORWARD | sed 1,2d
  IcmpInEchos                     0                  0.0
  IcmpOutMsgs                     72                 0.0
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            0                  0.0
  IcmpOutDestUnreachs             48                 0.0
  IcmpOutTimeExcds                24                 0.0
        24     2016 REJECT     0    --  *      *       0.0.0.0/0            198.51.100.0/24      reject-with icmp-net-unreachable
        24     2016 REJECT     0    --  *      *       0.0.0.0/0            203.0.113.0/24       reject-with icmp-admin-prohibited
  $ for n in a r b; do ip netns del $n; done
