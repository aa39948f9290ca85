ip route get at its edges: input lookups (iif) on a device without addresses, on the other end of a veth, on lo (a local source or not), output lookups pinned to a device (oif) with or without a route there, a source that is not ours; the arguments iproute2 refuses (a prefix, a repeated to, unknown words and devices, bad mark/tos/uid/ipproto/port values, vrf without VRFs) and the kernel's answers for broadcast, multicast, zero, loopback and network addresses, before and after the device goes down.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add d0 address 02:00:00:00:0d:01 type veth peer name e0 address 02:00:00:00:0e:01
  $ ip link add d1 address 02:00:00:00:0d:02 type veth peer name e1 address 02:00:00:00:0e:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up; ip link set d0 up; ip link set e0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.1.0.1/24 dev d1
  $ ip route get 10.0.0.5 iif d0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.5 from 10.0.0.9 iif d0
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.0.0.5 from 10.0.0.9 iif d1
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.0.0.5 from 10.0.0.9 iif b0
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.0.0.1 from 10.0.0.9 iif b0
  local 10.0.0.1 from 10.0.0.9 dev lo 
      cache <local> iif b0 
  $ ip route get 10.0.0.1 from 10.0.0.9 iif a0
  local 10.0.0.1 from 10.0.0.9 dev lo 
      cache <local> iif a0 
  $ ip route get 10.0.0.5 from 10.0.0.9 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.0.0.5 from 10.0.0.9 iif lo
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.0.0.5 from 10.0.0.1 iif lo
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.0.0.1 from 10.0.0.1 iif lo
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.5 oif d1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.1.0.5 oif d1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.1.0.5
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.1.0.5 from 10.1.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.0.0.5 oif d0
  10.0.0.5 dev d0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 10.0.0.5 oif a0 from 10.0.0.1
  10.0.0.5 from 10.0.0.1 dev a0 uid 0 
      cache 
  $ ip route get 10.0.0.5 oif lo
  10.0.0.5 dev lo src 10.0.0.1 uid 0 
      cache <local> 
  $ ip route get 10.0.0.5 from 10.0.0.9
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.0.0.5 from 10.1.0.1
  10.0.0.5 from 10.1.0.1 dev a0 uid 0 
      cache 
  $ ip route get 10.0.0.0/24
  Warning: /24 as prefix is invalid, only /32 (or none) is supported.
  10.0.0.0 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 10.0.0.0/32
  10.0.0.0 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get to 10.0.0.3
  10.0.0.3 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 10.0.0.3 to 10.0.0.4
  10.0.0.4 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 10.0.0.3 iif nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route get 10.0.0.3 oif nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route get
  need at least a destination address
  [1]
  $ ip route get 10.0.0.3 foo
  Error: inet prefix is expected rather than "foo".
  [1]
  $ ip route get 10.0.0.3 from
  Command line is not complete. Try option "help"
  [255]
  $ ip route get 10.0.0.3 mark 0x1g
  Error: argument "0x1g" is wrong: invalid mark value
  [255]
  $ ip route get 10.0.0.3 tos 0x100
  Error: argument "0x100" is wrong: TOS value is invalid
  [255]
  $ ip route get 10.0.0.3 tos zzz
  Error: argument "zzz" is wrong: TOS value is invalid
  [255]
  $ ip route get 10.0.0.3 uid -1
  Error: argument "-1" is wrong: invalid UID
  [255]
  $ ip route get 10.0.0.3 uid 4294967295
  10.0.0.3 dev a0 src 10.0.0.1 
      cache 
  $ ip route get 10.0.0.3 ipproto foo
  Error: argument "foo" is wrong: Invalid "ipproto" value
  [255]
  $ ip route get 10.0.0.3 sport 70000
  Error: argument "70000" is wrong: invalid sport
  [255]
  $ ip route get 10.0.0.3 dport -1
  Error: argument "-1" is wrong: invalid dport
  [255]
  $ ip route get 10.0.0.3 vrf red
  Error: argument "red" is wrong: Invalid VRF
  [255]
  $ ip route get 10.0.0.3 connected
  10.0.0.3 dev a0 src 10.0.0.1 uid 0 
      cache 
  10.0.0.3 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 10.0.0.3 from 10.0.0.9 iif a0 connected
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 255.255.255.255
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 255.255.255.255 oif a0
  broadcast 255.255.255.255 dev a0 src 10.0.0.1 uid 0 
      cache <local,brd> 
  $ ip route get 255.255.255.255 from 10.0.0.9 iif a0
  broadcast 255.255.255.255 from 10.0.0.9 dev lo 
      cache <local,brd> iif a0 
  $ ip route get 224.0.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 224.0.0.1 oif a0
  multicast 224.0.0.1 dev a0 src 10.0.0.1 rt_offload_failed uid 0 
      cache <local,mc> 
  $ ip route get 224.0.0.1 from 10.0.0.9 iif a0
  multicast 224.0.0.1 from 10.0.0.9 dev lo rt_offload_failed 
      cache <local,mc> iif a0 
  $ ip route get 239.1.1.1 from 10.0.0.9 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.255 from 10.0.0.9 iif a0
  broadcast 10.0.0.255 from 10.0.0.9 dev lo 
      cache <local,brd> iif a0 
  $ ip route get 10.0.0.0 from 10.0.0.9 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.0.0.0
  10.0.0.0 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 0.0.0.0
  local 0.0.0.0 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get 0.0.0.0 from 10.0.0.9 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 127.0.0.1 from 10.0.0.9 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 127.0.0.1 from 127.0.0.1 iif lo
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.5 from 127.0.0.1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.5 from 127.0.0.1 oif lo
  10.0.0.5 from 127.0.0.1 dev lo uid 0 
      cache <local> 
  $ ip link set d1 down
  $ ip route get 10.1.0.5 oif d1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.1.0.1 from 10.0.0.9 iif d1
  local 10.1.0.1 from 10.0.0.9 dev lo 
      cache <local> iif d1 
  $ ip route get 10.0.0.5 from 10.0.0.9 iif d1
  RTNETLINK answers: No route to host
  [2]
