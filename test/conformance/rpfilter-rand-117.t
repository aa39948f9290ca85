Random differential scenario (seed 117) for source validation: host a on two links (ar0, ar1) to router r, host b behind r; random rp_filter / accept_local / route_localnet / src_valid_mark / log_martians values (all, default and per device), reverse routes, policy rules, spoofed sources on a's lo; then spoofed-source pings via ping -I, ip route get with iif/from/mark on r, and the counters.

  $ for n in a b r; do ip netns add $n; ip -n $n link set lo up; done
  $ ip link add ra0 netns r address 02:00:00:00:01:01 type veth peer name ar0 netns a address 02:00:00:00:0a:01
  $ ip link add ra1 netns r address 02:00:00:00:01:03 type veth peer name ar1 netns a address 02:00:00:00:0a:03
  $ ip link add rb netns r address 02:00:00:00:01:02 type veth peer name bx netns b address 02:00:00:00:0b:01
  $ ip -n r addr add 10.1.0.1/24 dev ra0; ip -n r addr add 10.3.0.1/24 dev ra1; ip -n r addr add 10.2.0.1/24 dev rb
  $ ip -n a addr add 10.1.0.2/24 dev ar0; ip -n a addr add 10.3.0.2/24 dev ar1; ip -n b addr add 10.2.0.2/24 dev bx
  $ for d in ra0 ra1 rb; do ip -n r link set $d up; done; for d in ar0 ar1; do ip -n a link set $d up; done; ip -n b link set bx up
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.fib_multipath_hash_seed=31471; ip -n b route add default via 10.2.0.1
  $ ip -n a addr add 172.16.0.1/32 dev lo; ip -n a addr add 10.2.0.7/32 dev lo; ip -n a addr add 10.1.0.77/32 dev lo
  $ ip -n a route add 10.2.0.0/24 via 10.1.0.1
  $ ip -n a route add 10.9.0.0/24 via 10.1.0.1
  $ ip -n r addr add 10.9.0.1/32 dev lo
  $ ip netns exec r sysctl -qw net.ipv4.conf.ra0.route_localnet=1; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.default.rp_filter=1; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.log_martians=1; echo $?
  0
  $ ip netns exec a sysctl -qw net.ipv4.conf.ar0.route_localnet=0; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.ra1.rp_filter=0; echo $?
  0
  $ ip -n r route add 172.16.0.0/24 dev rb; echo $?
  0
  $ ip -n r route add default via 10.1.0.2; echo $?
  0
  $ ip -n r rule add fwmark 1 lookup 10 pref 10; ip -n r route add 172.16.0.0/24 via 10.3.0.2 table 10; echo $?
  0
  $ ip -n r addr flush dev ra1; echo $?
  0
  $ ip netns exec a ping -c 1 -W 1 -I 10.1.0.77 10.1.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 time=X
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  0
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.2.0.2 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  1
  $ ip netns exec a ping -c 1 -W 1 -I 10.3.0.2 10.1.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 time=X
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  0
  $ ip netns exec a ping -c 1 -W 1 -I 10.3.0.2 10.2.0.2 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=X
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  0
  $ ip -n r route get 10.2.0.255 from 224.0.0.5 iif lo mark 1 tos 0x10 ipproto icmp
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.2.0.2 from 240.0.0.1 iif lo
  10.2.0.2 from 240.0.0.1 dev rb 
      cache iif lo 
  $ ip -n r -j route get 10.2.0.1 from 240.0.0.1 iif rb ipproto udp dport 53
  [{"type":"local","dst":"10.2.0.1","from":"240.0.0.1","dev":"lo","table":"local","flags":[],"cache":["local"],"iif":"rb"}]
  $ ip -n r route get 10.1.0.1 from 240.0.0.1 iif ra0 ipproto udp dport 53
  local 10.1.0.1 from 240.0.0.1 dev lo table local 
      cache <local> iif ra0 
  $ ip -n r -j route get 240.0.0.1 from 172.16.0.1 iif rb ipproto udp dport 53
  [{"dst":"240.0.0.1","from":"172.16.0.1","gateway":"10.1.0.2","dev":"ra0","flags":[],"cache":[],"iif":"rb"}]
  $ ip -n r -d route get 0.0.0.0 from 172.16.0.1 iif rb uid 5
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 0.0.0.0 from 10.9.0.1 iif lo tos 0x10
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n a route get 0.0.0.0 from 10.9.9.9 oif ar0 mark 1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n a route get 10.9.0.1 from 10.2.0.7 oif ar0 connected
  10.9.0.1 from 10.2.0.7 via 10.1.0.1 dev ar0 uid 0 
      cache 
  $ ip -n a -j route get 0.0.0.0 from 10.2.0.7 oif lo mark 1
  [{"type":"local","dst":"0.0.0.0","from":"10.2.0.7","dev":"lo","flags":[],"mark":1,"uid":0,"cache":["local"]}]
  $ ip -n a -j route get 0.0.0.0 from 127.0.0.1 fibmatch
  RTNETLINK answers: No route to host
  [2]
  $ sleep 3.5
  $ ip netns exec r nstat -az TcpExtIPReversePathFilter IpInAddrErrors IpInNoRoutes IpForwDatagrams IpInReceives IpInDiscards IpOutNoRoutes IcmpOutDestUnreachs IcmpOutRedirects IcmpInEchos | grep -v '^#'
  IpInReceives                    6                  0.0
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 4                  0.0
  IpInDiscards                    0                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpInEchos                     2                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutRedirects                1                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  $ ip netns exec b nstat -az IpInReceives IcmpInEchos IcmpOutEchoReps TcpExtIPReversePathFilter | grep -v '^#'
  IpInReceives                    4                  0.0
  IcmpInEchos                     2                  0.0
  IcmpOutEchoReps                 2                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  $ ip netns exec a nstat -az IpInReceives IpOutRequests IcmpInEchoReps IcmpInDestUnreachs IpOutNoRoutes | grep -v '^#'
  IpInReceives                    3                  0.0
  IpOutRequests                   4                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpInDestUnreachs              0                  0.0
  IcmpInEchoReps                  3                  0.0
