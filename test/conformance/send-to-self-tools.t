Send-to-self on a stock kernel with the recipe's rules (lookup local moved below per-destination rules, accept_local): what traceroute, tracepath, a UDP and a TCP exchange with socat, ip route get with fibmatch/oif/iif forms, the wire's counters and nstat's Ip/Icmp/Udp/Tcp counters show of traffic that leaves by one NIC and comes back by the other.
  $ ip netns add h; ip netns add wire; ip netns exec wire sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n wire link add hub type bridge mcast_snooping 0; ip -n wire link set hub up
  $ ip link add eth1 netns h address 02:00:00:00:00:e1 type veth peer name p1 netns wire address 02:00:00:00:90:01
  $ ip link add eth2 netns h address 02:00:00:00:00:e2 type veth peer name p2 netns wire address 02:00:00:00:90:02
  $ ip -n wire link set p1 master hub up; ip -n wire link set p2 master hub up
  $ ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv4.tcp_congestion_control=reno
  $ ip -n h link set lo up; ip -n h link set eth1 up; ip -n h link set eth2 up
  $ ip -n h addr add 192.168.1.1/24 dev eth1; ip -n h addr add 192.168.2.2/24 dev eth2
  $ ip -n h rule add pref 1000 lookup local; ip -n h rule del pref 0
  $ ip -n h rule add pref 100 iif lo to 192.168.2.2 lookup 100; ip -n h route add 192.168.2.2 dev eth1 table 100
  $ ip -n h rule add pref 101 iif lo to 192.168.1.1 lookup 101; ip -n h route add 192.168.1.1 dev eth2 table 101
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth1.accept_local=1 net.ipv4.conf.eth2.accept_local=1 net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.eth1.rp_filter=0 net.ipv4.conf.eth2.rp_filter=0
  $ sleep 1; ip netns exec h nstat -n >/dev/null 2>&1; ip netns exec h nstat -az >/dev/null
  $ ip -n h route get 192.168.2.2 from 192.168.1.1
  192.168.2.2 from 192.168.1.1 dev eth1 table 100 uid 0 
      cache 
  $ ip -n h route get fibmatch 192.168.2.2 from 192.168.1.1
  192.168.2.2 dev eth1 table 100 scope link 
  $ ip -n h route get 192.168.2.2 from 192.168.1.1 iif eth1
  local 192.168.2.2 from 192.168.1.1 dev lo table local 
      cache <local> iif eth1 
  $ ip -n h route get 192.168.2.2 oif eth1
  192.168.2.2 dev eth1 table 100 src 192.168.1.1 uid 0 
      cache 
  $ ip -n h route get 192.168.2.2 oif eth2
  local 192.168.2.2 dev lo table local src 192.168.2.2 uid 0 
      cache <local> 
  $ ip -n h route get 192.168.1.1 from 192.168.2.2 iif eth2
  local 192.168.1.1 from 192.168.2.2 dev lo table local 
      cache <local> iif eth2 
  $ ip netns exec h traceroute -n -q 1 -w 1 -s 192.168.1.1 192.168.2.2 | sed -E 's/  [0-9.]+ ms/  X ms/'
  traceroute to 192.168.2.2 (192.168.2.2), 30 hops max, 60 byte packets
   1  192.168.2.2  X ms
  $ ip netns exec h tracepath -n -4 192.168.2.2 | sed -E 's/[0-9.]+ms/Xms/'
   1?: [LOCALHOST]                      pmtu 1500
   1:  192.168.2.2                                           Xms reached
       Resume: pmtu 1500 hops 1 back 1 
  $ ip netns exec h sh -c 'socat -u UDP4-RECV:7000,bind=192.168.2.2 CREATE:got & sleep 0.3; echo hello | socat -u - UDP4-SENDTO:192.168.2.2:7000,bind=192.168.1.1; sleep 0.3; cat got'
  hello
  $ ip netns exec h sh -c 'socat -u TCP4-LISTEN:7001,bind=192.168.2.2,reuseaddr CREATE:tgot & sleep 0.3; head -c 3000 /dev/zero | socat -u - TCP4:192.168.2.2:7001,bind=192.168.1.1; sleep 0.3; wc -c < tgot'
  3000
  $ ip -n wire -s link show p1 | sed -n '4p;6p'
            7640      25      0       0       0       0 
            1450      11      0       0       0       0 
  $ ip -n wire -s link show p2 | sed -n '4p;6p'
            1450      11      0       0       0       0 
            7640      25      0       0       0       0 
  $ ip -n h neigh show | sort
  192.168.1.1 dev eth2 lladdr 02:00:00:00:00:e1 DELAY 
  192.168.2.2 dev eth1 lladdr 02:00:00:00:00:e2 REACHABLE 
  $ ip netns exec h nstat -az | grep -E '^(IpInReceives|IpInDelivers|IpOutRequests|IcmpInMsgs|IcmpOutMsgs|IcmpInTimeExcds|IcmpOutTimeExcds|IcmpInDestUnreachs|IcmpOutDestUnreachs|UdpInDatagrams|UdpOutDatagrams|UdpNoPorts|TcpActiveOpens|TcpPassiveOpens|TcpInSegs|TcpOutSegs) '
  IpInReceives                    34                 0.0
  IpInDelivers                    34                 0.0
  IpOutRequests                   34                 0.0
  IcmpInMsgs                      7                  0.0
  IcmpInDestUnreachs              7                  0.0
  IcmpInTimeExcds                 0                  0.0
  IcmpOutMsgs                     7                  0.0
  IcmpOutDestUnreachs             7                  0.0
  IcmpOutTimeExcds                0                  0.0
  TcpActiveOpens                  1                  0.0
  TcpPassiveOpens                 1                  0.0
  TcpInSegs                       8                  0.0
  TcpOutSegs                      10                 0.0
  UdpInDatagrams                  1                  0.0
  UdpNoPorts                      18                 0.0
  UdpOutDatagrams                 19                 0.0
