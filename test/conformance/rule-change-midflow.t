A rule added or deleted during a connection flushes the route cache (fib4_rule_flush_cache()): an established TCP connection and a connected UDP socket re-route their next packet (ip_queue_xmit()'s __sk_dst_check(), ip4_datagram_release_cb()/udp_sendmsg's sk_dst_check) through the new rule with their source address kept; the counters show the link each segment left by.
  $ ip netns add p; ip -n p link set lo up; sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip netns exec p sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 netns p address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 netns p address 02:00:00:00:0b:02
  $ ip link set lo up; ip link set a0 up; ip link set a1 up; ip -n p link set b0 up; ip -n p link set b1 up
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1
  $ ip -n p addr add 192.168.1.254/24 dev b0; ip -n p addr add 192.168.2.254/24 dev b1; ip -n p addr add 10.9.9.9/32 dev lo
  $ ip neigh add 192.168.1.254 lladdr 02:00:00:00:0b:01 dev a0 nud permanent; ip neigh add 192.168.2.254 lladdr 02:00:00:00:0b:02 dev a1 nud permanent; ip -n p neigh add 192.168.1.1 lladdr 02:00:00:00:0a:01 dev b0 nud permanent; ip -n p neigh add 192.168.2.1 lladdr 02:00:00:00:0a:02 dev b1 nud permanent
  $ ip route add default via 192.168.1.254; ip route add default via 192.168.2.254 table 100; ip -n p route add default via 192.168.1.1
  $ for d in a0 a1; do for p in tcp udp; do iptables -t mangle -A POSTROUTING -o $d -p $p; done; done
  $ timeout 5 ip netns exec p nc -l 10.9.9.9 9000 > got.txt & sleep 0.3; (echo a; sleep 0.6; echo b; sleep 0.6; echo c) | timeout 5 nc -N 10.9.9.9 9000 & sleep 0.4; ip rule add to 10.9.9.9 lookup 100 pref 100; sleep 0.6; ip rule del pref 100; wait; echo $?; cat got.txt
  0
  a
  b
  c
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}'
  6 6 a0
  0 17 a0
  1 6 a1
  0 17 a1
  $ timeout 4 ip netns exec p nc -u -l -W 3 10.9.9.9 9001 > gotu.txt & sleep 0.3; (echo a; sleep 0.6; echo b; sleep 0.6; echo c) | timeout 5 nc -u -q 1 10.9.9.9 9001 & sleep 0.4; ip rule add to 10.9.9.9 ipproto udp lookup 100 pref 100; sleep 0.6; ip rule add to 10.9.9.9 ipproto udp prohibit pref 50; wait; echo $?; cat gotu.txt
  0
  a
  b
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}'
  6 6 a0
  1 17 a0
  1 6 a1
  1 17 a1
  $ ip rule flush; ip rule add pref 0 lookup local 2>/dev/null; ip rule add pref 32766 lookup main 2>/dev/null; ip rule add pref 32767 lookup default 2>/dev/null; ip rule
  0:	from all lookup local
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ timeout 6 ip netns exec p nc -l 10.9.9.9 9002 > got2.txt & sleep 0.3; (echo a; sleep 0.6; echo b; sleep 1.5; echo c) | timeout 5 nc -N -w 3 10.9.9.9 9002 & sleep 0.4; ip rule add to 10.9.9.9 ipproto tcp blackhole pref 100; sleep 0.6; ip rule del pref 100; wait; echo $?; cat got2.txt
  0
  a
  b
  c
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}'
  13 6 a0
  1 17 a0
  1 6 a1
  1 17 a1
  $ nstat -az TcpRetransSegs IpOutNoRoutes UdpSndbufErrors | tail -n +2
  IpOutNoRoutes                   2                  0.0
  TcpRetransSegs                  0                  0.0
  UdpSndbufErrors                 0                  0.0
