ICMP errors a router sends under policy rules: the error's output lookup has iif lo (an 'iif lo' rule takes it), and a source only with icmp_errors_use_inbound_ifaddr (then a 'from' rule on the inbound address takes it; without it the lookup has no source and the rule never matches); a prohibit rule for the error's flow loses it (IpOutNoRoutes).
  $ ip netns add p; ip -n p link set lo up; sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip netns exec p sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 netns p address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 netns p address 02:00:00:00:0b:02
  $ ip link set lo up; ip link set a0 up; ip link set a1 up; ip -n p link set b0 up; ip -n p link set b1 up
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1
  $ ip -n p addr add 192.168.1.254/24 dev b0; ip -n p addr add 192.168.2.254/24 dev b1; ip -n p addr add 10.9.9.9/32 dev lo
  $ ip netns add q; ip -n q link set lo up; ip link add c0 address 02:00:00:00:0c:01 type veth peer name d0 netns q address 02:00:00:00:0d:01; ip link set c0 up; ip -n q link set d0 up
  $ ip addr add 172.16.0.1/24 dev c0; ip -n q addr add 172.16.0.2/24 dev d0; ip -n q route add default via 172.16.0.1
  $ sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0; ip -n p route add default via 192.168.1.1
  $ ip route add 10.9.9.9 via 192.168.1.254; ip route add 10.9.9.9 via 192.168.2.254 table 100; ip route add 10.50.0.0/16 via 172.16.0.2
  $ for d in a0 a1; do iptables -t mangle -A POSTROUTING -o $d -p icmp; done
  $ ip netns exec p ping -c 1 -W 1 -t 1 -I 10.9.9.9 10.50.0.1 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Time to live exceeded
  $ ip rule add iif lo lookup 100 pref 100
  $ ip netns exec p ping -c 1 -W 1 -t 1 -I 10.9.9.9 10.50.0.1 | sed -n 2p
  From 192.168.2.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec p ping -c 1 -W 1 -I 10.9.9.9 10.51.0.1 | sed -n 2p
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $7}'
  1 0.0.0.0/0
  1 0.0.0.0/0
  $ ip rule del pref 100; ip rule add from 192.168.1.1 lookup 100 pref 100
  $ ip netns exec p ping -c 1 -W 1 -t 1 -I 10.9.9.9 10.50.0.1 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Time to live exceeded
  $ sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=1
  net.ipv4.icmp_errors_use_inbound_ifaddr = 1
  $ ip netns exec p ping -c 1 -W 1 -t 1 -I 10.9.9.9 10.50.0.1 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec p ping -c 1 -W 1 -t 1 -I 192.168.1.254 10.50.0.1 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Time to live exceeded
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $7}'
  3 0.0.0.0/0
  2 0.0.0.0/0
  $ ip route get 10.9.9.9 from 192.168.1.1; ip route get 10.9.9.9 iif lo
  10.9.9.9 from 192.168.1.1 via 192.168.2.254 dev a1 table 100 uid 0 
      cache 
  RTNETLINK answers: Invalid argument
  [2]
  $ ip rule add to 10.9.9.9 ipproto icmp prohibit pref 50
  $ ip netns exec p ping -c 1 -W 1 -t 1 -I 10.9.9.9 10.50.0.1 | sed -n 2p; echo ${PIPESTATUS[0]}
  
  1
  $ ip netns exec p ping -c 1 -W 1 -I 10.9.9.9 192.168.1.1 | sed -n 2p | sed 's/time=.*//'; echo ${PIPESTATUS[0]}
  
  1
  $ nstat -az IpOutNoRoutes IcmpOutTimeExcds IcmpOutEchoReps IpForwDatagrams IpInAddrErrors | tail -n +2
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 0                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutTimeExcds                5                  0.0
  IcmpOutEchoReps                 0                  0.0
  $ ip rule del pref 50; sysctl -qw net.ipv4.icmp_errors_use_inbound_ifaddr=0; ip rule add iif a0 to 10.50.0.0/16 unreachable pref 60
  $ ip netns exec p ping -c 1 -W 1 -I 10.9.9.9 10.50.0.1 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Destination Net Unreachable
  $ ip route get 10.50.0.1 from 10.9.9.9 iif a0 2>&1; ip route get 10.50.0.1 from 10.9.9.9 iif a1 2>&1
  RTNETLINK answers: Network is unreachable
  10.50.0.1 from 10.9.9.9 via 172.16.0.2 dev c0 
      cache iif a1 
  $ ip netns exec q ping -c 1 -W 1 10.9.9.9 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 10.9.9.9: icmp_seq=1 ttl=63 
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $7}'
  5 0.0.0.0/0
  2 0.0.0.0/0
  $ nstat -az IpOutNoRoutes IpInNoRoutes IcmpOutDestUnreachs IcmpOutTimeExcds IpForwDatagrams | tail -n +2
  IpForwDatagrams                 2                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutTimeExcds                5                  0.0
