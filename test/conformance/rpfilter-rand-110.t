Random differential scenario (seed 110) for source validation: host a on two links (ar0, ar1) to router r, host b behind r; random rp_filter / accept_local / route_localnet / src_valid_mark / log_martians values (all, default and per device), reverse routes, policy rules, spoofed sources on a's lo; then spoofed-source pings via ping -I, ip route get with iif/from/mark on r, and the counters.

  $ for n in a b r; do ip netns add $n; ip -n $n link set lo up; done
  $ ip link add ra0 netns r address 02:00:00:00:01:01 type veth peer name ar0 netns a address 02:00:00:00:0a:01
  $ ip link add ra1 netns r address 02:00:00:00:01:03 type veth peer name ar1 netns a address 02:00:00:00:0a:03
  $ ip link add rb netns r address 02:00:00:00:01:02 type veth peer name bx netns b address 02:00:00:00:0b:01
  $ ip -n r addr add 10.1.0.1/24 dev ra0; ip -n r addr add 10.3.0.1/24 dev ra1; ip -n r addr add 10.2.0.1/24 dev rb
  $ ip -n a addr add 10.1.0.2/24 dev ar0; ip -n a addr add 10.3.0.2/24 dev ar1; ip -n b addr add 10.2.0.2/24 dev bx
  $ for d in ra0 ra1 rb; do ip -n r link set $d up; done; for d in ar0 ar1; do ip -n a link set $d up; done; ip -n b link set bx up
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.fib_multipath_hash_seed=50861; ip -n b route add default via 10.2.0.1
  $ ip -n a addr add 172.16.0.1/32 dev lo; ip -n a addr add 10.2.0.7/32 dev lo; ip -n a addr add 10.1.0.77/32 dev lo
  $ ip -n a route add 10.2.0.0/24 via 10.1.0.1
  $ ip -n a route add 10.9.0.0/24 via 10.3.0.1
  $ ip -n r addr add 10.9.0.1/32 dev lo
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.accept_local=0; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.log_martians=0; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.ra0.rp_filter=2; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.send_redirects=0; echo $?
  0
  $ ip netns exec a sysctl -qw net.ipv4.conf.ar0.route_localnet=0; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.ra1.accept_local=1; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.route_localnet=0; echo $?
  0
  $ ip -n r route add 172.16.0.0/24 dev rb; echo $?
  0
  $ ip -n r rule add oif ra0 lookup 50 pref 50; ip -n r route add 172.16.0.0/24 dev ra0 table 50; echo $?
  0
  $ ip -n a rule add from 172.16.0.1 lookup 5 pref 5; ip -n a route add default via 10.3.0.1 table 5; echo $?
  0
  $ ip -n a rule add from 10.2.0.7 lookup 6 pref 6; ip -n a route add default via 10.1.0.1 table 6; echo $?
  0
  $ ip -n r link set ra1 down; echo $?
  0
  $ ip -n r rule add iif ra0 lookup 70 pref 70; ip -n r route add 10.2.0.0/24 via 10.2.0.2 dev rb table 70; echo $?
  0
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.1.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  1
  $ ip netns exec a ping -c 1 -W 1 -I 10.1.0.2 10.1.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 time=X
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  0
  $ ip netns exec a ping -c 1 -W 1 -I 10.2.0.7 10.2.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  1
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.2.0.2 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  1
  $ ip -n r route get 10.1.0.255 from 10.1.0.1 iif ra0 tos 0x10 ipproto icmp
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.2.0.1 from 224.0.0.5 iif ra1 ipproto udp dport 53
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r -o route get 127.0.0.9 from 10.2.0.2 iif ra1 ipproto udp dport 53
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r -j route get 10.2.0.2 from 10.1.0.2 iif rb mark 1 ipproto icmp
  [{"dst":"10.2.0.2","from":"10.1.0.2","dev":"rb","flags":[],"mark":1,"cache":[],"iif":"rb"}]
  $ ip -n r route get 10.1.0.255 from 10.3.0.0 iif ra1 mark 2
  broadcast 10.1.0.255 from 10.3.0.0 dev lo table local mark 2 
      cache <local,brd> iif ra1 
  $ ip -n r route get 127.0.0.1 from 10.1.0.255 iif lo oif rb
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r -d route get 10.2.0.2 from 10.2.0.7 iif rb mark 2
  unicast 10.2.0.2 from 10.2.0.7 dev rb table main mark 2 
      cache <redirect> iif rb 
  $ ip -n r -o route get 10.2.0.2 from 10.1.0.77 iif ra0
  10.2.0.2 from 10.1.0.77 via 10.2.0.2 dev rb table 70 \    cache iif ra0 
  $ ip -n r route get 240.0.0.1 from 10.1.0.77 iif lo
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n a route get 172.16.0.1 connected
  local 172.16.0.1 dev lo table local src 172.16.0.1 uid 0 
      cache <local> 
  local 172.16.0.1 dev lo table local src 172.16.0.1 uid 0 
      cache <local> 
  $ ip -n a -d route get 0.0.0.0
  local 0.0.0.0 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip -n a -d route get 10.1.0.1
  unicast 10.1.0.1 dev ar0 table main src 10.1.0.2 uid 0 
      cache 
  $ ip -n a -d route get 10.9.0.1
  unicast 10.9.0.1 via 10.3.0.1 dev ar1 table main src 10.3.0.2 uid 0 
      cache 
  $ ip -n a -d route get 127.1.2.3 from 172.16.0.1 oif ar1 mark 1
  unicast 127.1.2.3 from 172.16.0.1 via 10.3.0.1 dev ar1 table 5 mark 1 uid 0 
      cache 
  $ ip -n a route get 10.1.0.1 from 10.2.0.7 oif ar1 tos 0x10
  10.1.0.1 from 10.2.0.7 dev ar1 uid 0 
      cache 
  $ sleep 3.5
  $ ip netns exec r nstat -az TcpExtIPReversePathFilter IpInAddrErrors IpInNoRoutes IpForwDatagrams IpInReceives IpInDiscards IpOutNoRoutes IcmpOutDestUnreachs IcmpOutRedirects IcmpInEchos | grep -v '^#'
  IpInReceives                    3                  0.0
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 0                  0.0
  IpInDiscards                    0                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpInEchos                     2                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutRedirects                0                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  $ ip netns exec b nstat -az IpInReceives IcmpInEchos IcmpOutEchoReps TcpExtIPReversePathFilter | grep -v '^#'
  IpInReceives                    0                  0.0
  IcmpInEchos                     0                  0.0
  IcmpOutEchoReps                 0                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  $ ip netns exec a nstat -az IpInReceives IpOutRequests IcmpInEchoReps IcmpInDestUnreachs IpOutNoRoutes | grep -v '^#'
  IpInReceives                    2                  0.0
  IpOutRequests                   5                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpInDestUnreachs              1                  0.0
  IcmpInEchoReps                  1                  0.0
