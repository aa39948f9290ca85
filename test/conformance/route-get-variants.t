ip route get: special destinations, selectors and fibmatch.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 192.168.1.1/24 dev a0
  $ ip route add default via 192.168.1.254
  $ ip route add 10.1.0.0/16 via 192.168.1.2 metric 5
  $ ip route get 127.0.0.1
  local 127.0.0.1 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get 127.1.2.3
  local 127.1.2.3 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get 192.168.1.1
  local 192.168.1.1 dev lo src 192.168.1.1 uid 0 
      cache <local> 
  $ ip route get 192.168.1.255
  broadcast 192.168.1.255 dev a0 src 192.168.1.1 uid 0 
      cache <local,brd> 
  $ ip route get 255.255.255.255
  broadcast 255.255.255.255 dev a0 src 192.168.1.1 uid 0 
      cache <local,brd> 
  $ ip route get 224.0.0.1
  multicast 224.0.0.1 dev a0 src 192.168.1.1 rt_offload_failed uid 0 
      cache <local,mc> 
  $ ip route get 0.0.0.0
  local 0.0.0.0 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get 10.1.2.3 fibmatch
  10.1.0.0/16 via 192.168.1.2 dev a0 metric 5 
  $ ip route get fibmatch 10.2.2.3
  default via 192.168.1.254 dev a0 
  $ ip route get 10.1.2.3 from 192.168.1.1 fibmatch
  10.1.0.0/16 via 192.168.1.2 dev a0 metric 5 
  $ ip route get 10.1.2.3 oif a0
  10.1.2.3 via 192.168.1.2 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get 10.1.2.3 oif b0
  10.1.2.3 dev b0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get 10.1.2.3 oif nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route get 10.1.2.3 tos 0x10
  10.1.2.3 via 192.168.1.2 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get 10.1.2.3 dsfield 0x10
  10.1.2.3 via 192.168.1.2 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get 10.1.2.3 mark 7
  10.1.2.3 via 192.168.1.2 dev a0 src 192.168.1.1 mark 7 uid 0 
      cache 
  $ ip route get 10.1.2.3 uid 1000
  10.1.2.3 via 192.168.1.2 dev a0 src 192.168.1.1 uid 1000 
      cache 
  $ ip route get 10.1.2.3 from 192.168.1.77
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.1.2.3 from 192.168.1.2 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.1.2.3 from 192.168.1.2 iif b0
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 192.168.1.1 from 192.168.1.2 iif a0
  local 192.168.1.1 from 192.168.1.2 dev lo 
      cache <local> iif a0 
  $ ip route get 10.1.2.3 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.2.3 from 192.168.1.2 iif nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route get
  need at least a destination address
  [1]
  $ ip route get 300.1.1.1
  Error: any valid prefix is expected rather than "300.1.1.1".
  [1]
  $ ip route get 10.1.2.3/24
  Warning: /24 as prefix is invalid, only /32 (or none) is supported.
  10.1.2.3 via 192.168.1.2 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip -o route get 10.1.2.3
  10.1.2.3 via 192.168.1.2 dev a0 src 192.168.1.1 uid 0 \    cache 
  $ ip -j route get 10.1.2.3
  [{"dst":"10.1.2.3","gateway":"192.168.1.2","dev":"a0","prefsrc":"192.168.1.1","flags":[],"uid":0,"cache":[]}]
  $ ip -j -p route get 10.1.2.3 fibmatch
  [ {
          "dst": "10.1.0.0/16",
          "gateway": "192.168.1.2",
          "dev": "a0",
          "metric": 5,
          "flags": [ ]
      } ]
  $ ip route get 10.1.2.3 connected
  10.1.2.3 via 192.168.1.2 dev a0 src 192.168.1.1 uid 0 
      cache 
  10.1.2.3 via 192.168.1.2 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get to 10.1.2.3 ipproto udp sport 53 dport 53
  10.1.2.3 via 192.168.1.2 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get 10.1.2.3 ipproto tcp dport 80
  10.1.2.3 via 192.168.1.2 dev a0 src 192.168.1.1 uid 0 
      cache 
