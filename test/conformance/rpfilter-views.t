Where rp_filter and the martian knobs show and what a refused packet looks like from outside: sysctl -a and /proc/sys listings of rp_filter and log_martians, ip route get in JSON and with fibmatch (refused alike), tcpdump on the refusing host seeing the request arrive while no reply leaves, and the sender's counters.
  $ for n in a r; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.2/24 dev a0; ip -n a addr add 10.2.0.2/24 dev a1
  $ ip -n r addr add 10.1.0.1/24 dev r0; ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n a addr add 172.16.0.1/32 dev lo
  $ ip -n r addr add 10.9.0.1/32 dev lo
  $ ip -n r route add 172.16.0.1/32 via 10.1.0.2
  $ ip -n a route add 10.9.0.0/16 via 10.2.0.1
  $ ip -n a neigh add 10.2.0.1 lladdr 02:00:00:00:01:02 dev a1
  $ ip netns exec r sysctl -qw net.ipv4.conf.r1.rp_filter=2 net.ipv4.conf.default.log_martians=1
  $ ip netns exec r sysctl -a 2>/dev/null | grep -E '\.(rp_filter|log_martians) '
  net.ipv4.conf.all.log_martians = 0
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.default.log_martians = 1
  net.ipv4.conf.default.rp_filter = 0
  net.ipv4.conf.lo.log_martians = 0
  net.ipv4.conf.lo.rp_filter = 0
  net.ipv4.conf.r0.log_martians = 0
  net.ipv4.conf.r0.rp_filter = 0
  net.ipv4.conf.r1.log_martians = 0
  net.ipv4.conf.r1.rp_filter = 2
  $ ip netns exec r sh -c 'cat /proc/sys/net/ipv4/conf/*/rp_filter'
  0
  0
  0
  0
  2
  $ ip netns exec r sh -c 'grep . /proc/sys/net/ipv4/conf/*/log_martians'
  /proc/sys/net/ipv4/conf/all/log_martians:0
  /proc/sys/net/ipv4/conf/default/log_martians:1
  /proc/sys/net/ipv4/conf/lo/log_martians:0
  /proc/sys/net/ipv4/conf/r0/log_martians:0
  /proc/sys/net/ipv4/conf/r1/log_martians:0
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1 fibmatch
  local 10.9.0.1 dev lo proto kernel scope host src 10.9.0.1 
  $ ip -n r -j route get 10.9.0.1 from 172.16.0.1 iif r1
  [{"type":"local","dst":"10.9.0.1","from":"172.16.0.1","dev":"lo","flags":[],"cache":["local"],"iif":"r1"}]
  $ ip netns exec r sysctl -qw net.ipv4.conf.r1.rp_filter=1
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1 fibmatch
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r -j route get 10.9.0.1 from 172.16.0.1 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r0 fibmatch
  local 10.9.0.1 dev lo proto kernel scope host src 10.9.0.1 
  $ ip netns exec r sh -c 'tcpdump -n -e -l -i r1 icmp > r1.cap 2>/dev/null & sleep 0.3'
  $ ip netns exec r sh -c 'tcpdump -n -e -l -i r0 icmp > r0.cap 2>/dev/null & sleep 0.3'
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 -I 172.16.0.1 10.9.0.1 | tail -2
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ sleep 0.5; cat r1.cap | sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id N/'; cat r0.cap | wc -l
  02:00:00:00:0a:02 > 02:00:00:00:01:02, ethertype IPv4 (0x0800), length 98: 172.16.0.1 > 10.9.0.1: ICMP echo request, id N, seq 1, length 64
  02:00:00:00:0a:02 > 02:00:00:00:01:02, ethertype IPv4 (0x0800), length 98: 172.16.0.1 > 10.9.0.1: ICMP echo request, id N, seq 2, length 64
  0
  $ ip netns exec a nstat -az IcmpOutEchos IcmpInEchoReps IpOutRequests | tail -n +2
  IpOutRequests                   2                  0.0
  IcmpInEchoReps                  0                  0.0
  IcmpOutEchos                    2                  0.0
  $ ip netns exec r nstat -az IpInReceives IcmpInEchos IcmpOutEchoReps TcpExtIPReversePathFilter | tail -n +2
  IpInReceives                    2                  0.0
  IcmpInEchos                     0                  0.0
  IcmpOutEchoReps                 0                  0.0
  TcpExtIPReversePathFilter       2                  0.0
  $ ip -n r -s link show r1 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             196       2      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
