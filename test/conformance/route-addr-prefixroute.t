Address flags and the routes they make: noprefixroute, metric on addresses, peer addresses, /32 and /31, broadcast entries in table local.
  $ ip link add a0 type veth peer name b0
  $ for d in lo a0 b0; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0 noprefixroute
  $ ip addr add 10.0.1.1/24 dev a0 metric 50
  $ ip addr add 10.0.2.1/31 dev a0
  $ ip addr add 10.0.3.1/32 dev a0
  $ ip addr add 10.0.4.1 peer 10.0.5.1/24 dev a0
  $ ip addr add 10.0.6.1/24 brd + dev a0
  $ ip addr add 10.0.7.1/24 brd 10.0.7.77 dev a0
  $ ip addr add 10.0.8.1/30 dev a0
  $ ip route show
  10.0.1.0/24 dev a0 proto kernel scope link src 10.0.1.1 metric 50 
  10.0.2.0/31 dev a0 proto kernel scope link src 10.0.2.1 
  10.0.5.0/24 dev a0 proto kernel scope link src 10.0.4.1 
  10.0.6.0/24 dev a0 proto kernel scope link src 10.0.6.1 
  10.0.7.0/24 dev a0 proto kernel scope link src 10.0.7.1 
  10.0.8.0/30 dev a0 proto kernel scope link src 10.0.8.1 
  $ ip route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 10.0.1.1 dev a0 proto kernel scope host src 10.0.1.1 
  broadcast 10.0.1.255 dev a0 proto kernel scope link src 10.0.1.1 
  local 10.0.2.1 dev a0 proto kernel scope host src 10.0.2.1 
  local 10.0.3.1 dev a0 proto kernel scope host src 10.0.3.1 
  local 10.0.4.1 dev a0 proto kernel scope host src 10.0.4.1 
  broadcast 10.0.5.255 dev a0 proto kernel scope link src 10.0.4.1 
  local 10.0.6.1 dev a0 proto kernel scope host src 10.0.6.1 
  broadcast 10.0.6.255 dev a0 proto kernel scope link src 10.0.6.1 
  local 10.0.7.1 dev a0 proto kernel scope host src 10.0.7.1 
  broadcast 10.0.7.77 dev a0 proto kernel scope link src 10.0.7.1 
  broadcast 10.0.7.255 dev a0 proto kernel scope link src 10.0.7.1 
  local 10.0.8.1 dev a0 proto kernel scope host src 10.0.8.1 
  broadcast 10.0.8.3 dev a0 proto kernel scope link src 10.0.8.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip addr change 10.0.1.1/24 dev a0 metric 60
  $ ip route show 10.0.1.0/24
  10.0.1.0/24 dev a0 proto kernel scope link src 10.0.1.1 metric 60 
  $ ip addr change 10.0.0.1/24 dev a0
  $ ip route show 10.0.0.0/24
  $ ip addr replace 10.0.0.1/24 dev a0 noprefixroute
  $ ip route show 10.0.0.0/24
  $ ip route get 10.0.0.9
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.0.2.0
  10.0.2.0 dev a0 src 10.0.2.1 uid 0 
      cache 
  $ ip route get 10.0.8.3
  broadcast 10.0.8.3 dev a0 src 10.0.8.1 uid 0 
      cache <local,brd> 
  $ ip route get 10.0.7.77
  broadcast 10.0.7.77 dev a0 src 10.0.7.1 uid 0 
      cache <local,brd> 
  $ ip route get 10.0.7.255
  broadcast 10.0.7.255 dev a0 src 10.0.7.1 uid 0 
      cache <local,brd> 
  $ ip route del 10.0.1.0/24 dev a0 metric 60
  $ ip route show 10.0.1.0/24
  $ ip route del table local 10.0.6.255
  $ ip route get 10.0.6.255
  10.0.6.255 dev a0 src 10.0.6.1 uid 0 
      cache 
  $ ip route del table local local 10.0.6.1
  $ ip route get 10.0.6.1
  10.0.6.1 dev a0 src 10.0.6.1 uid 0 
      cache 
  $ ip link set a0 down
  $ ip route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  local 10.0.1.1 dev a0 proto kernel scope host src 10.0.1.1 
  local 10.0.2.1 dev a0 proto kernel scope host src 10.0.2.1 
  local 10.0.3.1 dev a0 proto kernel scope host src 10.0.3.1 
  local 10.0.4.1 dev a0 proto kernel scope host src 10.0.4.1 
  local 10.0.7.1 dev a0 proto kernel scope host src 10.0.7.1 
  local 10.0.8.1 dev a0 proto kernel scope host src 10.0.8.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip link set a0 up
  $ ip route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 10.0.1.1 dev a0 proto kernel scope host src 10.0.1.1 
  broadcast 10.0.1.255 dev a0 proto kernel scope link src 10.0.1.1 
  local 10.0.2.1 dev a0 proto kernel scope host src 10.0.2.1 
  local 10.0.3.1 dev a0 proto kernel scope host src 10.0.3.1 
  local 10.0.4.1 dev a0 proto kernel scope host src 10.0.4.1 
  broadcast 10.0.5.255 dev a0 proto kernel scope link src 10.0.4.1 
  local 10.0.6.1 dev a0 proto kernel scope host src 10.0.6.1 
  broadcast 10.0.6.255 dev a0 proto kernel scope link src 10.0.6.1 
  local 10.0.7.1 dev a0 proto kernel scope host src 10.0.7.1 
  broadcast 10.0.7.77 dev a0 proto kernel scope link src 10.0.7.1 
  broadcast 10.0.7.255 dev a0 proto kernel scope link src 10.0.7.1 
  local 10.0.8.1 dev a0 proto kernel scope host src 10.0.8.1 
  broadcast 10.0.8.3 dev a0 proto kernel scope link src 10.0.8.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip route show
  10.0.1.0/24 dev a0 proto kernel scope link src 10.0.1.1 metric 60 
  10.0.2.0/31 dev a0 proto kernel scope link src 10.0.2.1 
  10.0.5.0/24 dev a0 proto kernel scope link src 10.0.4.1 
  10.0.6.0/24 dev a0 proto kernel scope link src 10.0.6.1 
  10.0.7.0/24 dev a0 proto kernel scope link src 10.0.7.1 
  10.0.8.0/30 dev a0 proto kernel scope link src 10.0.8.1 
