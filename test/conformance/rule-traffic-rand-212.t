Policy rules under traffic (seed 212): marks from mangle MARK/CONNMARK, random rules and reply knobs (fwmark_reflect, tcp_fwmark_accept, icmp_errors_use_inbound_ifaddr, rp_filter, src_valid_mark); pings, TCP and UDP to, through and from the host, the link each packet leaves by and the counters.

  $ ip netns add p; ip netns add q; for n in p q; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done; sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 netns p address 02:00:00:00:0b:01; ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 netns p address 02:00:00:00:0b:02; ip link add c0 address 02:00:00:00:0c:01 type veth peer name d0 netns q address 02:00:00:00:0d:01
  $ ip link set lo up; for d in a0 a1 c0; do ip link set $d up; done; ip -n p link set b0 up; ip -n p link set b1 up; ip -n q link set d0 up
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1; ip addr add 172.16.0.1/24 dev c0; ip -n q addr add 172.16.0.2/24 dev d0; ip -n q route add default via 172.16.0.1
  $ ip -n p addr add 192.168.1.254/24 dev b0; ip -n p addr add 192.168.2.254/24 dev b1; ip -n p addr add 10.9.9.9/32 dev lo; ip -n p route add default via 192.168.1.1; ip -n p route add 172.16.0.0/24 via 192.168.2.1
  $ sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0; ip netns exec q sysctl -qw net.ipv4.icmp_ratelimit=0
  $ ip route add default via 192.168.1.254; ip route add default via 192.168.2.254 table 100; ip route add 10.50.0.0/16 via 172.16.0.2 table 200; ip route add 10.9.9.9 via 192.168.2.254 table 200; ip -n q addr add 10.50.0.1/32 dev lo
  $ ip neigh add 192.168.1.254 lladdr 02:00:00:00:0b:01 dev a0 nud permanent; ip neigh add 192.168.2.254 lladdr 02:00:00:00:0b:02 dev a1 nud permanent; ip neigh add 172.16.0.2 lladdr 02:00:00:00:0d:01 dev c0 nud permanent; ip -n p neigh add 192.168.1.1 lladdr 02:00:00:00:0a:01 dev b0 nud permanent; ip -n p neigh add 192.168.2.1 lladdr 02:00:00:00:0a:02 dev b1 nud permanent; ip -n q neigh add 172.16.0.1 lladdr 02:00:00:00:0c:01 dev d0 nud permanent
  $ for d in a0 a1 c0; do for p in icmp tcp udp; do iptables -t mangle -A POSTROUTING -o $d -p $p; done; done
  $ sysctl -w net.ipv4.fwmark_reflect=1 net.ipv4.conf.a1.src_valid_mark=1
  net.ipv4.fwmark_reflect = 1
  net.ipv4.conf.a1.src_valid_mark = 1
  $ iptables -t mangle -A PREROUTING -i a0 -p icmp -j CONNMARK --set-mark 1; iptables -t mangle -A PREROUTING -i a0 -p icmp -j MARK --set-mark 2
  $ ip rule add fwmark 0x10 from 192.168.0.0/16 ipproto udp dport 53 nop pref 110; ip rule add ipproto icmp lookup 200 pref 120; ip rule add fwmark 0x10 iif a1 lookup 100 pref 30; ip rule add fwmark 1/1 from 192.168.2.1 unreachable pref 40; ip rule show
  0:	from all lookup local
  30:	from all fwmark 0x10 iif a1 lookup 100
  40:	from 192.168.2.1 fwmark 0x1/0x1 unreachable
  110:	from 192.168.0.0/16 fwmark 0x10 ipproto udp dport 53 nop
  120:	from all ipproto icmp lookup 200
  32766:	from all lookup main
  32767:	from all lookup default
  $ for f in '10.9.9.9' '10.9.9.9 mark 1' '10.9.9.9 mark 5' '10.9.9.9 from 192.168.1.1 mark 2' '10.50.0.1 from 10.9.9.9 iif a0' '10.50.0.1 from 10.9.9.9 iif a1 mark 0x10' '10.9.9.9 from 172.16.0.2 iif c0'; do ip route get $f 2>&1 | head -1; done
  10.9.9.9 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
  10.9.9.9 via 192.168.1.254 dev a0 src 192.168.1.1 mark 1 uid 0 
  10.9.9.9 via 192.168.1.254 dev a0 src 192.168.1.1 mark 5 uid 0 
  10.9.9.9 from 192.168.1.1 via 192.168.1.254 dev a0 mark 2 uid 0 
  10.50.0.1 from 10.9.9.9 via 192.168.1.254 dev a0 
  10.50.0.1 from 10.9.9.9 via 192.168.2.254 dev a1 table 100 mark 0x10 
  10.9.9.9 from 172.16.0.2 via 192.168.1.254 dev a0 
  $ timeout 4 nc -l 8081 > gotq.txt & sleep 0.3; echo yq | ip netns exec q nc -N -w 2 172.16.0.1 8081; echo $?; wait; cat gotq.txt
  0
  yq
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}' | paste -sd ' '
  0 1 a0 0 6 a0 0 17 a0 0 1 a1 0 6 a1 0 17 a1 0 1 c0 3 6 c0 0 17 c0
  $ timeout 4 ip netns exec p nc -l 10.9.9.9 8080 > gott.txt & sleep 0.3; echo yo | nc -N -w 2 10.9.9.9 8080; echo $?; wait; cat gott.txt
  0
  yo
  $ ip rule del pref 40; echo $?
  0
  $ timeout 4 ip netns exec p nc -u -l -W 3 10.9.9.9 9001 > gotm.txt & sleep 0.3; (echo a; sleep 0.6; echo b; sleep 0.6; echo c) | timeout 5 nc -u -q 1 10.9.9.9 9001 & sleep 0.4; ip rule add not fwmark 1 to 10.9.9.9 unreachable pref 15; sleep 0.6; ip rule del pref 15; wait; cat gotm.txt; nstat -az IpOutNoRoutes TcpRetransSegs | tail -n +2 | awk '{print $1, $2}' | paste -sd ' '
  a
  IpOutNoRoutes 1 TcpRetransSegs 0
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}' | paste -sd ' '
  0 1 a0 5 6 a0 1 17 a0 0 1 a1 0 6 a1 0 17 a1 0 1 c0 3 6 c0 0 17 c0
  $ iptables -t mangle -F OUTPUT
  $ echo x | ip netns exec p nc -u -q 1 -s 10.9.9.9 192.168.1.1 999; echo $?
  0
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}' | paste -sd ' '
  0 1 a0 5 6 a0 1 17 a0 1 1 a1 0 6 a1 0 17 a1 0 1 c0 3 6 c0 0 17 c0
  $ iptables -t mangle -F OUTPUT
  $ ip netns exec p ping -c 1 -W 1 -I 192.168.2.254 192.168.1.1 2>&1 | sed -n 2p | sed 's/time=.*//'; echo ${PIPESTATUS[0]}
  64 bytes from 192.168.1.1: icmp_seq=1 ttl=64 
  0
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}' | paste -sd ' '
  0 1 a0 5 6 a0 1 17 a0 2 1 a1 0 6 a1 0 17 a1 0 1 c0 3 6 c0 0 17 c0
  $ timeout 5 ip netns exec p nc -l 10.9.9.9 9000 > gotm.txt & sleep 0.3; (echo a; sleep 0.6; echo b; sleep 0.6; echo c) | timeout 5 nc -N -w 3 10.9.9.9 9000 & sleep 0.4; ip rule add goto 32766 pref 15; sleep 0.6; ip rule del pref 15; wait; cat gotm.txt; nstat -az IpOutNoRoutes TcpRetransSegs | tail -n +2 | awk '{print $1, $2}' | paste -sd ' '
  a
  b
  c
  IpOutNoRoutes 1 TcpRetransSegs 0
  $ timeout 4 ip netns exec p nc -u -l -W 3 10.9.9.9 9001 > gotm.txt & sleep 0.3; (echo a; sleep 0.6; echo b; sleep 0.6; echo c) | timeout 5 nc -u -q 1 10.9.9.9 9001 & sleep 0.4; ip rule add to 172.16.0.2 prohibit pref 5; sleep 0.6; ip rule del pref 5; wait; cat gotm.txt; nstat -az IpOutNoRoutes TcpRetransSegs | tail -n +2 | awk '{print $1, $2}' | paste -sd ' '
  a
  b
  c
  IpOutNoRoutes 1 TcpRetransSegs 0
  $ echo x | ip netns exec p nc -u -q 1 -s 10.9.9.9 192.168.1.1 999; echo $?
  0
  $ timeout 4 ip netns exec p nc -l 10.9.9.9 8080 > gott.txt & sleep 0.3; echo yo | nc -N -w 2 -s 192.168.2.1 10.9.9.9 8080; echo $?; wait; cat gott.txt
  0
  yo
  $ ip netns exec p ping -c 1 -W 1 -I 10.9.9.9 192.168.1.1 2>&1 | sed -n 2p | sed 's/time=.*//'; echo ${PIPESTATUS[0]}
  64 bytes from 192.168.1.1: icmp_seq=1 ttl=64 
  0
  $ ip netns exec q ping -c 1 -W 1 10.9.9.9 2>&1 | sed -n 2p | sed 's/time=.*//'; echo ${PIPESTATUS[0]}
  64 bytes from 10.9.9.9: icmp_seq=1 ttl=63 
  0
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}' | paste -sd ' '
  0 1 a0 17 6 a0 4 17 a0 5 1 a1 0 6 a1 0 17 a1 1 1 c0 3 6 c0 0 17 c0
  $ ip rule del pref 30; echo $?
  0
  $ ip netns exec p ping -c 1 -W 1 -I 192.168.2.254 192.168.2.1 2>&1 | sed -n 2p | sed 's/time=.*//'; echo ${PIPESTATUS[0]}
  64 bytes from 192.168.2.1: icmp_seq=1 ttl=64 
  0
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}'
  0 1 a0
  17 6 a0
  4 17 a0
  6 1 a1
  0 6 a1
  0 17 a1
  1 1 c0
  3 6 c0
  0 17 c0
  $ nstat -az IpForwDatagrams IpOutNoRoutes IpExtInNoRoutes IpInAddrErrors IcmpOutEchoReps IcmpOutDestUnreachs IcmpOutTimeExcds TcpOutRsts TcpPassiveOpens TcpExtListenDrops UdpNoPorts TcpExtIPReversePathFilter | tail -n +2
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 2                  0.0
  IpOutNoRoutes                   1                  0.0
  IcmpOutDestUnreachs             2                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutEchoReps                 3                  0.0
  TcpPassiveOpens                 1                  0.0
  TcpOutRsts                      0                  0.0
  UdpNoPorts                      2                  0.0
  TcpExtListenDrops               0                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  IpExtInNoRoutes                 0                  0.0
