ip route get iif on a router: local delivery of the far address with TTL 1, route_localnet for 127/8 destinations and sources, accept_local (device or all) for our own addresses as sources, zeronet, broadcast, multicast and class E sources and destinations, a wrong input device, connected, fibmatch, mark, tos, and the counters the lookups leave.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add rb netns r address 02:00:00:00:01:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n r link set ra up
  $ ip -n r link set rb up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0
  $ ip -n r addr add 10.0.1.1/24 dev ra
  $ ip -n r addr add 10.0.2.1/24 dev rb
  $ ip -n b addr add 10.0.2.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1
  $ ip -n b route add default via 10.0.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -c 1 -t 1 10.0.2.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=64 
  $ ip netns exec a ping -c 1 -t 2 10.0.2.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.2.2: icmp_seq=1 ttl=63 
  $ ip netns exec a traceroute -n -q 1 -f 2 10.0.2.2 | sed -E 's/  [0-9.]+ ms/  T ms/'
  traceroute to 10.0.2.2 (10.0.2.2), 30 hops max, 60 byte packets
   2  10.0.2.2  T ms
  $ ip netns exec a traceroute -n -q 1 -m 1 10.0.2.2 | sed -E 's/  [0-9.]+ ms/  T ms/'
  traceroute to 10.0.2.2 (10.0.2.2), 1 hops max, 60 byte packets
   1  10.0.1.1  T ms
  $ ip -n a route add 127.0.0.0/8 via 10.0.1.1
  $ ip -n a route get 127.0.0.5
  local 127.0.0.5 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip -n a route get 127.0.0.5 oif a0
  127.0.0.5 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache 
  $ ip -n r route get 127.0.0.5 from 10.0.1.2 iif ra
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r sysctl -w net.ipv4.conf.ra.route_localnet=1
  net.ipv4.conf.ra.route_localnet = 1
  $ ip -n r route get 127.0.0.5 from 10.0.1.2 iif ra
  local 127.0.0.5 from 10.0.1.2 dev lo 
      cache <local> iif ra 
  $ ip -n r route get 10.0.2.2 from 127.0.0.1 iif ra
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.0.1.1 from 10.0.2.1 iif ra
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r sysctl -w net.ipv4.conf.ra.accept_local=1
  net.ipv4.conf.ra.accept_local = 1
  $ ip -n r route get 10.0.1.1 from 10.0.2.1 iif ra
  local 10.0.1.1 from 10.0.2.1 dev lo 
      cache <local> iif ra 
  $ ip -n r route get 10.0.2.2 from 10.0.2.1 iif ra
  10.0.2.2 from 10.0.2.1 dev rb 
      cache iif ra 
  $ ip -n r route get 10.0.2.2 from 10.0.1.1 iif ra
  10.0.2.2 from 10.0.1.1 dev rb 
      cache iif ra 
  $ ip netns exec r sysctl -w net.ipv4.conf.ra.accept_local=0 net.ipv4.conf.all.accept_local=1
  net.ipv4.conf.ra.accept_local = 0
  net.ipv4.conf.all.accept_local = 1
  $ ip -n r route get 10.0.1.1 from 10.0.2.1 iif ra
  local 10.0.1.1 from 10.0.2.1 dev lo 
      cache <local> iif ra 
  $ ip -n r route get 10.0.2.2 from 0.0.0.0 iif ra
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 0.0.0.0 from 10.0.1.2 iif ra
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 255.255.255.255 from 10.0.1.2 iif ra
  broadcast 255.255.255.255 from 10.0.1.2 dev lo 
      cache <local,brd> iif ra 
  $ ip -n r route get 10.0.1.255 from 10.0.1.2 iif ra
  broadcast 10.0.1.255 from 10.0.1.2 dev lo 
      cache <local,brd> iif ra 
  $ ip -n r route get 10.0.2.255 from 10.0.1.2 iif ra
  broadcast 10.0.2.255 from 10.0.1.2 dev lo 
      cache <local,brd> iif ra 
  $ ip -n r route get 10.0.2.0 from 10.0.1.2 iif ra
  10.0.2.0 from 10.0.1.2 dev rb 
      cache iif ra 
  $ ip -n r route get 10.0.2.2 from 10.0.1.255 iif ra
  10.0.2.2 from 10.0.1.255 dev rb 
      cache iif ra 
  $ ip -n r route get 10.0.2.2 from 224.0.0.5 iif ra
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 224.0.0.1 from 10.0.1.2 iif ra
  multicast 224.0.0.1 from 10.0.1.2 dev lo rt_offload_failed 
      cache <local,mc> iif ra 
  $ ip -n r route get 224.0.0.2 from 10.0.1.2 iif ra
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 240.0.0.1 from 10.0.1.2 iif ra
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n r route get 10.0.2.2 from 240.0.0.1 iif ra
  10.0.2.2 from 240.0.0.1 dev rb 
      cache iif ra 
  $ ip -n r route get 10.0.2.2 from 10.0.2.2 iif ra
  10.0.2.2 from 10.0.2.2 dev rb 
      cache iif ra 
  $ ip -n r route get 10.0.2.2 from 10.0.1.2 iif rb
  10.0.2.2 from 10.0.1.2 dev rb 
      cache iif rb 
  $ ip -n r route get 10.0.2.2 from 10.0.1.2 iif lo
  10.0.2.2 from 10.0.1.2 dev rb 
      cache iif lo 
  $ ip -n r route get 10.0.2.2 from 10.0.1.2 iif nosuch
  Cannot find device "nosuch"
  [1]
  $ ip -n r route get 10.0.2.2 iif ra
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.0.2.2 from 10.0.1.2 iif ra oif rb
  10.0.2.2 from 10.0.1.2 dev rb 
      cache iif ra 
  $ ip -n r route get 10.0.2.2 from 10.0.1.2 iif ra mark 5 tos 0x10
  10.0.2.2 from 10.0.1.2 dev rb mark 5 
      cache iif ra 
  $ ip -n r route get 10.0.2.2 from 10.0.1.2 iif ra fibmatch
  10.0.2.0/24 dev rb proto kernel scope link src 10.0.2.1 
  $ ip -n r route get 10.0.2.2 from 10.0.1.2 iif ra ttl 3
  Error: inet prefix is expected rather than "ttl".
  [1]
  $ ip -n r route get 10.0.2.2 from 10.0.1.2 iif ra connected
  10.0.2.2 from 10.0.1.2 dev rb 
      cache iif ra 
  $ ip -n r route get 10.0.1.2 from 10.0.2.2 iif rb connected
  10.0.1.2 from 10.0.2.2 dev ra 
      cache iif rb 
  $ ip -n r route get 10.0.2.2 connected
  10.0.2.2 dev rb src 10.0.2.1 uid 0 
      cache 
  10.0.2.2 dev rb src 10.0.2.1 uid 0 
      cache 
  $ ip netns exec r nstat -asz IpInAddrErrors IpInNoRoutes IpExtInNoRoutes IpInHdrErrors IpInDiscards TcpExtIPReversePathFilter
  #kernel
  IpInHdrErrors                   1                  0.0
  IpInAddrErrors                  0                  0.0
  IpInDiscards                    0                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  IpExtInNoRoutes                 0                  0.0
