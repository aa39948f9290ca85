Routes that name a source (prefsrc) in other tables and on other devices: refused when the address is not local, removed with the address they name (the secondary's promotion keeps the prefix route), with their device going down and with ip addr flush; lo down empties the local table of lo's routes; noprefixroute, metric on an address, addr change/replace; link and host scope addresses and the lookups they answer.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add d0 address 02:00:00:00:0d:01 type veth peer name e0 address 02:00:00:00:0e:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up; ip link set d0 up; ip link set e0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.0.2/24 dev a0
  $ ip addr add 10.9.0.1/16 dev d0
  $ ip route add 20.0.0.0/8 via 10.0.0.254 src 10.0.0.2 table 7
  $ ip route add 21.0.0.0/8 dev d0 src 10.0.0.2 table 7
  $ ip route add 22.0.0.0/8 dev d0 src 10.9.0.1
  $ ip route add 23.0.0.0/8 via 10.0.0.254 src 10.9.0.1 metric 9
  $ ip route add 24.0.0.0/8 dev a0 src 10.0.0.3
  Error: Invalid prefsrc address.
  [2]
  $ ip route add 24.0.0.0/8 dev a0 src 127.0.0.1
  $ ip route show table all | grep -v '^local\|^broadcast\|^multicast\|fe80\|ff00\|^::\|^anycast'
  20.0.0.0/8 via 10.0.0.254 dev a0 table 7 src 10.0.0.2 
  21.0.0.0/8 dev d0 table 7 scope link src 10.0.0.2 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.9.0.0/16 dev d0 proto kernel scope link src 10.9.0.1 
  22.0.0.0/8 dev d0 scope link src 10.9.0.1 
  23.0.0.0/8 via 10.0.0.254 dev a0 src 10.9.0.1 metric 9 
  24.0.0.0/8 dev a0 scope link src 127.0.0.1 
  $ ip route get 20.0.0.1 table 7
  Error: inet prefix is expected rather than "table".
  [1]
  $ ip route get 21.0.0.1 table 7
  Error: inet prefix is expected rather than "table".
  [1]
  $ ip route get 23.0.0.1
  23.0.0.1 via 10.0.0.254 dev a0 src 10.9.0.1 uid 0 
      cache 
  $ ip addr del 10.0.0.2/24 dev a0
  $ ip route show table all | grep -v '^local\|^broadcast\|^multicast\|fe80\|ff00\|^::\|^anycast'
  20.0.0.0/8 via 10.0.0.254 dev a0 table 7 src 10.0.0.2 
  21.0.0.0/8 dev d0 table 7 scope link src 10.0.0.2 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.9.0.0/16 dev d0 proto kernel scope link src 10.9.0.1 
  22.0.0.0/8 dev d0 scope link src 10.9.0.1 
  23.0.0.0/8 via 10.0.0.254 dev a0 src 10.9.0.1 metric 9 
  24.0.0.0/8 dev a0 scope link src 127.0.0.1 
  $ ip addr add 10.0.0.2/24 dev a0
  $ ip route add 20.0.0.0/8 via 10.0.0.254 src 10.0.0.2 table 7
  RTNETLINK answers: File exists
  [2]
  $ ip addr del 10.0.0.1/24 dev a0
  $ ip addr show dev a0 | grep inet
      inet6 fe80::ff:fe00:a01/64 scope link tentative 
  $ ip route show table all | grep -v '^local\|^broadcast\|^multicast\|fe80\|ff00\|^::\|^anycast'
  21.0.0.0/8 dev d0 table 7 scope link src 10.0.0.2 
  10.9.0.0/16 dev d0 proto kernel scope link src 10.9.0.1 
  22.0.0.0/8 dev d0 scope link src 10.9.0.1 
  $ ip link set d0 down
  $ ip route show table all | grep -v '^local\|^broadcast\|^multicast\|fe80\|ff00\|^::\|^anycast'
  [1]
  $ ip route get 23.0.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip link set d0 up; ip link set e0 up
  $ ip route show table all | grep -v '^local\|^broadcast\|^multicast\|fe80\|ff00\|^::\|^anycast'
  10.9.0.0/16 dev d0 proto kernel scope link src 10.9.0.1 
  $ ip route add 23.0.0.0/8 via 10.0.0.254 src 10.9.0.1 metric 9
  Error: Nexthop has invalid gateway.
  [2]
  $ ip addr flush dev d0
  $ ip route show table all | grep -v '^local\|^broadcast\|^multicast\|fe80\|ff00\|^::\|^anycast'
  [1]
  $ ip addr add 10.0.0.5/32 dev lo
  $ ip route add 25.0.0.0/8 via 10.0.0.254 src 10.0.0.5
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route get 25.0.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 25.0.0.1 from 10.0.0.2
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip link set lo down
  $ ip route show
  $ ip route show table local
  local 10.0.0.5 dev lo proto kernel scope host src 10.0.0.5 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  $ ip link set lo up
  $ ip route show table local
  local 10.0.0.5 dev lo proto kernel scope host src 10.0.0.5 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip addr add 10.0.0.9/24 dev a0 noprefixroute
  $ ip route show
  $ ip addr add 10.8.0.9/24 dev a0 metric 50
  $ ip route show
  10.8.0.0/24 dev a0 proto kernel scope link src 10.8.0.9 metric 50 
  $ ip addr change 10.8.0.9/24 dev a0 metric 60
  $ ip route show
  10.8.0.0/24 dev a0 proto kernel scope link src 10.8.0.9 metric 60 
  $ ip addr replace 10.8.0.9/24 dev a0 noprefixroute
  $ ip route show
  10.8.0.0/24 dev a0 proto kernel scope link src 10.8.0.9 
  $ ip addr add 10.7.0.1/24 dev a0 scope link
  $ ip route show table all | grep 10.7
  10.7.0.0/24 dev a0 proto kernel scope link src 10.7.0.1 
  local 10.7.0.1 dev a0 table local proto kernel scope host src 10.7.0.1 
  broadcast 10.7.0.255 dev a0 table local proto kernel scope link src 10.7.0.1 
  $ ip route get 10.7.0.5
  10.7.0.5 dev a0 src 10.7.0.1 uid 0 
      cache 
  $ ip route get 10.7.0.1
  local 10.7.0.1 dev lo src 10.7.0.1 uid 0 
      cache <local> 
  $ ip addr add 10.6.0.1/24 dev a0 scope host
  $ ip route show table all | grep 10.6
  10.6.0.0/24 dev a0 proto kernel scope link src 10.6.0.1 
  local 10.6.0.1 dev a0 table local proto kernel scope host src 10.6.0.1 
  broadcast 10.6.0.255 dev a0 table local proto kernel scope link src 10.6.0.1 
  $ ip route get 10.6.0.5
  10.6.0.5 dev a0 src 10.6.0.1 uid 0 
      cache 
  $ ip route get 8.8.8.8 from 10.6.0.1
  RTNETLINK answers: Network is unreachable
  [2]
