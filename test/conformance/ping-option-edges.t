ping option edges through two routers: pattern lengths, sizes at the 64 KiB limit with and without IP options (the header grows by 40), -M modes with a size past the MTU, -r (SO_DONTROUTE: a send to a destination behind a gateway fails ENETUNREACH, which ping counts as sent and does not report) on and off link, -d, -t limits, -I lo, -l preload, and the exit status of each.
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
  $ ip netns exec a ping -c 1 -p 1 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PATTERN: 0x01
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=T ms
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -p 123 -s 10 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PATTERN: 0x1203
  PING 10.0.3.2 (10.0.3.2) 10(38) bytes of data.
  18 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  $ ip netns exec a ping -c 1 -p 0123456789abcdef0123456789abcdef 10.0.3.2 | head -2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PATTERN: 0x0123456789abcdef0123456789abcdef
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  $ ip netns exec a ping -c 1 -p 0123456789abcdef0123456789abcdef01 10.0.3.2 | head -2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PATTERN: 0x0123456789abcdef0123456789abcdef
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  $ ip netns exec a ping -c 1 -p 0x12 10.0.3.2; echo $?
  ping: patterns must be specified as hex digits: x12
  2
  $ ip netns exec a ping -c 1 -p "" 10.0.3.2 | head -2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PATTERN: 0x
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  $ ip netns exec a ping -c 1 -s 65507 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) 65507(65535) bytes of data.
  65515 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=T ms
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -s 65507 -R 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"; echo $?
  ping: local error: message too long, mtu=1460
  PING 10.0.3.2 (10.0.3.2) 65507(65575) bytes of data.
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  
  0
  $ ip netns exec a ping -c 1 -s 65467 -R 10.0.3.2 | head -3 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) 65467(65535) bytes of data.
  65475 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=T ms
  RR: 	10.0.1.2
  $ ip netns exec a ping -c 1 -s 65468 -R 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  ping: local error: message too long, mtu=1460
  PING 10.0.3.2 (10.0.3.2) 65468(65536) bytes of data.
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -s 65471 -T tsonly 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  ping: local error: message too long, mtu=1460
  PING 10.0.3.2 (10.0.3.2) 65471(65539) bytes of data.
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -s 1473 -M do 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  ping: local error: message too long, mtu=1500
  PING 10.0.3.2 (10.0.3.2) 1473(1501) bytes of data.
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -s 1433 -M do -R 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  ping: local error: message too long, mtu=1460
  PING 10.0.3.2 (10.0.3.2) 1433(1501) bytes of data.
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -s 1432 -M do -R 10.0.3.2 | head -2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) 1432(1500) bytes of data.
  1440 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=T ms
  $ ip netns exec a ping -c 1 -s 3000 -M probe 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  ping: invalid -M argument: probe
  $ ip netns exec a ping -c 1 -s 3000 -M want 10.0.3.2 | head -2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) 3000(3028) bytes of data.
  3008 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=T ms
  $ ip netns exec a ping -c 1 -M foo 10.0.3.2
  ping: invalid -M argument: foo
  [2]
  $ ip netns exec a ping -c 1 -r 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -r 10.0.1.1 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.1.1 (10.0.1.1) 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=T ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -r -I a0 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) from 10.0.1.2 a0: 56(84) bytes of data.
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a nstat -az IpOutNoRoutes IpOutRequests IcmpOutEchos | tail -n +2
  IpOutRequests                   12                 0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutEchos                    11                 0.0
  $ ip netns exec a ping -c 2 -i 0.2 -d -r -q 10.0.3.2; echo $?
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  
  --- 10.0.3.2 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  
  1
  $ ip netns exec a nstat -az IpOutNoRoutes IpOutRequests IcmpOutEchos | tail -n +2
  IpOutRequests                   12                 0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutEchos                    11                 0.0
  $ ip netns exec a ping -c 1 -t 0 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  ping: cannot set unicast time-to-live: Invalid argument
  $ ip netns exec a ping -c 1 -t 255 10.0.3.2 | head -2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=T ms
  $ ip netns exec a ping -c 1 -t 256 10.0.3.2
  ping: invalid argument: '256': out of range: 0 <= value <= 255
  [1]
  $ ip netns exec a ping -c 1 -W 1 -I lo 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  ping: Warning: source address might be selected on device other than: lo
  PING 10.0.3.2 (10.0.3.2) from 10.0.1.2 lo: 56(84) bytes of data.
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a ping -c 3 -l 3 10.0.3.2 | tail -2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  3 packets transmitted, 3 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms, pipe 3
  $ ip netns exec a ping -c 2 -l 4 -i 0.2 10.0.3.9 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.9 (10.0.3.9) 56(84) bytes of data.
  From 10.0.2.2 icmp_seq=1 Destination Host Unreachable
  From 10.0.2.2 icmp_seq=2 Destination Host Unreachable
  
  --- 10.0.3.9 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  pipe 2
  $ ip netns exec r1 nstat -az IpFragOKs IpFragCreates IpForwDatagrams IpOutDiscards | tail -n +2
  IpForwDatagrams                 212                0.0
  IpOutDiscards                   0                  0.0
  IpFragOKs                       0                  0.0
  IpFragCreates                   0                  0.0
  $ ip netns exec b nstat -az IpReasmOKs IpReasmReqds IcmpOutEchoReps | tail -n +2
  IpReasmReqds                    94                 0.0
  IpReasmOKs                      3                  0.0
  IcmpOutEchoReps                 13                 0.0
