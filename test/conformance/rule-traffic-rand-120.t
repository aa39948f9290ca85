Policy rules under traffic (seed 120): marks from mangle MARK/CONNMARK, random rules and reply knobs (fwmark_reflect, tcp_fwmark_accept, icmp_errors_use_inbound_ifaddr, rp_filter, src_valid_mark); pings, TCP and UDP to, through and from the host, the link each packet leaves by and the counters.

  $ ip netns add p; ip netns add q; for n in p q; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done; sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 netns p address 02:00:00:00:0b:01; ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 netns p address 02:00:00:00:0b:02; ip link add c0 address 02:00:00:00:0c:01 type veth peer name d0 netns q address 02:00:00:00:0d:01
  $ ip link set lo up; for d in a0 a1 c0; do ip link set $d up; done; ip -n p link set b0 up; ip -n p link set b1 up; ip -n q link set d0 up
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1; ip addr add 172.16.0.1/24 dev c0; ip -n q addr add 172.16.0.2/24 dev d0; ip -n q route add default via 172.16.0.1
  $ ip -n p addr add 192.168.1.254/24 dev b0; ip -n p addr add 192.168.2.254/24 dev b1; ip -n p addr add 10.9.9.9/32 dev lo; ip -n p route add default via 192.168.1.1; ip -n p route add 172.16.0.0/24 via 192.168.2.1
  $ sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0; ip netns exec q sysctl -qw net.ipv4.icmp_ratelimit=0
  $ ip route add default via 192.168.1.254; ip route add default via 192.168.2.254 table 100; ip route add 10.50.0.0/16 via 172.16.0.2 table 200; ip route add 10.9.9.9 via 192.168.2.254 table 200; ip -n q addr add 10.50.0.1/32 dev lo
  $ ip neigh add 192.168.1.254 lladdr 02:00:00:00:0b:01 dev a0 nud permanent; ip neigh add 192.168.2.254 lladdr 02:00:00:00:0b:02 dev a1 nud permanent; ip neigh add 172.16.0.2 lladdr 02:00:00:00:0d:01 dev c0 nud permanent; ip -n p neigh add 192.168.1.1 lladdr 02:00:00:00:0a:01 dev b0 nud permanent; ip -n p neigh add 192.168.2.1 lladdr 02:00:00:00:0a:02 dev b1 nud permanent; ip -n q neigh add 172.16.0.1 lladdr 02:00:00:00:0c:01 dev d0 nud permanent
  $ for d in a0 a1 c0; do for p in icmp tcp udp; do iptables -t mangle -A POSTROUTING -o $d -p $p; done; done
  $ sysctl -w net.ipv4.tcp_fwmark_accept=1 net.ipv4.conf.c0.rp_filter=0 net.ipv4.conf.a1.rp_filter=1
  net.ipv4.tcp_fwmark_accept = 1
  net.ipv4.conf.c0.rp_filter = 0
  net.ipv4.conf.a1.rp_filter = 1
  $ iptables -t mangle -A PREROUTING -i c0 -p udp -j MARK --set-xmark 1/0xff; iptables -t mangle -A PREROUTING -i a1 -p icmp -j MARK --set-mark 2
  $ ip rule add fwmark 5 unreachable pref 10; ip rule add fwmark 5 ipproto tcp lookup main pref 20; ip rule show
  0:	from all lookup local
  10:	from all fwmark 0x5 unreachable
  20:	from all fwmark 0x5 ipproto tcp lookup main
  32766:	from all lookup main
  32767:	from all lookup default
  $ for f in '10.9.9.9' '10.9.9.9 mark 1' '10.9.9.9 mark 5' '10.9.9.9 from 192.168.1.1 mark 2' '10.50.0.1 from 10.9.9.9 iif a0' '10.50.0.1 from 10.9.9.9 iif a1 mark 0x10' '10.9.9.9 from 172.16.0.2 iif c0'; do ip route get $f 2>&1 | head -1; done
  10.9.9.9 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
  10.9.9.9 via 192.168.1.254 dev a0 src 192.168.1.1 mark 1 uid 0 
  RTNETLINK answers: Network is unreachable
  10.9.9.9 from 192.168.1.1 via 192.168.1.254 dev a0 mark 2 uid 0 
  10.50.0.1 from 10.9.9.9 via 192.168.1.254 dev a0 
  RTNETLINK answers: Invalid argument
  10.9.9.9 from 172.16.0.2 via 192.168.1.254 dev a0 
  $ ping -c 1 -W 1 -I 192.168.2.1 10.50.0.1 2>&1 | sed -n 2p | sed 's/time=.*//'; echo ${PIPESTATUS[0]}
  
  1
  $ echo x | ip netns exec p nc -u -q 1 -s 10.9.9.9 192.168.2.1 999; echo $?
  0
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}' | paste -sd ' '
  1 1 a0 0 6 a0 0 17 a0 0 1 a1 0 6 a1 0 17 a1 0 1 c0 0 6 c0 0 17 c0
  $ ip rule add not fwmark 0x10 prohibit pref 15; echo $?
  0
  $ timeout 3 ip netns exec p nc -u -l -W 1 5353 > gotu.txt & sleep 0.3; echo hey | nc -u -w1 -p 53 10.9.9.9 5353; echo $?; wait; cat gotu.txt
  1
  $ ip netns exec p ping -c 1 -W 1 -I 10.9.9.9 10.50.0.1 2>&1 | sed -n 2p | sed 's/time=.*//'; echo ${PIPESTATUS[0]}
  
  1
  $ ip rule add oif a0 from 10.9.9.9 goto 32766 pref 1000; echo $?
  0
  $ timeout 3 ip netns exec p nc -u -l -W 1 5353 > gotu.txt & sleep 0.3; echo hey | nc -u -w1 -p 80 10.9.9.9 5353; echo $?; wait; cat gotu.txt
  1
  $ ip rule add fwmark 1 from 172.16.0.0/24 unreachable pref 15; echo $?
  0
  $ ping -c 1 -W 1 -I 192.168.2.1 10.9.9.9 2>&1 | sed -n 2p | sed 's/time=.*//'; echo ${PIPESTATUS[0]}
  
  1
  $ ip netns exec p ping -c 1 -W 1 -I 192.168.2.254 172.16.0.1 2>&1 | sed -n 2p | sed 's/time=.*//'; echo ${PIPESTATUS[0]}
  
  1
  $ timeout 4 nc -l 8081 > gotq.txt & sleep 0.3; echo yq | ip netns exec q nc -N -w 2 172.16.0.1 8081; echo $?; wait; cat gotq.txt
  1
  $ ip netns exec p ping -c 1 -W 1 -I 10.9.9.9 10.50.0.1 2>&1 | sed -n 2p | sed 's/time=.*//'; echo ${PIPESTATUS[0]}
  
  1
  $ ip netns exec p ping -c 1 -W 1 192.168.1.1 2>&1 | sed -n 2p | sed 's/time=.*//'; echo ${PIPESTATUS[0]}
  
  1
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}' | paste -sd ' '
  1 1 a0 0 6 a0 0 17 a0 0 1 a1 0 6 a1 0 17 a1 0 1 c0 0 6 c0 0 17 c0
  $ echo x | ip netns exec p nc -u -q 1 -s 10.9.9.9 192.168.1.1 999; echo $?
  0
  $ ip netns exec q ping -c 1 -W 1 10.9.9.9 2>&1 | sed -n 2p | sed 's/time=.*//'; echo ${PIPESTATUS[0]}
  
  1
  $ timeout 4 nc -l 80 > got.txt & sleep 0.3; echo hi | ip netns exec p nc -N -w 2 -s 10.9.9.9 192.168.1.1 80; echo $?; wait; cat got.txt
  1
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}' | paste -sd ' '
  1 1 a0 0 6 a0 0 17 a0 0 1 a1 0 6 a1 0 17 a1 0 1 c0 0 6 c0 0 17 c0
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}'
  1 1 a0
  0 6 a0
  0 17 a0
  0 1 a1
  0 6 a1
  0 17 a1
  0 1 c0
  0 6 c0
  0 17 c0
  $ nstat -az IpForwDatagrams IpOutNoRoutes IpExtInNoRoutes IpInAddrErrors IcmpOutEchoReps IcmpOutDestUnreachs IcmpOutTimeExcds TcpOutRsts TcpPassiveOpens TcpExtListenDrops UdpNoPorts TcpExtIPReversePathFilter | tail -n +2
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 0                  0.0
  IpOutNoRoutes                   4                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutEchoReps                 0                  0.0
  TcpPassiveOpens                 0                  0.0
  TcpOutRsts                      0                  0.0
  UdpNoPorts                      1                  0.0
  TcpExtListenDrops               4                  0.0
  TcpExtIPReversePathFilter       2                  0.0
  IpExtInNoRoutes                 0                  0.0
