lo down while the NICs stay up: the 127/8 routes leave table local but the NICs' local routes stay; ip route get of a NIC address still says dev lo, ping of it and UDP between two local addresses are lost on the down lo (tx_dropped? no: counted nowhere), a neighbour still reaches the NIC address, and lo up brings everything back.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name a2 netns a address 02:00:00:00:0a:03
  $ for d in lo a0 a1 a2; do ip -n a link set $d up; done
  $ ip -n b link set b0 up; ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.1.0.1/24 dev a1
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a link set lo down
  $ ip -n a -4 route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 10.1.0.1 dev a1 proto kernel scope host src 10.1.0.1 
  broadcast 10.1.0.255 dev a1 proto kernel scope link src 10.1.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  $ ip -n a route get 10.0.0.1
  local 10.0.0.1 dev lo src 10.0.0.1 uid 0 
      cache <local> 
  $ ip -n a route get 10.0.0.1 from 10.1.0.1
  local 10.0.0.1 from 10.1.0.1 dev lo uid 0 
      cache <local> 
  $ ip -n a route get 127.0.0.1
  local 127.0.0.1 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip netns exec a ping -c 1 -W 1 10.0.0.1 | grep -E 'PING|bytes from|received'
  PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -I 10.1.0.1 10.0.0.1 | grep -E 'PING|bytes from|received'
  PING 10.0.0.1 (10.0.0.1) from 10.1.0.1 : 56(84) bytes of data.
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -W 1 127.0.0.1 2>&1 | grep -E 'PING|bytes from|received|ping:'
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a -s link show lo | sed -n 1,6p
  1: lo: <LOOPBACK> mtu 65536 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       3       0       0 
  $ ip netns exec b ping -c 1 -W 1 10.0.0.1 | grep -E 'PING|bytes from|received'
  PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a sh -c 'nc -u -l -s 10.0.0.1 -p 9000 > u.out & sleep 0.3'
  $ ip netns exec a sh -c 'echo lost | nc -u -w 1 -s 10.1.0.1 10.0.0.1 9000'
  $ ip netns exec b sh -c 'echo from-b | nc -u -w 1 -p 9001 10.0.0.1 9000'
  $ sleep 0.3; cat u.out
  from-b
  $ ip netns exec a nstat -asz IpOutRequests IpOutDiscards IpOutNoRoutes IcmpOutEchos IcmpInEchos UdpInDatagrams UdpOutDatagrams
  #kernel
  IpOutRequests                   5                  0.0
  IpOutDiscards                   0                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutEchos                    3                  0.0
  UdpInDatagrams                  1                  0.0
  UdpOutDatagrams                 1                  0.0
  $ ip -n a link set lo up
  $ ip -n a -4 route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 10.1.0.1 dev a1 proto kernel scope host src 10.1.0.1 
  broadcast 10.1.0.255 dev a1 proto kernel scope link src 10.1.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip netns exec a ping -c 1 -W 1 -I 10.1.0.1 10.0.0.1 | grep -E 'PING|bytes from|received'
  PING 10.0.0.1 (10.0.0.1) from 10.1.0.1 : 56(84) bytes of data.
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n a -s link show lo | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             168       2      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             168       2      0       4       0       0 
  $ ip netns pids a | xargs -r kill
