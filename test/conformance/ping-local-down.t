ping of a host's own addresses while lo or the address's device is down: the local route needs its device up, the packet itself goes through lo; with the routes and counters after each change.
  $ ip netns add a; ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n a link add a0 address 02:00:00:00:00:01 type veth peer name a1 address 02:00:00:00:00:02
  $ ip -n a link set a0 up; ip -n a link set a1 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip netns exec a ping -c 1 -W 1 10.0.0.1 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.
  
  --- 10.0.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -W 1 127.0.0.1
  ping: connect: Network is unreachable
  [2]
  $ ip -n a link set lo up
  $ ip netns exec a ping -c 1 10.0.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 
  $ ip -n a link set lo down
  $ ip -n a route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  $ ip netns exec a ping -c 1 -W 1 10.0.0.1 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.
  
  --- 10.0.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -W 1 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n a link set lo up
  $ ip -n a link set a0 down
  $ ip -n a route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip netns exec a ping -c 1 -W 1 10.0.0.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X ms/'
  PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=T ms
  
  --- 10.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -W 1 -I a0 10.0.0.1
  ping: connect: Network is unreachable
  [2]
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2
  ping: connect: Network is unreachable
  [2]
  $ ip netns exec a ping -c 1 -W 1 10.0.0.255 | sed -E 's/time [0-9]+ms/time Tms/'
  ping: connect: Network is unreachable
  $ ip -n a route get 10.0.0.1
  local 10.0.0.1 dev lo src 10.0.0.1 uid 0 
      cache <local> 
  $ ip netns exec a nstat -az IpInReceives IpOutRequests IpOutNoRoutes IpInDelivers IcmpInEchos IcmpOutEchoReps IpOutDiscards | tail -n +2
  IpInReceives                    4                  0.0
  IpInDelivers                    4                  0.0
  IpOutRequests                   7                  0.0
  IpOutDiscards                   0                  0.0
  IpOutNoRoutes                   4                  0.0
  IcmpInEchos                     2                  0.0
  IcmpOutEchoReps                 2                  0.0
  $ ip -n a -s link show lo | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             336       4      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             336       4      0       3       0       0 
