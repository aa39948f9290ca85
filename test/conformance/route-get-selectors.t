ip route get with from, iif, oif, mark, tos, dsfield, fibmatch, connected, uid, ipproto, ports, and -j.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:00:03 type veth peer name b1 address 02:00:00:00:00:04
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip route add default via 10.0.0.2
  $ ip route add 172.16.0.0/12 via 10.0.1.2 tos 0x10
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip route get 172.16.1.1
  172.16.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 172.16.1.1 tos 0x10
  172.16.1.1 tos 0x10 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 172.16.1.1 dsfield 0x10
  172.16.1.1 tos 0x10 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 172.16.1.1 tos 0x11
  172.16.1.1 tos 0x10 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 8.8.8.8 from 10.0.1.1
  8.8.8.8 from 10.0.1.1 via 10.0.0.2 dev a0 uid 0 
      cache 
  $ ip route get 8.8.8.8 oif a1
  8.8.8.8 dev a1 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 8.8.8.8 from 10.0.0.2 iif a0
  8.8.8.8 from 10.0.0.2 via 10.0.0.2 dev a0 
      cache <redirect> iif a0 
  $ ip route get 8.8.8.8 from 10.0.1.2 iif a1
  8.8.8.8 from 10.0.1.2 via 10.0.0.2 dev a0 
      cache iif a1 
  $ ip route get 8.8.8.8 from 10.0.0.2 iif a0 mark 7
  8.8.8.8 from 10.0.0.2 via 10.0.0.2 dev a0 mark 7 
      cache <redirect> iif a0 
  $ ip route get 8.8.8.8 mark 0x20 uid 1000
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 mark 0x20 uid 1000 
      cache 
  $ ip route get 8.8.8.8 ipproto tcp sport 1234 dport 80
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 8.8.8.8 ipproto udp dport 53
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get fibmatch 8.8.8.8
  default via 10.0.0.2 dev a0 
  $ ip route get fibmatch 172.16.1.1 tos 0x10
  172.16.0.0/12 tos 0x10 via 10.0.1.2 dev a1 
  $ ip route get connected 8.8.8.8 from 10.0.0.2 iif a0
  8.8.8.8 from 10.0.0.2 via 10.0.0.2 dev a0 
      cache <redirect> iif a0 
  $ ip route get 10.0.0.2 connected
  10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip -j route get 8.8.8.8
  [{"dst":"8.8.8.8","gateway":"10.0.0.2","dev":"a0","prefsrc":"10.0.0.1","flags":[],"uid":0,"cache":[]}]
  $ ip -j -p route get 8.8.8.8 from 10.0.0.2 iif a0
  [ {
          "dst": "8.8.8.8",
          "from": "10.0.0.2",
          "gateway": "10.0.0.2",
          "dev": "a0",
          "flags": [ ],
          "cache": [ "redirect" ],
          "iif": "a0"
      } ]
  $ ip -j route get fibmatch 8.8.8.8
  [{"dst":"default","gateway":"10.0.0.2","dev":"a0","flags":[]}]
  $ ip route get 8.8.8.8 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 8.8.8.8 from 10.0.0.2 iif nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route get 8.8.8.8 oif nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route get 8.8.8.8 from 1.2.3.4
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 8.8.8.8 from 10.0.0.1 oif a1
  8.8.8.8 from 10.0.0.1 dev a1 uid 0 
      cache 
  $ ip route get 127.0.0.1
  local 127.0.0.1 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get 10.0.0.1
  local 10.0.0.1 dev lo src 10.0.0.1 uid 0 
      cache <local> 
  $ ip route get 10.0.0.1 from 10.0.0.2 iif a0
  local 10.0.0.1 from 10.0.0.2 dev lo 
      cache <local> iif a0 
  $ ip route get 10.0.0.255
  broadcast 10.0.0.255 dev a0 src 10.0.0.1 uid 0 
      cache <local,brd> 
  $ ip route get 255.255.255.255
  broadcast 255.255.255.255 dev a0 src 10.0.0.1 uid 0 
      cache <local,brd> 
  $ ip route get 224.0.0.1
  multicast 224.0.0.1 dev a0 src 10.0.0.1 rt_offload_failed uid 0 
      cache <local,mc> 
  $ ip route get 0.0.0.0
  local 0.0.0.0 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get
  need at least a destination address
  [1]
  $ ip route get 8.8.8.8/24
  Warning: /24 as prefix is invalid, only /32 (or none) is supported.
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 8.8.8.8 mark zz
  Error: argument "zz" is wrong: invalid mark value
  [255]
  $ ip route get 8.8.8.8 tos zz
  Error: argument "zz" is wrong: TOS value is invalid
  [255]
  $ ip route get 8.8.8.8 from 10.0.0.2 iif a0 tos 0x10 
  8.8.8.8 from 10.0.0.2 via 10.0.0.2 dev a0 
      cache <redirect> iif a0 
  $ ip route get to 8.8.8.8 vrf nosuch
  Error: argument "nosuch" is wrong: Invalid VRF
  [255]
