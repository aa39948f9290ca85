NAT through loopback on a stock kernel: DNAT in OUTPUT to 127.0.0.1 for the host's own connections (no route_localnet needed: the packet stays on lo), DNAT in PREROUTING to 127.0.0.1 for a client (dropped until route_localnet, and then a reply from 127.0.0.1 is un-NATed back), with conntrack listings and rule counters.
  $ ip netns add c
  $ ip netns add g
  $ ip link add eth0 netns c address 02:00:00:00:04:01 type veth peer name eth0 netns g address 02:00:00:00:04:02
  $ for n in c g; do ip -n $n link set lo up; ip -n $n link set eth0 up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1; done
  $ ip -n c addr add 172.16.5.2/24 dev eth0
  $ ip -n g addr add 172.16.5.1/24 dev eth0
  $ ip netns exec g iptables -t nat -A OUTPUT -d 172.16.5.1 -p tcp --dport 80 -j DNAT --to-destination 127.0.0.1:8080
  $ ip netns exec g iptables -t nat -A PREROUTING -i eth0 -p tcp --dport 80 -j DNAT --to-destination 127.0.0.1:8080
  $ ip netns exec g iptables -t nat -A PREROUTING -i eth0 -p udp --dport 53 -j DNAT --to-destination 127.0.0.53
  $ ip netns exec g sh -c "nc -l -k -s 127.0.0.1 -p 8080 > srv.out & sleep 0.3"
  $ ip netns exec g sh -c "echo local | nc -N -w 1 -p 41001 172.16.5.1 80"; echo rc=$?
  rc=0
  $ sleep 0.2; cat srv.out
  local
  $ ip netns exec g conntrack -L -p tcp 2>/dev/null | sed -E 's/^tcp +6 [0-9]+ /tcp 6 T /'
  tcp 6 T TIME_WAIT src=172.16.5.1 dst=172.16.5.1 sport=41001 dport=80 src=127.0.0.1 dst=172.16.5.1 sport=8080 dport=41001 [ASSURED] mark=0 use=1
  $ ip netns exec c sh -c "echo remote | nc -N -w 1 -p 41002 172.16.5.1 80"; echo rc=$?
  rc=1
  $ ip netns exec g nstat -az IpInAddrErrors IpExtInNoRoutes IpInHdrErrors
  #kernel
  IpInHdrErrors                   0                  0.0
  IpInAddrErrors                  0                  0.0
  IpExtInNoRoutes                 0                  0.0
  $ ip netns exec g iptables -t nat -L PREROUTING -v -n -x | sed -E 's/ +/ /g'
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   1 60 DNAT 6 -- eth0 * 0.0.0.0/0 0.0.0.0/0 tcp dpt:80 to:127.0.0.1:8080
   0 0 DNAT 17 -- eth0 * 0.0.0.0/0 0.0.0.0/0 udp dpt:53 to:127.0.0.53
  $ ip netns exec g sysctl -qw net.ipv4.conf.eth0.route_localnet=1
  $ ip netns exec c sh -c "echo remote | nc -N -w 1 -p 41002 172.16.5.1 80"; echo rc=$?
  rc=0
  $ sleep 0.2; cat srv.out
  local
  remote
  $ ip netns exec g conntrack -L -p tcp -s 172.16.5.2 2>/dev/null | sed -E 's/^tcp +6 [0-9]+ /tcp 6 T /'
  tcp 6 T TIME_WAIT src=172.16.5.2 dst=172.16.5.1 sport=41002 dport=80 src=127.0.0.1 dst=172.16.5.2 sport=8080 dport=41002 [ASSURED] mark=0 use=1
  $ ip netns exec g sh -c "nc -u -l -s 127.0.0.53 -p 53 > dns.out & sleep 0.3"
  $ ip netns exec c sh -c "echo query | nc -u -w 1 -p 40000 172.16.5.1 53"
  $ sleep 0.2; cat dns.out
  query
  $ ip netns exec g conntrack -L -p udp 2>/dev/null | sed -E 's/^udp +17 [0-9]+ /udp 17 T /'
  udp 17 T src=172.16.5.2 dst=172.16.5.1 sport=40000 dport=53 [UNREPLIED] src=127.0.0.53 dst=172.16.5.2 sport=53 dport=40000 mark=0 use=1
  $ ip netns exec g iptables -t nat -L PREROUTING -v -n -x | sed -E 's/ +/ /g'
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   2 120 DNAT 6 -- eth0 * 0.0.0.0/0 0.0.0.0/0 tcp dpt:80 to:127.0.0.1:8080
   1 34 DNAT 17 -- eth0 * 0.0.0.0/0 0.0.0.0/0 udp dpt:53 to:127.0.0.53
  $ ip -n g route get 127.0.0.1 from 172.16.5.2 iif eth0
  local 127.0.0.1 from 172.16.5.2 dev lo 
      cache <local> iif eth0 
  $ ip -n g route get 172.16.5.2 from 127.0.0.1
  172.16.5.2 from 127.0.0.1 dev eth0 uid 0 
      cache 
  $ ip netns exec g sysctl -qw net.ipv4.conf.eth0.route_localnet=0
  $ ip netns exec g sysctl -qw net.ipv4.conf.all.route_localnet=1
  $ ip -n g route get 127.0.0.1 from 172.16.5.2 iif eth0
  local 127.0.0.1 from 172.16.5.2 dev lo 
      cache <local> iif eth0 
  $ ip netns exec g conntrack -F 2>&1
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ ip netns exec c sh -c "echo again | nc -N -w 1 -p 41003 172.16.5.1 80"; echo rc=$?
  rc=0
  $ sleep 0.2; cat srv.out
  local
  remote
  again
