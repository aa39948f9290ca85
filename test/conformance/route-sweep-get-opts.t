ip route get: every option with good, bad, repeated and abbreviated values.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip link set lo up
  $ ip addr add 10.9.0.1/24 dev v0
  $ ip route add default via 10.9.0.254
  $ for o in "from 10.9.0.1" "from 10.9.0.99" "from 1.2.3.4" "from 10.9.0.0/24" "from bad" "src 10.9.0.1" "oif v0" "oif lo" "oif nosuch" "iif v1" "iif nosuch" "mark 5" "mark 0x10" "mark -1" "mark bad" "tos 0x10" "tos 0x11" "tos 300" "tos lowdelay" "dsfield 0x20" "ipproto tcp" "ipproto 300" "ipproto bad" "sport 80" "sport 70000" "dport 22" "dport x" "uid 0" "uid 1000" "uid -5" "uid bad" "vrf nosuch" "connected" "fibmatch" "fibmatch from 10.9.0.1" "from 10.9.0.1 connected" "as 1.2.3.4" "to 8.8.8.8" "8.8.8.8/24" "8.8.8.8/32" "8.8.8.8/33" "tab 5" "table 5" "cached"; do echo "== $o"; ip route get 8.8.8.8 $o 2>&1; echo $?; done
  == from 10.9.0.1
  8.8.8.8 from 10.9.0.1 via 10.9.0.254 dev v0 uid 0 
      cache 
  0
  == from 10.9.0.99
  RTNETLINK answers: Network is unreachable
  2
  == from 1.2.3.4
  RTNETLINK answers: Network is unreachable
  2
  == from 10.9.0.0/24
  Error: ipv4: Invalid values in header for route get request.
  2
  == from bad
  Error: inet prefix is expected rather than "bad".
  1
  == src 10.9.0.1
  Error: inet prefix is expected rather than "src".
  1
  == oif v0
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
      cache 
  0
  == oif lo
  8.8.8.8 dev lo src 10.9.0.1 uid 0 
      cache <local> 
  0
  == oif nosuch
  Cannot find device "nosuch"
  1
  == iif v1
  RTNETLINK answers: Invalid argument
  2
  == iif nosuch
  Cannot find device "nosuch"
  1
  == mark 5
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 mark 5 uid 0 
      cache 
  0
  == mark 0x10
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 mark 0x10 uid 0 
      cache 
  0
  == mark -1
  Error: argument "-1" is wrong: invalid mark value
  255
  == mark bad
  Error: argument "bad" is wrong: invalid mark value
  255
  == tos 0x10
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
      cache 
  0
  == tos 0x11
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
      cache 
  0
  == tos 300
  Error: argument "300" is wrong: TOS value is invalid
  
  255
  == tos lowdelay
  Error: argument "lowdelay" is wrong: TOS value is invalid
  
  255
  == dsfield 0x20
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
      cache 
  0
  == ipproto tcp
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
      cache 
  0
  == ipproto 300
  Error: argument "300" is wrong: Invalid "ipproto" value
  
  255
  == ipproto bad
  Error: argument "bad" is wrong: Invalid "ipproto" value
  
  255
  == sport 80
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
      cache 
  0
  == sport 70000
  Error: argument "70000" is wrong: invalid sport
  
  255
  == dport 22
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
      cache 
  0
  == dport x
  Error: argument "x" is wrong: invalid dport
  
  255
  == uid 0
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
      cache 
  0
  == uid 1000
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 1000 
      cache 
  0
  == uid -5
  Error: argument "-5" is wrong: invalid UID
  
  255
  == uid bad
  Error: argument "bad" is wrong: invalid UID
  
  255
  == vrf nosuch
  Error: argument "nosuch" is wrong: Invalid VRF
  
  255
  == connected
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
      cache 
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
      cache 
  0
  == fibmatch
  default via 10.9.0.254 dev v0 
  0
  == fibmatch from 10.9.0.1
  default via 10.9.0.254 dev v0 
  0
  == from 10.9.0.1 connected
  8.8.8.8 from 10.9.0.1 via 10.9.0.254 dev v0 uid 0 
      cache 
  0
  == as 1.2.3.4
  Error: ipv4: Unsupported attribute in route get request.
  2
  == to 8.8.8.8
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
      cache 
  0
  == 8.8.8.8/24
  Warning: /24 as prefix is invalid, only /32 (or none) is supported.
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
      cache 
  0
  == 8.8.8.8/32
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
      cache 
  0
  == 8.8.8.8/33
  Error: inet prefix is expected rather than "8.8.8.8/33".
  1
  == tab 5
  Error: inet prefix is expected rather than "tab".
  1
  == table 5
  Error: inet prefix is expected rather than "table".
  1
  == cached
  Error: inet prefix is expected rather than "cached".
  1
  $ for o in "iif v1 from 10.9.0.2" "iif v1 from 10.9.0.1" "iif v1 from 10.9.0.2 tos 0x10" "iif v1 from 10.9.0.2 mark 3" "iif v1" "iif lo from 10.9.0.2" "iif v1 from 127.0.0.1" "iif v1 from 0.0.0.0"; do echo "== $o"; ip route get 10.9.0.5 $o 2>&1; echo $?; done
  == iif v1 from 10.9.0.2
  RTNETLINK answers: No route to host
  2
  == iif v1 from 10.9.0.1
  RTNETLINK answers: No route to host
  2
  == iif v1 from 10.9.0.2 tos 0x10
  RTNETLINK answers: No route to host
  2
  == iif v1 from 10.9.0.2 mark 3
  RTNETLINK answers: No route to host
  2
  == iif v1
  RTNETLINK answers: Invalid argument
  2
  == iif lo from 10.9.0.2
  RTNETLINK answers: No route to host
  2
  == iif v1 from 127.0.0.1
  RTNETLINK answers: Invalid argument
  2
  == iif v1 from 0.0.0.0
  RTNETLINK answers: Invalid argument
  2
  $ ip route get 2>&1; echo $?
  need at least a destination address
  1
  $ ip route get 8.8.8.8 8.8.4.4 2>&1; echo $?
  8.8.4.4 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
      cache 
  0
  $ ip route get to 2>&1; echo $?
  Command line is not complete. Try option "help"
  255
  $ ip -o route get 8.8.8.8 2>&1; echo $?
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 \    cache 
  0
  $ ip -4 route get 8.8.8.8 2>&1; echo $?
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
      cache 
  0
  $ ip -6 route get 8.8.8.8 2>&1; echo $?
  Error: inet6 prefix is expected rather than "8.8.8.8".
  1
  $ ip -d route get 8.8.8.8 2>&1; echo $?
  unicast 8.8.8.8 via 10.9.0.254 dev v0 table main src 10.9.0.1 uid 0 
      cache 
  0
  $ ip -s route get 8.8.8.8 2>&1 | sed 's/age [0-9]*/age N/'; echo $?
  8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
      cache users 2 age Nsec 
  0
