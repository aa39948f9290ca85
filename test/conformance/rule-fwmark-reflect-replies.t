Replies under policy rules: with net.ipv4.fwmark_reflect the mark a mangle rule put on a request is the reply's (IP4_REPLY_MARK in icmp_reply(), __icmp_send() and ip_send_unicast_reply() for a TCP reset), so a fwmark rule sends echo replies, port unreachables and resets out of another link; without it they follow main.
  $ ip netns add p; ip -n p link set lo up; sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip netns exec p sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 netns p address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 netns p address 02:00:00:00:0b:02
  $ ip link set lo up; ip link set a0 up; ip link set a1 up; ip -n p link set b0 up; ip -n p link set b1 up
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1
  $ ip -n p addr add 192.168.1.254/24 dev b0; ip -n p addr add 192.168.2.254/24 dev b1; ip -n p addr add 10.9.9.9/32 dev lo
  $ ip route add default via 192.168.1.254; ip route add default via 192.168.2.254 table 100
  $ ip rule add fwmark 5 lookup 100 pref 100
  $ iptables -t mangle -A PREROUTING -i a0 -j MARK --set-mark 5
  $ for d in a0 a1; do for p in icmp tcp; do iptables -t mangle -A POSTROUTING -o $d -p $p; done; done
  $ sysctl net.ipv4.fwmark_reflect; ip netns exec p sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.b1.rp_filter
  net.ipv4.fwmark_reflect = 0
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.b1.rp_filter = 0
  $ ip route get 10.9.9.9; ip route get 10.9.9.9 mark 5
  10.9.9.9 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  10.9.9.9 via 192.168.2.254 dev a1 table 100 src 192.168.2.1 mark 5 uid 0 
      cache 
  $ ip netns exec p ping -c 1 -W 1 -I 10.9.9.9 192.168.1.1 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 192.168.1.1: icmp_seq=1 ttl=64 
  $ echo x | ip netns exec p nc -u -q 1 -s 10.9.9.9 192.168.1.1 999; echo $?
  0
  $ ip netns exec p nc -w 1 -s 10.9.9.9 192.168.1.1 81; echo $?
  1
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $4, $7}'
  2 -- 0.0.0.0/0
  1 -- 0.0.0.0/0
  0 -- 0.0.0.0/0
  0 -- 0.0.0.0/0
  $ sysctl -w net.ipv4.fwmark_reflect=1
  net.ipv4.fwmark_reflect = 1
  $ ip netns exec p ping -c 1 -W 1 -I 10.9.9.9 192.168.1.1 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 192.168.1.1: icmp_seq=1 ttl=64 
  $ echo x | ip netns exec p nc -u -q 1 -s 10.9.9.9 192.168.1.1 999; echo $?
  0
  $ ip netns exec p nc -w 1 -s 10.9.9.9 192.168.1.1 81; echo $?
  1
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $4, $7}'
  2 -- 0.0.0.0/0
  1 -- 0.0.0.0/0
  2 -- 0.0.0.0/0
  1 -- 0.0.0.0/0
  $ ip netns exec p nstat -az IcmpInEchoReps IcmpInDestUnreachs TcpInRsts TcpAttemptFails | tail -n +2
  IcmpInDestUnreachs              2                  0.0
  IcmpInEchoReps                  2                  0.0
  TcpAttemptFails                 2                  0.0
  $ ip rule del fwmark 5 lookup 100; ip rule add fwmark 5 unreachable pref 100
  $ ip netns exec p ping -c 1 -W 1 -I 10.9.9.9 192.168.1.1 | sed -n 2p | sed 's/time=.*//'; echo ${PIPESTATUS[0]}
  
  1
  $ ip netns exec p nc -w 1 -s 10.9.9.9 192.168.1.1 81; echo $?
  1
  $ nstat -az IpOutNoRoutes IcmpOutEchoReps IcmpInEchos TcpOutRsts | tail -n +2
  IpOutNoRoutes                   0                  0.0
  IcmpInEchos                     3                  0.0
  IcmpOutEchoReps                 2                  0.0
  TcpOutRsts                      3                  0.0
  $ sysctl -w net.ipv4.fwmark_reflect=0; ip netns exec p ping -c 1 -W 1 -I 10.9.9.9 192.168.1.1 | sed -n 2p | sed 's/time=.*//'
  net.ipv4.fwmark_reflect = 0
  64 bytes from 192.168.1.1: icmp_seq=1 ttl=64 
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $4, $7}'
  3 -- 0.0.0.0/0
  1 -- 0.0.0.0/0
  2 -- 0.0.0.0/0
  1 -- 0.0.0.0/0
