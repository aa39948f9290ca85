ip route get's output forms with the selectors of a policy-routing lab (mark, tos, ipproto/sport/dport, uid, from, iif, oif): -d, -o, -j, -j -p, -s, fibmatch and connected, and the errors of selectors given twice or without their value.
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name h9 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set h0 up; ip link set h9 up
  $ ip addr add 192.168.1.2/24 dev h0
  $ ip route add default via 192.168.1.1 proto static metric 10
  $ ip route add 10.0.0.0/8 via 192.168.1.3 table 7
  $ ip rule add fwmark 7 lookup 7
  $ ip -d route get 10.1.1.1 mark 7
  unicast 10.1.1.1 via 192.168.1.3 dev h0 table 7 src 192.168.1.2 mark 7 uid 0 
      cache 
  $ ip -o route get 10.1.1.1 mark 7 tos 0x10
  10.1.1.1 via 192.168.1.3 dev h0 table 7 src 192.168.1.2 mark 7 uid 0 \    cache 
  $ ip -j route get 10.1.1.1 mark 7 ipproto udp sport 5000 dport 53
  [{"dst":"10.1.1.1","gateway":"192.168.1.3","dev":"h0","table":"7","prefsrc":"192.168.1.2","flags":[],"mark":7,"uid":0,"cache":[]}]
  $ ip -j -p route get 10.1.1.1 uid 1000
  [ {
          "dst": "10.1.1.1",
          "gateway": "192.168.1.1",
          "dev": "h0",
          "prefsrc": "192.168.1.2",
          "flags": [ ],
          "uid": 1000,
          "cache": [ ]
      } ]
  $ ip -s route get 8.8.8.8
  8.8.8.8 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache users 2 
  $ ip route get fibmatch 8.8.8.8
  default via 192.168.1.1 dev h0 proto static metric 10 
  $ ip -d route get fibmatch 8.8.8.8
  unicast default via 192.168.1.1 dev h0 table main proto static scope global metric 10 
  $ ip route get 8.8.8.8 connected
  8.8.8.8 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache 
  8.8.8.8 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip route get 8.8.8.8 from 192.168.1.2 connected
  8.8.8.8 from 192.168.1.2 via 192.168.1.1 dev h0 uid 0 
      cache 
  $ ip route get 8.8.8.8 ipproto tcp sport 1 dport 2 tos 0x08 mark 0x7
  8.8.8.8 via 192.168.1.1 dev h0 src 192.168.1.2 mark 7 uid 0 
      cache 
  $ ip route get 8.8.8.8 mark
  Command line is not complete. Try option "help"
  [255]
  $ ip route get 8.8.8.8 mark 1 mark 2
  8.8.8.8 via 192.168.1.1 dev h0 src 192.168.1.2 mark 2 uid 0 
      cache 
  $ ip route get 8.8.8.8 dport
  Command line is not complete. Try option "help"
  [255]
  $ ip route get 8.8.8.8 ipproto
  Command line is not complete. Try option "help"
  [255]
  $ ip route get 8.8.8.8 uid abc
  Error: argument "abc" is wrong: invalid UID
  [255]
  $ ip route get 8.8.8.8 sport 1-2
  Error: argument "1-2" is wrong: invalid sport
  [255]
  $ ip route get
  need at least a destination address
  [1]
  $ ip route get 8.8.8.8 9.9.9.9
  9.9.9.9 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip route get 8.8.8.8/24
  Warning: /24 as prefix is invalid, only /32 (or none) is supported.
  8.8.8.8 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip route get 8.8.8.8 oif h0 iif h9
  RTNETLINK answers: Invalid argument
  [2]
