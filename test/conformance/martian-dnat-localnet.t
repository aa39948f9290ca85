DNAT to a loopback address: the rewritten destination 127.0.0.1 on an outside device is a martian destination until route_localnet (the device's or all's); the reply, sourced from 127.0.0.1, may leave on that device only with route_localnet too. An address of 127/8 on an outside device obeys the same rule.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n a link set lo up; ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -t nat -A PREROUTING -i b0 -p tcp --dport 8080 -j DNAT --to-destination 127.0.0.1:80
  $ ip netns exec b iptables -t nat -A PREROUTING -i b0 -p icmp -j DNAT --to-destination 127.0.0.1
  $ ip netns exec b sh -c 'nc -lk 127.0.0.1 80 > srv.out 2>&1 & sleep 0.3'
  $ ip netns exec a nc -z -w 1 10.0.0.2 8080; echo rc=$?
  rc=1
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n b route get 127.0.0.1 from 10.0.0.1 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec b sysctl -w net.ipv4.conf.b0.route_localnet=1
  net.ipv4.conf.b0.route_localnet = 1
  $ ip -n b route get 127.0.0.1 from 10.0.0.1 iif b0
  local 127.0.0.1 from 10.0.0.1 dev lo 
      cache <local> iif b0 
  $ ip -n b route get 10.0.0.1 from 127.0.0.1
  10.0.0.1 from 127.0.0.1 dev b0 uid 0 
      cache 
  $ ip netns exec a nc -z -w 1 10.0.0.2 8080; echo rc=$?
  rc=0
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  $ ip netns exec b sysctl -w net.ipv4.conf.b0.route_localnet=0 net.ipv4.conf.all.route_localnet=1
  net.ipv4.conf.b0.route_localnet = 0
  net.ipv4.conf.all.route_localnet = 1
  $ ip -n b route get 127.0.0.1 from 10.0.0.1 iif b0
  local 127.0.0.1 from 10.0.0.1 dev lo 
      cache <local> iif b0 
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  $ ip netns exec b sysctl -qw net.ipv4.conf.all.route_localnet=0
  $ ip netns exec b iptables -t nat -L PREROUTING -n -v -x | sed -E 's/^ +[0-9]+ +[0-9]+/ P B/'
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
   P B DNAT       6    --  b0     *       0.0.0.0/0            0.0.0.0/0            tcp dpt:8080 to:127.0.0.1:80
   P B DNAT       1    --  b0     *       0.0.0.0/0            0.0.0.0/0            to:127.0.0.1
  $ ip netns exec b iptables -t nat -F
  $ ip -n b addr add 127.5.0.1/16 dev b0
  $ ip -n b route show table local | grep 127.5
  local 127.5.0.1 dev b0 proto kernel scope host src 127.5.0.1 
  broadcast 127.5.255.255 dev b0 proto kernel scope link src 127.5.0.1 
  $ ip -n a route add 127.5.0.0/16 via 10.0.0.2
  $ ip -n b route get 127.5.0.1 from 10.0.0.1 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec a ping -c 1 -W 1 127.5.0.1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.route_localnet=1
  $ ip -n b route get 127.5.0.1 from 10.0.0.1 iif b0
  local 127.5.0.1 from 10.0.0.1 dev lo 
      cache <local> iif b0 
  $ ip netns exec a ping -c 1 -W 1 127.5.0.1 | sed -n 2p | sed -E 's/time=.*//'
  $ ip netns exec a ping -c 1 -W 1 127.5.0.9 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b nstat -az IpInAddrErrors IpInDelivers IpOutNoRoutes IpExtInNoRoutes IcmpInEchos IcmpOutEchoReps TcpPassiveOpens | tail -n +2
  IpInAddrErrors                  1                  0.0
  IpInDelivers                    7                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpInEchos                     3                  0.0
  IcmpOutEchoReps                 3                  0.0
  TcpPassiveOpens                 1                  0.0
  IpExtInNoRoutes                 0                  0.0
