Editing the local table by hand: deleting and re-adding local and broadcast routes, flushing it, what ip route get and ping say then, and what re-adding the address or toggling the device restores.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route del local 10.0.0.1 dev a0 table local
  $ ip -4 route show table local
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip route get 10.0.0.1
  10.0.0.1 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ping -c 1 -W 1 10.0.0.1 | head -2
  PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.
  $ ip route del 10.0.0.1 table local
  RTNETLINK answers: No such process
  [2]
  $ ip route del broadcast 10.0.0.255 table local
  $ ip route get 10.0.0.255
  10.0.0.255 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route add local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1
  $ ip -4 route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip route get 10.0.0.1
  local 10.0.0.1 dev lo src 10.0.0.1 uid 0 
      cache <local> 
  $ ip route add local 10.0.0.77 dev a0 table local
  $ ip route get 10.0.0.77
  local 10.0.0.77 dev lo src 10.0.0.77 uid 0 
      cache <local> 
  $ ping -c 1 -W 1 10.0.0.77 | head -2
  PING 10.0.0.77 (10.0.0.77) 56(84) bytes of data.
  64 bytes from 10.0.0.77: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip route flush table local
  $ ip -4 route show table local
  $ ip route get 127.0.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ping -c 1 -W 1 127.0.0.1 | tail -2
  ping: connect: Network is unreachable
  $ ip link set lo down; ip link set lo up
  $ ip -4 route show table local
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip link set a0 down
  $ ip -4 route show table local
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip -4 route show
  $ ip link set a0 up
  $ ip -4 route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip -4 route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  $ ip addr add 10.0.0.1/24 dev a0
  Error: ipv4: Address already assigned.
  [2]
  $ ip addr del 10.0.0.1/24 dev a0
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip -4 route show table all dev a0
  10.0.0.0/24 proto kernel scope link src 10.0.0.1 
  local 10.0.0.1 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 table local proto kernel scope link src 10.0.0.1 
