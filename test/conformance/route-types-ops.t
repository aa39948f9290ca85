Route types through add/append/prepend/replace/change/del (nat, local, broadcast, anycast, multicast, throw, unreachable, blackhole, prohibit), their scope and nexthop errors, and ip route get for each: an output route to a multicast group is local (<local,mc>, looped back) only for a group the device joined (ip_check_mc_rcu in __mkroute_output).
  $ ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip addr add 192.168.1.1/24 dev v0
  $ ip route add nat 10.1.0.0/24 via 192.168.1.5
  Error: Invalid scope.
  [2]
  $ ip route add nat 10.1.0.1 via 192.168.1.5
  Error: Invalid scope.
  [2]
  $ ip route add local 10.2.0.0/24 dev v0
  $ ip route add broadcast 10.3.0.255 dev v0
  $ ip route add anycast 10.4.0.0/24 dev v0
  $ ip route add multicast 224.1.0.0/16 dev v0
  $ ip route add throw 10.5.0.0/16
  $ ip route add throw 10.5.0.0/16 dev v0
  Error: Gateway, device and multipath can not be specified for this route type.
  [2]
  $ ip route add unreachable 10.6.0.0/16 dev v0
  Error: Gateway, device and multipath can not be specified for this route type.
  [2]
  $ ip route add blackhole 10.7.0.0/16 via 192.168.1.5
  Error: Gateway, device and multipath can not be specified for this route type.
  [2]
  $ ip route add prohibit 10.8.0.0/16 metric 5
  $ ip route append prohibit 10.8.0.0/16 metric 5
  RTNETLINK answers: File exists
  [2]
  $ ip route prepend blackhole 10.8.0.0/16 metric 5
  $ ip route append 10.8.0.0/16 via 192.168.1.5 metric 5
  $ ip route show
  throw 10.5.0.0/16 
  blackhole 10.8.0.0/16 metric 5 
  prohibit 10.8.0.0/16 metric 5 
  10.8.0.0/16 via 192.168.1.5 dev v0 metric 5 
  192.168.1.0/24 dev v0 proto kernel scope link src 192.168.1.1 
  multicast 224.1.0.0/16 dev v0 scope link 
  $ ip route show table local | grep -v 127
  local 10.2.0.0/24 dev v0 scope host 
  broadcast 10.3.0.255 dev v0 scope link 
  anycast 10.4.0.0/24 dev v0 scope link 
  local 192.168.1.1 dev v0 proto kernel scope host src 192.168.1.1 
  broadcast 192.168.1.255 dev v0 proto kernel scope link src 192.168.1.1 
  $ ip route replace 10.8.0.0/16 via 192.168.1.6 metric 5
  $ ip route show 10.8.0.0/16
  10.8.0.0/16 via 192.168.1.6 dev v0 metric 5 
  prohibit 10.8.0.0/16 metric 5 
  10.8.0.0/16 via 192.168.1.5 dev v0 metric 5 
  $ ip route change unreachable 10.8.0.0/16 metric 5
  $ ip route show 10.8.0.0/16
  unreachable 10.8.0.0/16 metric 5 
  prohibit 10.8.0.0/16 metric 5 
  10.8.0.0/16 via 192.168.1.5 dev v0 metric 5 
  $ ip route change blackhole 10.8.0.0/16 metric 6
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route del 10.8.0.0/16 metric 5
  $ ip route show 10.8.0.0/16
  prohibit 10.8.0.0/16 metric 5 
  10.8.0.0/16 via 192.168.1.5 dev v0 metric 5 
  $ ip route del blackhole 10.8.0.0/16
  RTNETLINK answers: No such process
  [2]
  $ ip route del prohibit 10.8.0.0/16
  $ ip route show 10.8.0.0/16
  10.8.0.0/16 via 192.168.1.5 dev v0 metric 5 
  $ ip route add 10.9.0.0/16 via 192.168.1.5 type unicast
  Error: either "to" is duplicate, or "type" is a garbage.
  [255]
  $ ip route add type local 10.9.1.0/24 dev v0
  Error: any valid prefix is expected rather than "type".
  [1]
  $ ip route add unicast 10.9.2.0/24 dev v0 scope host
  $ ip route add local 10.9.3.0/24 dev v0 scope link
  Error: Invalid scope.
  [2]
  $ ip route add broadcast 10.9.4.0/24 dev v0 via 192.168.1.5
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add unreachable 10.9.5.0/24 scope link
  $ ip route add blackhole 10.9.6.0/24 scope host
  $ ip route add 10.9.7.0/24 via 192.168.1.5 scope host
  Error: Route with host scope can not have a gateway.
  [2]
  $ ip route add 10.9.8.0/24 via 192.168.1.5 scope link
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.9.9.0/24 dev v0 scope global
  $ ip route add 10.9.10.0/24 dev v0 scope 200
  $ ip route add 10.9.11.0/24 dev v0 scope nowhere
  Error: Invalid scope.
  [2]
  $ ip route add 10.9.12.0/24 dev v0 scope bogus
  Error: argument "bogus" is wrong: invalid "scope" value
  [255]
  $ ip route show | grep 10.9
  10.9.2.0/24 dev v0 scope host 
  unreachable 10.9.5.0/24 scope link 
  blackhole 10.9.6.0/24 scope host 
  10.9.9.0/24 dev v0 
  10.9.10.0/24 dev v0 scope site 
  $ ip route show table local | grep 10.9
  [1]
  $ ip route get 10.9.3.7
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.9.5.7
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.9.6.7
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.7
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.4.0.7
  anycast 10.4.0.7 dev v0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get 10.5.0.7
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 224.1.2.3
  multicast 224.1.2.3 dev v0 src 192.168.1.1 rt_offload_failed uid 0 
      cache <mc> 
  $ ip route add xresolve 10.10.0.0/16
  Error: Invalid scope.
  [2]
  $ ip route add 10.10.0.0/16 type bogus
  Error: either "to" is duplicate, or "type" is a garbage.
  [255]
  $ ip route add bogus 10.10.0.0/16
  Error: any valid prefix is expected rather than "bogus".
  [1]
  $ ip route get 224.0.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 224.0.0.1 oif v0
  multicast 224.0.0.1 dev v0 src 192.168.1.1 rt_offload_failed uid 0 
      cache <local,mc> 
  $ ip route get 239.1.2.3
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route add 239.0.0.0/8 dev v0
  $ ip route get 239.1.2.3
  multicast 239.1.2.3 dev v0 src 192.168.1.1 rt_offload_failed uid 0 
      cache <mc> 
  $ ip route get 224.1.2.3 from 192.168.1.1
  multicast 224.1.2.3 from 192.168.1.1 dev v0 rt_offload_failed uid 0 
      cache <mc> 
  $ ip route get 255.255.255.255 oif v0
  broadcast 255.255.255.255 dev v0 src 192.168.1.1 uid 0 
      cache <local,brd> 
  $ ip route get 192.168.1.255
  broadcast 192.168.1.255 dev v0 src 192.168.1.1 uid 0 
      cache <local,brd> 
  $ ip -j route get 224.1.2.3
  [{"type":"multicast","dst":"224.1.2.3","dev":"v0","prefsrc":"192.168.1.1","flags":["rt_offload_failed"],"uid":0,"cache":["mc"]}]
  $ nstat -asz IpExtOutMcastPkts IpExtInMcastPkts IpInReceives
  #kernel
  IpInReceives                    0                  0.0
  IpExtInMcastPkts                0                  0.0
  IpExtOutMcastPkts               0                  0.0
  $ ping -c 2 -i 0.2 -W 1 224.1.2.3 | sed -n 1p
  PING 224.1.2.3 (224.1.2.3) 56(84) bytes of data.
  $ nstat -asz IpExtOutMcastPkts IpExtInMcastPkts IpInReceives IpOutRequests
  #kernel
  IpInReceives                    2                  0.0
  IpOutRequests                   2                  0.0
  IpExtInMcastPkts                0                  0.0
  IpExtOutMcastPkts               2                  0.0
