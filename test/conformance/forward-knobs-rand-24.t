Random differential scenario (seed 24): router r between a, b and c with random forwarding knobs (ip_forward, all/default/DEV forwarding, ignore_routes_with_linkdown, icmp_errors_use_inbound_ifaddr, ip_no_pmtu_disc, ip_forward_use_pmtu, route_localnet, icmp_echo_ignore_*, ip_default_ttl), carrier loss, MTUs and routes; pings, what a captures (ICMP errors' source and TTL), ip route get, nstat.

  $ for n in a b c r; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add ra netns r address 02:00:00:00:01:0a type veth peer name ax netns a address 02:00:00:00:0a:01
  $ ip link add rb netns r address 02:00:00:00:01:0b type veth peer name bx netns b address 02:00:00:00:0b:01
  $ ip link add rc netns r address 02:00:00:00:01:0c type veth peer name cx netns c address 02:00:00:00:0c:01
  $ ip -n r addr add 10.1.0.1/24 dev ra; ip -n r addr add 10.2.0.1/24 dev rb; ip -n r addr add 10.3.0.1/24 dev rc; ip -n r addr add 10.99.0.1/32 dev lo
  $ ip -n a addr add 10.1.0.2/24 dev ax; ip -n b addr add 10.2.0.2/24 dev bx; ip -n c addr add 10.3.0.2/24 dev cx
  $ for p in r:ra r:rb r:rc a:ax b:bx c:cx; do ip -n ${p%:*} link set ${p#*:} up; done
  $ ip -n a route add default via 10.1.0.1; ip -n b route add default via 10.2.0.1; ip -n c route add default via 10.3.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a tcpdump -nn -l -v -i ax icmp > cap 2>/dev/null & sleep 1
  $ ip -n r link set rb up; sleep 0.1
  $ ip netns exec a ping -c 1 -W 1 10.3.0.1 2>&1 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 10.3.0.1: icmp_seq=1 ttl=64 
  $ ip -n r route get 10.3.0.1 from 10.1.0.2 iif ra 2>&1
  local 10.3.0.1 from 10.1.0.2 dev lo 
      cache <local> iif ra 
  $ ip netns exec a ping -c 1 -W 1 -I 10.1.0.2 10.2.0.1 2>&1 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 10.2.0.1: icmp_seq=1 ttl=64 
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1200 10.40.0.2 2>&1 | sed -n 2p | sed 's/time=.*//'
  From 10.1.0.1 icmp_seq=1 Destination Net Unreachable
  $ ip netns exec r sysctl -qw net.ipv4.conf.rc.rp_filter=0; echo $?
  0
  $ ip netns exec a ping -c 1 -W 1 -I 10.1.0.2 127.0.0.9 2>&1 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 127.0.0.9: icmp_seq=1 ttl=64 
  $ ip -n r route get 127.0.0.9 from 10.1.0.2 iif ra 2>&1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec a ping -c 1 -W 1 -t 1 10.3.0.2 2>&1 | sed -n 2p | sed 's/time=.*//'
  From 10.1.0.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward_use_pmtu=1; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.ra.route_localnet=0; echo $?
  0
  $ ip netns exec a ping -c 1 -W 1 -s 1200 10.20.0.2 2>&1 | sed -n 2p | sed 's/time=.*//'
  From 10.1.0.1 icmp_seq=1 Destination Net Unreachable
  $ ip -n r route get 10.20.0.2 from 10.1.0.2 iif ra 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.log_martians=0; echo $?
  0
  $ ip netns exec a ping -c 1 -W 1 -I 10.1.0.2 10.40.0.2 2>&1 | sed -n 2p | sed 's/time=.*//'
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.ignore_routes_with_linkdown=0; echo $?
  0
  $ ip -n r route add unreachable 10.60.0.0/16; sleep 0.1
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1100 10.2.0.1 2>&1 | sed -n 2p | sed 's/time=.*//'
  1108 bytes from 10.2.0.1: icmp_seq=1 ttl=64 
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1100 10.70.0.1 2>&1 | sed -n 2p | sed 's/time=.*//'
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1100 127.0.0.9 2>&1 | sed -n 2p | sed 's/time=.*//'
  1108 bytes from 127.0.0.9: icmp_seq=1 ttl=64 
  $ sleep 0.5; kill %1; sleep 0.2; sed -E 's/, id [0-9]+,/,/; s/(ICMP echo (request|reply)), id [0-9]+/\1/; s/cksum 0x[0-9a-f]+ //; s/, length [0-9]+$//' cap | grep -v '^\s*$' | sed 's/^[0-9:.]* //'
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 84)
     10.1.0.2 > 10.3.0.1: ICMP echo request, seq 1
  IP (tos 0x0, ttl 64, offset 0, flags [none], proto ICMP (1), length 84)
     10.3.0.1 > 10.1.0.2: ICMP echo reply, seq 1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 84)
     10.1.0.2 > 10.2.0.1: ICMP echo request, seq 1
  IP (tos 0x0, ttl 64, offset 0, flags [none], proto ICMP (1), length 84)
     10.2.0.1 > 10.1.0.2: ICMP echo reply, seq 1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 1228)
     10.1.0.2 > 10.40.0.2: ICMP echo request, seq 1
  IP (tos 0xc0, ttl 64, offset 0, flags [none], proto ICMP (1), length 576)
     10.1.0.1 > 10.1.0.2: ICMP net 10.40.0.2 unreachable
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 1228)
     10.1.0.2 > 10.40.0.2: ICMP echo request, seq 1
  IP (tos 0x0, ttl 1, offset 0, flags [DF], proto ICMP (1), length 84)
     10.1.0.2 > 10.3.0.2: ICMP echo request, seq 1
  IP (tos 0xc0, ttl 64, offset 0, flags [none], proto ICMP (1), length 112)
     10.1.0.1 > 10.1.0.2: ICMP time exceeded in-transit
  	IP (tos 0x0, ttl 1, offset 0, flags [DF], proto ICMP (1), length 84)
     10.1.0.2 > 10.3.0.2: ICMP echo request, seq 1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 1228)
     10.1.0.2 > 10.20.0.2: ICMP echo request, seq 1
  IP (tos 0xc0, ttl 64, offset 0, flags [none], proto ICMP (1), length 576)
     10.1.0.1 > 10.1.0.2: ICMP net 10.20.0.2 unreachable
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 1228)
     10.1.0.2 > 10.20.0.2: ICMP echo request, seq 1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 84)
     10.1.0.2 > 10.40.0.2: ICMP echo request, seq 1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 1128)
     10.1.0.2 > 10.2.0.1: ICMP echo request, seq 1
  IP (tos 0x0, ttl 64, offset 0, flags [none], proto ICMP (1), length 1128)
     10.2.0.1 > 10.1.0.2: ICMP echo reply, seq 1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 1128)
     10.1.0.2 > 10.70.0.1: ICMP echo request, seq 1
  $ ip netns exec r nstat -az IpInReceives IpForwDatagrams IpInAddrErrors IpOutNoRoutes IpInNoRoutes IpFragFails IpFragOKs IpFragCreates IcmpOutDestUnreachs IcmpOutTimeExcds IcmpOutRedirects IcmpInEchos IcmpOutEchoReps IpExtInNoRoutes TcpExtIPReversePathFilter IpInDiscards IpOutDiscards | grep -v '^#'
  IpInReceives                    8                  0.0
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 0                  0.0
  IpInDiscards                    0                  0.0
  IpOutDiscards                   0                  0.0
  IpOutNoRoutes                   0                  0.0
  IpFragOKs                       0                  0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   0                  0.0
  IcmpInEchos                     3                  0.0
  IcmpOutDestUnreachs             2                  0.0
  IcmpOutTimeExcds                1                  0.0
  IcmpOutRedirects                0                  0.0
  IcmpOutEchoReps                 3                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  IpExtInNoRoutes                 4                  0.0
  $ ip -n r route show; ip -n r route show cache 2>&1 | head -5
  10.1.0.0/24 dev ra proto kernel scope link src 10.1.0.1 
  10.2.0.0/24 dev rb proto kernel scope link src 10.2.0.1 
  10.3.0.0/24 dev rc proto kernel scope link src 10.3.0.1 
  unreachable 10.60.0.0/16 
