ip route get with iif for the reverse-path check in its forms: a device without the address of the source's subnet, a device down, lo, one with arp off or its addresses flushed, with oif too, prefix and dsfield forms, connected; rp_filter=1 on all.
  $ ip netns add a; ip netns add r
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for d in a0 a1 lo; do ip -n a link set $d up; done; for d in r0 lo; do ip -n r link set $d up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0; ip -n a addr add 10.2.0.2/24 dev a1; ip -n a addr add 172.16.0.1/32 dev lo
  $ ip -n r addr add 10.1.0.1/24 dev r0; ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n r route get 10.1.0.1 from 10.2.0.2 iif r1
  local 10.1.0.1 from 10.2.0.2 dev lo 
      cache <local> iif r1 
  $ ip -n r route get 10.2.0.1 from 10.1.0.2 iif r0
  local 10.2.0.1 from 10.1.0.2 dev lo 
      cache <local> iif r0 
  $ ip -n r route get 10.2.0.9 from 10.1.0.2 iif r0
  RTNETLINK answers: No route to host
  [2]
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route get 10.2.0.9 from 10.1.0.2 iif r0
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n r route get 10.1.0.9 from 10.2.0.2 iif r1
  10.1.0.9 from 10.2.0.2 dev r0 
      cache iif r1 
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip -n r route get 10.1.0.9 from 10.2.0.2 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.1.0.1 from 10.2.0.2 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.1.0.1 from 10.1.0.2 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r link set r1 up
  $ ip -n r route get 10.1.0.1 from 10.1.0.2 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.1.0.1 from 10.2.0.2 iif r1
  local 10.1.0.1 from 10.2.0.2 dev lo 
      cache <local> iif r1 
  $ ip -n r addr flush dev r1
  $ ip -n r route get 10.1.0.1 from 10.2.0.2 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.1.0.1 from 10.1.0.2 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route add 10.2.0.0/24 dev r1
  $ ip -n r route get 10.1.0.1 from 10.2.0.2 iif r1
  local 10.1.0.1 from 10.2.0.2 dev lo 
      cache <local> iif r1 
  $ ip -n r route get 10.1.0.1 from 10.2.0.2 iif nosuch
  Cannot find device "nosuch"
  [1]
  $ ip -n r route get 10.1.0.1 from 10.2.0.2 iif lo
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.1.0.1 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.1.0.1 from 10.2.0.2 iif r1 oif r0
  local 10.1.0.1 from 10.2.0.2 dev lo 
      cache <local> iif r1 
  $ ip -n r link set r1 arp off
  $ ip -n r route get 10.1.0.1 from 10.2.0.2 iif r1
  local 10.1.0.1 from 10.2.0.2 dev lo 
      cache <local> iif r1 
  $ ip -n r link set r1 down
  $ ip -n r route get 10.1.0.1 from 10.2.0.2 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.1.0.9 from 10.2.0.2 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.1.0.1 from 10.1.0.2 iif r0 oif r0
  local 10.1.0.1 from 10.1.0.2 dev lo 
      cache <local> iif r0 
  $ ip -n r route get 10.1.0.1 from 10.1.0.2 iif r0 to 10.1.0.1
  local 10.1.0.1 from 10.1.0.2 dev lo 
      cache <local> iif r0 
  $ ip -n r route get to 10.1.0.1 from 10.1.0.2 iif r0 tos 0xfc
  local 10.1.0.1 from 10.1.0.2 dev lo 
      cache <local> iif r0 
  $ ip -n r route get 10.1.0.1 from 10.1.0.2/24 iif r0
  Error: ipv4: Invalid values in header for route get request.
  [2]
  $ ip -n r route get 10.1.0.0/24 from 10.1.0.2 iif r0
  Warning: /24 as prefix is invalid, only /32 (or none) is supported.
  10.1.0.0 from 10.1.0.2 dev r0 
      cache <redirect> iif r0 
  $ ip -n r route get 10.1.0.1 from 10.1.0.2 iif r0 dsfield 0x10
  local 10.1.0.1 from 10.1.0.2 dev lo 
      cache <local> iif r0 
  $ ip -n r route get 10.1.0.1 from 10.1.0.2 iif r0 vrf r0
  Error: argument "r0" is wrong: Invalid VRF
  [255]
  $ ip -n r route get 10.1.0.1 from 10.1.0.2 iif r0 as 10.1.0.5
  Error: ipv4: Unsupported attribute in route get request.
  [2]
  $ ip -n r route get 10.1.0.1 from 10.1.0.2 iif r0 connected
  local 10.1.0.1 from 10.1.0.2 dev lo 
      cache <local> iif r0 
  $ ip -n r route get 10.1.0.9 from 10.1.0.2 iif r0 connected
  10.1.0.9 from 10.1.0.2 dev r0 
      cache <redirect> iif r0 
