A classic gateway trick: DNAT an outside port to a service bound on 127.0.0.1 of the gateway. Without route_localnet the translated packet's loopback destination is a martian (dropped before conntrack confirms the entry, no counter but IpInReceives moves); with route_localnet=1 on the incoming interface it is delivered; checked with ip route get iif, conntrack -L, nstat, ss and the DNAT counters.
  $ for n in gw cl; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add eth0 netns cl address 02:00:00:00:00:01 type veth peer name wan netns gw address 02:00:00:00:00:02
  $ ip -n cl link set eth0 up; ip -n gw link set wan up
  $ ip -n cl addr add 198.18.0.2/24 dev eth0; ip -n gw addr add 198.18.0.1/24 dev wan
  $ ip netns exec gw sh -c 'echo local-svc | nc -l -N -s 127.0.0.1 -p 80 > svc.out 2>&1 & sleep 0.3'
  $ ip netns exec gw ss -tln
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  LISTEN 0      1          127.0.0.1:80        0.0.0.0:*          
  $ ip netns exec gw iptables -t nat -A PREROUTING -i wan -p tcp --dport 8080 -j DNAT --to-destination 127.0.0.1:80
  $ ip -n gw route get 127.0.0.1 from 198.18.0.2 iif wan
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec gw sysctl net.ipv4.conf.wan.route_localnet net.ipv4.conf.all.route_localnet
  net.ipv4.conf.wan.route_localnet = 0
  net.ipv4.conf.all.route_localnet = 0
  $ ip netns exec gw sysctl -qw net.ipv4.conf.all.log_martians=1
  $ ip netns exec cl nc -z -w 2 198.18.0.1 8080; echo rc=$?
  rc=1
  $ ip netns exec gw conntrack -L -p tcp 2>&1 | sed -E 's/ +[0-9]+ ([A-Z_]+) src=/ T \1 src=/; s/(sport|dport)=[0-9]+/\1=P/g'
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec gw nstat -az IpInAddrErrors IpInReceives IpExtInNoRoutes TcpPassiveOpens | sed 1d
  IpInReceives                    2                  0.0
  IpInAddrErrors                  0                  0.0
  TcpPassiveOpens                 0                  0.0
  IpExtInNoRoutes                 0                  0.0
  $ ip netns exec gw sysctl -w net.ipv4.conf.wan.route_localnet=1
  net.ipv4.conf.wan.route_localnet = 1
  $ ip -n gw route get 127.0.0.1 from 198.18.0.2 iif wan
  local 127.0.0.1 from 198.18.0.2 dev lo 
      cache <local> iif wan 
  $ ip netns exec gw conntrack -F 2>&1
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ ip netns exec cl sh -c 'echo hello | nc -N -w 2 198.18.0.1 8080'; echo rc=$?
  local-svc
  rc=0
  $ sleep 0.3; ip netns exec gw cat svc.out
  hello
  $ ip netns exec gw conntrack -L -p tcp 2>&1 | sed -E 's/ +[0-9]+ ([A-Z_]+) src=/ T \1 src=/; s/(sport|dport)=[0-9]+/\1=P/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T TIME_WAIT src=198.18.0.2 dst=198.18.0.1 sport=P dport=P src=127.0.0.1 dst=198.18.0.2 sport=P dport=P [ASSURED] mark=0 use=1
  $ ip netns exec gw nstat -az TcpPassiveOpens TcpActiveOpens | sed 1d
  TcpActiveOpens                  0                  0.0
  TcpPassiveOpens                 1                  0.0
  $ ip netns exec gw iptables -t nat -L PREROUTING -v -n -x | sed 1,2d
         3      180 DNAT       6    --  wan    *       0.0.0.0/0            0.0.0.0/0            tcp dpt:8080 to:127.0.0.1:80
  $ ip netns exec cl ping -c 1 -W 1 -I 198.18.0.2 127.0.0.1 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 1 received, 0% packet loss
  $ ip -n cl route add 127.0.0.0/8 via 198.18.0.1 2>&1; echo rc=$?
  rc=0
  $ ip -n cl route get 127.0.0.5
  local 127.0.0.5 dev lo src 127.0.0.1 uid 0 
      cache <local> 
