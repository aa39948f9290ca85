ip route get variants: from with iif (input path), oif forcing, connected, fibmatch, mark, ipproto/ports, uid, vrf-less, with forwarding on/off, rp_filter.
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip route add 40.0.0.0/8 via 10.0.0.2
  $ ip route add 40.1.0.0/16 via 10.0.1.2 src 10.0.1.1
  $ ip route get 40.1.1.1 from 10.0.0.9 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip route get 40.1.1.1 from 10.0.0.9 iif a0
  40.1.1.1 from 10.0.0.9 via 10.0.1.2 dev a1 
      cache iif a0 
  $ ip route get 40.1.1.1 from 10.0.0.9 iif a0 fibmatch
  40.1.0.0/16 via 10.0.1.2 dev a1 src 10.0.1.1 
  $ ip route get 40.2.1.1 from 10.0.1.9 iif a1
  40.2.1.1 from 10.0.1.9 via 10.0.0.2 dev a0 
      cache iif a1 
  $ ip route get 40.2.1.1 from 10.0.1.9 iif a1 oif a1
  40.2.1.1 from 10.0.1.9 via 10.0.0.2 dev a0 
      cache iif a1 
  $ ip route get 10.0.1.1 from 10.0.0.9 iif a0
  local 10.0.1.1 from 10.0.0.9 dev lo 
      cache <local> iif a0 
  $ ip route get 10.0.1.255 from 10.0.0.9 iif a0
  broadcast 10.0.1.255 from 10.0.0.9 dev lo 
      cache <local,brd> iif a0 
  $ ip route get 10.0.0.255 from 10.0.0.9 iif a0
  broadcast 10.0.0.255 from 10.0.0.9 dev lo 
      cache <local,brd> iif a0 
  $ ip route get 255.255.255.255 from 10.0.0.9 iif a0
  broadcast 255.255.255.255 from 10.0.0.9 dev lo 
      cache <local,brd> iif a0 
  $ ip route get 224.0.0.5 from 10.0.0.9 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 40.1.1.1 from 10.0.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 40.1.1.1 from 127.0.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 40.1.1.1 from 0.0.0.0 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 40.1.1.1 from 224.0.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 40.1.1.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 40.1.1.1 from 10.0.0.9 iif lo
  40.1.1.1 from 10.0.0.9 via 10.0.1.2 dev a1 
      cache iif lo 
  $ ip route get 40.1.1.1 from 10.0.0.9 iif nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route get 40.1.1.1 oif a0
  40.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 40.1.1.1 oif a0 from 10.0.1.1
  40.1.1.1 from 10.0.1.1 via 10.0.0.2 dev a0 uid 0 
      cache 
  $ ip route get 40.1.1.1 oif lo
  40.1.1.1 dev lo src 10.0.0.1 uid 0 
      cache <local> 
  $ ip route get 40.1.1.1 connected
  40.1.1.1 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
      cache 
  40.1.1.1 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 40.1.1.1 from 10.0.0.9 iif a0 connected
  40.1.1.1 from 10.0.0.9 via 10.0.1.2 dev a1 
      cache iif a0 
  $ ip route get 40.1.1.1 ipproto udp sport 53 dport 53 mark 7 uid 1000 tos 0x10
  40.1.1.1 via 10.0.1.2 dev a1 src 10.0.1.1 mark 7 uid 1000 
      cache 
  $ ip route get 40.1.1.1 ipproto icmp
  40.1.1.1 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 40.1.1.1 ipproto 200 dport 5
  Error: Unsupported ip proto.
  [2]
  $ ip route get 40.1.1.1 sport 99999
  Error: argument "99999" is wrong: invalid sport
  [255]
  $ ip route get 40.1.1.1/24
  Warning: /24 as prefix is invalid, only /32 (or none) is supported.
  40.1.1.1 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 40.1.1.1/32
  40.1.1.1 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
      cache 
  $ ip route get fibmatch 10.0.0.1
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  $ ip route get fibmatch 10.0.0.200
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  $ ip -j route get 40.1.1.1 from 10.0.0.9 iif a0
  [{"dst":"40.1.1.1","from":"10.0.0.9","gateway":"10.0.1.2","dev":"a1","flags":[],"cache":[],"iif":"a0"}]
  $ ip -d route get 40.1.1.1
  unicast 40.1.1.1 via 10.0.1.2 dev a1 table main src 10.0.1.1 uid 0 
      cache 
  $ ip -o route get 40.1.1.1
  40.1.1.1 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 \    cache 
  $ ip route get 0.0.0.0
  local 0.0.0.0 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get 127.1.2.3
  local 127.1.2.3 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get 10.0.0.0
  10.0.0.0 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ sysctl -qw net.ipv4.conf.a0.forwarding=0
  $ ip route get 40.1.1.1 from 10.0.0.9 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ sysctl -qw net.ipv4.conf.a0.forwarding=1
  $ sysctl -qw net.ipv4.conf.a1.rp_filter=1
  $ ip route get 40.2.1.1 from 40.1.0.9 iif a1
  40.2.1.1 from 40.1.0.9 via 10.0.0.2 dev a0 
      cache iif a1 
  $ ip route get 40.2.1.1 from 40.0.0.9 iif a1
  RTNETLINK answers: Invalid argument
  [2]
  $ sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ ip route get 40.2.1.1 from 40.0.0.9 iif a1
  40.2.1.1 from 40.0.0.9 via 10.0.0.2 dev a0 
      cache iif a1 
  $ ip route get 40.2.1.1 from 50.0.0.9 iif a1
  RTNETLINK answers: Invalid argument
  [2]
