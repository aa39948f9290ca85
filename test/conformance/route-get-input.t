ip route get iif: input routes to local, broadcast and forwarded destinations, with forwarding off and on, martians, and rp_filter.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:00:03 type veth peer name b1 address 02:00:00:00:00:04
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip route get 10.0.0.1 from 10.0.0.2 iif a0
  local 10.0.0.1 from 10.0.0.2 dev lo 
      cache <local> iif a0 
  $ ip route get 10.0.1.1 from 10.0.0.2 iif a0
  local 10.0.1.1 from 10.0.0.2 dev lo 
      cache <local> iif a0 
  $ ip route get 10.0.0.255 from 10.0.0.2 iif a0
  broadcast 10.0.0.255 from 10.0.0.2 dev lo 
      cache <local,brd> iif a0 
  $ ip route get 255.255.255.255 from 10.0.0.2 iif a0
  broadcast 255.255.255.255 from 10.0.0.2 dev lo 
      cache <local,brd> iif a0 
  $ ip route get 224.0.0.1 from 10.0.0.2 iif a0
  multicast 224.0.0.1 from 10.0.0.2 dev lo rt_offload_failed 
      cache <local,mc> iif a0 
  $ ip route get 10.0.1.2 from 10.0.0.2 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip route get 10.0.1.2 from 10.0.0.2 iif a0
  10.0.1.2 from 10.0.0.2 dev a1 
      cache iif a0 
  $ ip -d route get 10.0.1.2 from 10.0.0.2 iif a0
  unicast 10.0.1.2 from 10.0.0.2 dev a1 table main 
      cache iif a0 
  $ ip route get 10.0.0.3 from 10.0.0.2 iif a0
  10.0.0.3 from 10.0.0.2 dev a0 
      cache <redirect> iif a0 
  $ ip route get 8.8.8.8 from 10.0.0.2 iif a0
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.0.1.2 from 10.0.1.5 iif a0
  10.0.1.2 from 10.0.1.5 dev a1 
      cache iif a0 
  $ sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip route get 10.0.1.2 from 10.0.1.5 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.1.2 from 127.0.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 127.0.0.1 from 10.0.0.2 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 0.0.0.0 from 10.0.0.2 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.1.2 from 224.0.0.5 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.1.2 from 10.0.0.255 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.1.2 from 0.0.0.0 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.1 iif lo
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.1.2 from 10.0.0.1 iif lo
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.1.2 from 10.0.0.2 iif a0 mark 5 tos 0x10
  10.0.1.2 from 10.0.0.2 dev a1 mark 5 
      cache iif a0 
  $ ip -j route get 10.0.1.2 from 10.0.0.2 iif a0
  [{"dst":"10.0.1.2","from":"10.0.0.2","dev":"a1","flags":[],"cache":[],"iif":"a0"}]
  $ ip link set a1 down
  $ ip route get 10.0.1.2 from 10.0.0.2 iif a0
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip link set a0 down
  $ ip route get 10.0.1.2 from 10.0.0.2 iif a0
  RTNETLINK answers: Network is unreachable
  [2]
