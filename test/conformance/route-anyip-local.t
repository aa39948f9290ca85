A local route for a whole prefix (AnyIP): every address in it is local to ip route get, ping and a listening socket; local routes on a non-loopback device and their scope; deleting them.
  $ ip link add a0 type veth peer name b0
  $ for d in lo a0 b0; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add local 10.9.0.0/16 dev lo
  $ ip route add local 10.8.0.0/24 dev a0
  $ ip route show table local | grep -v '127\.'
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 10.8.0.0/24 dev a0 scope host 
  local 10.9.0.0/16 dev lo scope host 
  $ ip route get 10.9.1.1
  local 10.9.1.1 dev lo src 10.9.1.1 uid 0 
      cache <local> 
  $ ip route get 10.9.255.255
  local 10.9.255.255 dev lo src 10.9.255.255 uid 0 
      cache <local> 
  $ ip route get 10.8.0.5
  local 10.8.0.5 dev lo src 10.8.0.5 uid 0 
      cache <local> 
  $ ip route get 10.8.0.5 from 10.0.0.9 iif a0
  local 10.8.0.5 from 10.0.0.9 dev lo 
      cache <local> iif a0 
  $ ip route get 10.9.3.3 from 10.0.0.9 iif a0
  local 10.9.3.3 from 10.0.0.9 dev lo 
      cache <local> iif a0 
  $ ping -c1 -W1 10.9.7.7 | head -2
  PING 10.9.7.7 (10.9.7.7) 56(84) bytes of data.
  64 bytes from 10.9.7.7: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ping -c1 -W1 -I 10.9.7.7 10.0.0.1 | head -2
  PING 10.0.0.1 (10.0.0.1) from 10.9.7.7 : 56(84) bytes of data.
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ping -c1 -W1 10.8.0.9 | head -2
  PING 10.8.0.9 (10.8.0.9) 56(84) bytes of data.
  64 bytes from 10.8.0.9: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip route get 10.9.1.1 from 10.9.2.2
  local 10.9.1.1 from 10.9.2.2 dev lo uid 0 
      cache <local> 
  $ ip route add local 10.7.0.0/16 dev lo table main
  $ ip route get 10.7.1.1
  local 10.7.1.1 dev lo src 10.7.1.1 uid 0 
      cache <local> 
  $ ip route show 10.7.0.0/16
  local 10.7.0.0/16 dev lo scope host 
  $ ip route del local 10.9.0.0/16 dev lo
  $ ip route get 10.9.1.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route del local 10.8.0.0/24 table local
  $ ip route show table local | grep -v '127\.'
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
