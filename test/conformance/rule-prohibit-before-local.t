A catch-all prohibit rule ahead of the local rule (pref 0 deleted, re-added at 10): which lookups still get through. Output routes with an oif to limited broadcast, local multicast and IGMP skip the rules (ip_route_output_key_hash_rcu()'s make_route shortcut), without an oif they do not; input to an own address is refused like any destination (ip_error(): EACCES is 'Packet filtered' when forwarding, host unreachable without); restoring the local rule at 0 brings local delivery back.
  $ ip netns add p; ip -n p link set lo up; sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip netns exec p sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 netns p address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 netns p address 02:00:00:00:0b:02
  $ ip link set lo up; ip link set a0 up; ip link set a1 up; ip -n p link set b0 up; ip -n p link set b1 up
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1
  $ ip -n p addr add 192.168.1.254/24 dev b0; ip -n p addr add 192.168.2.254/24 dev b1; ip -n p addr add 10.9.9.9/32 dev lo
  $ sysctl -qw net.ipv4.icmp_ratelimit=0; ip -n p route add default via 192.168.1.1
  $ ip rule add pref 1 prohibit; ip rule del pref 0; ip rule add pref 10 lookup local; ip rule
  1:	from all prohibit
  10:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ for q in 192.168.1.1 127.0.0.1 192.168.1.255 255.255.255.255 224.0.0.1 239.1.1.1 192.168.1.254; do echo "# $q"; ip route get $q 2>&1; ip route get $q oif a0 2>&1; done
  # 192.168.1.1
  RTNETLINK answers: Permission denied
  192.168.1.1 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 127.0.0.1
  RTNETLINK answers: Permission denied
  127.0.0.1 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 192.168.1.255
  RTNETLINK answers: Permission denied
  192.168.1.255 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 255.255.255.255
  RTNETLINK answers: Permission denied
  broadcast 255.255.255.255 dev a0 src 192.168.1.1 uid 0 
      cache <local,brd> 
  # 224.0.0.1
  RTNETLINK answers: Permission denied
  multicast 224.0.0.1 dev a0 src 192.168.1.1 rt_offload_failed uid 0 
      cache <local,mc> 
  # 239.1.1.1
  RTNETLINK answers: Permission denied
  multicast 239.1.1.1 dev a0 src 192.168.1.1 rt_offload_failed uid 0 
      cache <mc> 
  # 192.168.1.254
  RTNETLINK answers: Permission denied
  192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get 192.168.1.1 from 192.168.1.254 iif a0 2>&1; ip route get 255.255.255.255 from 192.168.1.254 iif a0 2>&1; ip route get 224.0.0.1 from 192.168.1.254 iif a0 2>&1
  RTNETLINK answers: No route to host
  broadcast 255.255.255.255 from 192.168.1.254 dev lo 
      cache <local,brd> iif a0 
  multicast 224.0.0.1 from 192.168.1.254 dev lo rt_offload_failed 
      cache <local,mc> iif a0 
  $ ping -c 1 -W 1 192.168.1.1 2>&1 | sed -n '1,2p'; echo ${PIPESTATUS[0]}
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  2
  $ ping -c 1 -W 1 -I a0 192.168.1.254 2>&1 | sed -n '1,2p' | sed 's/time=.*//'; echo ${PIPESTATUS[0]}
  PING 192.168.1.254 (192.168.1.254) from 192.168.1.1 a0: 56(84) bytes of data.
  
  1
  $ ip netns exec p ping -c 1 -W 1 192.168.1.1 2>&1 | sed -n '2p'; echo ${PIPESTATUS[0]}
  
  1
  $ sysctl -qw net.ipv4.ip_forward=1; ip netns exec p ping -c 1 -W 1 192.168.1.1 2>&1 | sed -n '2p'; echo ${PIPESTATUS[0]}
  
  1
  $ ip netns exec p ping -c 1 -W 1 -b 192.168.1.255 2>&1 | sed -n '2,3p' | sed 's/time=.*//'
  PING 192.168.1.255 (192.168.1.255) 56(84) bytes of data.
  $ echo x | socat - UDP-DATAGRAM:255.255.255.255:9,broadcast,so-bindtodevice=a0; echo $?
  0
  $ echo x | socat - UDP-DATAGRAM:255.255.255.255:9,broadcast 2>&1 | sed 's/.* E //; s/0x[0-9a-f]*/P/'; echo ${PIPESTATUS[1]}
  sendto(5, P, 2, 0, AF=2 255.255.255.255:9, 16): Permission denied
  1
  $ echo x | socat - UDP-DATAGRAM:224.0.0.9:9,ip-multicast-if=192.168.1.1; echo $?
  0
  $ nstat -az IpOutNoRoutes IpInAddrErrors IpExtInNoRoutes IcmpOutDestUnreachs IcmpOutEchoReps IpOutRequests | tail -n +2
  IpInAddrErrors                  2                  0.0
  IpOutRequests                   3                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutEchoReps                 0                  0.0
  IpExtInNoRoutes                 0                  0.0
  $ ip rule add pref 0 lookup local; ip netns exec p ping -c 1 -W 1 192.168.1.1 2>&1 | sed -n '2p' | sed 's/time=.*//'
  $ ip route get 192.168.1.1; ip route get 10.9.9.9 2>&1; ip rule del pref 10; ip rule
  local 192.168.1.1 dev lo table local src 192.168.1.1 uid 0 
      cache <local> 
  RTNETLINK answers: Permission denied
  0:	from all lookup local
  1:	from all prohibit
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule add pref 0 lookup local; echo $?; ip rule add pref 0 lookup local; echo $?; ip rule show pref 0
  RTNETLINK answers: File exists
  2
  RTNETLINK answers: File exists
  2
  0:	from all lookup local
