ip route get of the host's own addresses in every form: plain, with from (local and foreign sources), oif of another NIC, iif of a NIC and of lo, tos, mark, fibmatch, -o, -j, 0.0.0.0, an address of a down NIC, and a link-down NIC's address seen from the wire.
  $ ip link add a0 address 02:00:00:00:00:a0 type veth peer name b0 address 02:00:00:00:00:b0
  $ ip link add c0 address 02:00:00:00:00:c0 type veth peer name d0 address 02:00:00:00:00:d0
  $ for d in lo a0 b0 c0; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.1.0.1/24 dev c0
  $ ip addr add 10.2.0.1/24 dev d0
  $ ip route get 10.0.0.1
  local 10.0.0.1 dev lo src 10.0.0.1 uid 0 
      cache <local> 
  $ ip route get 10.0.0.1 from 10.1.0.1
  local 10.0.0.1 from 10.1.0.1 dev lo uid 0 
      cache <local> 
  $ ip route get 10.0.0.1 from 10.0.0.1
  local 10.0.0.1 from 10.0.0.1 dev lo uid 0 
      cache <local> 
  $ ip route get 10.0.0.1 from 10.0.0.9
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.0.0.1 from 10.2.0.1
  local 10.0.0.1 from 10.2.0.1 dev lo uid 0 
      cache <local> 
  $ ip route get 10.0.0.1 oif c0
  10.0.0.1 dev c0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.0.0.1 oif lo
  10.0.0.1 dev lo src 10.0.0.1 uid 0 
      cache <local> 
  $ ip route get 10.0.0.1 from 10.0.0.2 iif b0
  local 10.0.0.1 from 10.0.0.2 dev lo 
      cache <local> iif b0 
  $ ip route get 10.0.0.1 from 10.0.0.2 iif a0
  local 10.0.0.1 from 10.0.0.2 dev lo 
      cache <local> iif a0 
  $ ip route get 10.0.0.1 from 10.1.0.1 iif lo
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.1 iif lo
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.1 tos 0x10
  local 10.0.0.1 dev lo src 10.0.0.1 uid 0 
      cache <local> 
  $ ip route get 10.0.0.1 mark 7
  local 10.0.0.1 dev lo src 10.0.0.1 mark 7 uid 0 
      cache <local> 
  $ ip route get 10.0.0.1 fibmatch
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  $ ip route get 10.0.0.255 fibmatch
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  $ ip -o route get 10.0.0.1
  local 10.0.0.1 dev lo src 10.0.0.1 uid 0 \    cache <local> 
  $ ip -j route get 10.0.0.1
  [{"type":"local","dst":"10.0.0.1","dev":"lo","prefsrc":"10.0.0.1","flags":[],"uid":0,"cache":["local"]}]
  $ ip -j -p route get 10.1.0.1 from 10.0.0.1
  [ {
          "type": "local",
          "dst": "10.1.0.1",
          "from": "10.0.0.1",
          "dev": "lo",
          "flags": [ ],
          "uid": 0,
          "cache": [ "local" ]
      } ]
  $ ip route get 0.0.0.0
  local 0.0.0.0 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get 10.2.0.1
  local 10.2.0.1 dev lo src 10.2.0.1 uid 0 
      cache <local> 
  $ ip route get 10.2.0.2
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.2.0.1 from 10.2.0.2 iif d0
  local 10.2.0.1 from 10.2.0.2 dev lo 
      cache <local> iif d0 
  $ ip route get 10.1.0.1 from 10.2.0.2 iif d0
  local 10.1.0.1 from 10.2.0.2 dev lo 
      cache <local> iif d0 
  $ ip route get 10.1.0.1 from 10.2.0.2 iif c0
  local 10.1.0.1 from 10.2.0.2 dev lo 
      cache <local> iif c0 
  $ ip route get 10.1.0.1 from 10.0.0.5 iif a0
  local 10.1.0.1 from 10.0.0.5 dev lo 
      cache <local> iif a0 
  $ ip route get 127.0.0.1 from 10.0.0.5 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.1 from 127.0.0.1
  local 10.0.0.1 from 127.0.0.1 dev lo uid 0 
      cache <local> 
  $ ip route get 10.0.0.1 ipproto udp sport 53 dport 5353
  local 10.0.0.1 dev lo src 10.0.0.1 uid 0 
      cache <local> 
