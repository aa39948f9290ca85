Random differential scenario (seed 99) for source validation: host a on two links (ar0, ar1) to router r, host b behind r; random rp_filter / accept_local / route_localnet / src_valid_mark / log_martians values (all, default and per device), reverse routes, policy rules, spoofed sources on a's lo; then spoofed-source pings via ping -I, ip route get with iif/from/mark on r, and the counters.

  $ for n in a b r; do ip netns add $n; ip -n $n link set lo up; done
  $ ip link add ra0 netns r address 02:00:00:00:01:01 type veth peer name ar0 netns a address 02:00:00:00:0a:01
  $ ip link add ra1 netns r address 02:00:00:00:01:03 type veth peer name ar1 netns a address 02:00:00:00:0a:03
  $ ip link add rb netns r address 02:00:00:00:01:02 type veth peer name bx netns b address 02:00:00:00:0b:01
  $ ip -n r addr add 10.1.0.1/24 dev ra0; ip -n r addr add 10.3.0.1/24 dev ra1; ip -n r addr add 10.2.0.1/24 dev rb
  $ ip -n a addr add 10.1.0.2/24 dev ar0; ip -n a addr add 10.3.0.2/24 dev ar1; ip -n b addr add 10.2.0.2/24 dev bx
  $ for d in ra0 ra1 rb; do ip -n r link set $d up; done; for d in ar0 ar1; do ip -n a link set $d up; done; ip -n b link set bx up
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.fib_multipath_hash_seed=52951; ip -n b route add default via 10.2.0.1
  $ ip -n a addr add 172.16.0.1/32 dev lo; ip -n a addr add 10.2.0.7/32 dev lo; ip -n a addr add 10.1.0.77/32 dev lo
  $ ip -n a route add 10.2.0.0/24 via 10.3.0.1
  $ ip -n a route add 10.9.0.0/24 via 10.1.0.1
  $ ip -n r addr add 10.9.0.1/32 dev lo
  $ ip netns exec r sysctl -qw net.ipv4.conf.default.rp_filter=2; echo $?
  0
  $ ip netns exec b sysctl -qw net.ipv4.conf.all.rp_filter=2; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.send_redirects=0; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.ra0.rp_filter=2; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.ra0.rp_filter=1; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.accept_local=0; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.route_localnet=1; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.lo.rp_filter=2; echo $?
  0
  $ ip -n r rule add to 172.16.0.1 lookup 40 pref 40; ip -n r route add 172.16.0.1 via 10.1.0.2 table 40; echo $?
  0
  $ ip -n r link set ra1 down; echo $?
  0
  $ ip -n r addr flush dev ra1; echo $?
  0
  $ ip -n r route add 10.1.0.77/32 dev ra1 scope link; echo $?
  Error: Device for nexthop is not up.
  2
  $ ip -n r addr add 10.2.0.7/32 dev rb; echo $?
  0
  $ ip -n r nexthop add id 1 via 10.1.0.2 dev ra0; ip -n r nexthop add id 2 via 10.3.0.2 dev ra1; ip -n r nexthop add id 3 group 1/2; ip -n r route add 172.16.0.0/24 nhid 3; echo $?
  Error: Nexthop device is not up.
  Error: Invalid nexthop id.
  Error: Nexthop id does not exist.
  2
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.3.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  1
  $ ip netns exec a ping -c 1 -W 1 -I 10.2.0.7 10.2.0.2 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  1
  $ ip netns exec a ping -c 1 -W 1 -I 10.3.0.2 10.3.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  1
  $ ip netns exec a ping -c 1 -W 1 -I 10.3.0.2 10.2.0.2 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  1
  $ ip -n r route get 127.0.0.1 from 240.0.0.1 iif ra0 oif rb
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 255.255.255.255 from 255.255.255.255 iif ra0 mark 1 uid 5
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r -d route get 10.9.0.1 from 255.255.255.255 iif ra0 tos 0x10
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r -o route get 10.2.0.2 from 10.3.0.2 iif ra0 uid 5
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r -d route get 10.2.0.2 from 10.1.0.1 iif rb ipproto udp dport 53
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 127.0.0.1 from 172.16.0.1 iif ra1 tos 0x10 ipproto icmp
  local 127.0.0.1 from 172.16.0.1 dev lo table local 
      cache <local> iif ra1 
  $ ip -n r route get 10.1.0.255 from 10.2.0.2 iif ra1 mark 2 tos 0x10
  broadcast 10.1.0.255 from 10.2.0.2 dev lo table local mark 2 
      cache <local,brd> iif ra1 
  $ ip -n r route get 10.2.0.2 from 224.0.0.5 iif ra0 mark 2 oif rb
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r -j route get 10.2.0.2 from 10.1.0.77 iif ra0
  [{"dst":"10.2.0.2","from":"10.1.0.77","dev":"rb","flags":[],"cache":[],"iif":"ra0"}]
  $ ip -n r route get 10.1.0.1 from 10.1.0.2 iif lo tos 0x10 ipproto icmp
  local 10.1.0.1 from 10.1.0.2 dev lo table local 
      cache <local> iif lo 
  $ ip -n r route get 127.0.0.9 from 10.1.0.77 iif ra1 ipproto udp dport 53
  local 127.0.0.9 from 10.1.0.77 dev lo table local 
      cache <local> iif ra1 
  $ ip -n r -j route get 10.2.0.1 from 172.16.0.1 iif ra0 mark 1 tos 0x10 fibmatch
  [{"type":"local","dst":"10.2.0.1","dev":"rb","table":"local","protocol":"kernel","scope":"host","prefsrc":"10.2.0.1","flags":[]}]
  $ ip -n a route get 10.2.0.2 from 0.0.0.0 oif lo
  10.2.0.2 dev lo src 172.16.0.1 uid 0 
      cache <local> 
  $ ip -n a -d route get 255.255.255.255 from 0.0.0.0 oif ar1
  broadcast 255.255.255.255 dev ar1 src 10.3.0.2 uid 0 
      cache <local,brd> 
  $ ip -n a route get 127.0.0.1 from 172.16.0.1 oif ar0 connected
  127.0.0.1 from 172.16.0.1 dev ar0 uid 0 
      cache 
  $ ip -n a -j route get 240.0.0.1 from 0.0.0.0 connected
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n a -d route get 240.0.0.1 from 172.16.0.1 oif ar1 mark 1
  unicast 240.0.0.1 from 172.16.0.1 dev ar1 mark 1 uid 0 
      cache 
  $ sleep 3.5
  $ ip netns exec r nstat -az TcpExtIPReversePathFilter IpInAddrErrors IpInNoRoutes IpForwDatagrams IpInReceives IpInDiscards IpOutNoRoutes IcmpOutDestUnreachs IcmpOutRedirects IcmpInEchos | grep -v '^#'
  IpInReceives                    0                  0.0
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 0                  0.0
  IpInDiscards                    0                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpInEchos                     0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutRedirects                0                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  $ ip netns exec b nstat -az IpInReceives IcmpInEchos IcmpOutEchoReps TcpExtIPReversePathFilter | grep -v '^#'
  IpInReceives                    0                  0.0
  IcmpInEchos                     0                  0.0
  IcmpOutEchoReps                 0                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  $ ip netns exec a nstat -az IpInReceives IpOutRequests IcmpInEchoReps IcmpInDestUnreachs IpOutNoRoutes | grep -v '^#'
  IpInReceives                    3                  0.0
  IpOutRequests                   7                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpInDestUnreachs              3                  0.0
  IcmpInEchoReps                  0                  0.0
