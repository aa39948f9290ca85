A local route added to main counts for __ip_dev_find() while local and main share a trie (no rule changed): ping to an address inside it works (the connect's second lookup takes it as a source), and it is a valid prefsrc; after the first rule change (fib_unmerge()) neither.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up; ip addr add 192.168.1.1/24 dev a0
  $ ip route add local 10.77.0.0/16 dev a0 table main
  $ ip route get 10.77.0.1
  local 10.77.0.1 dev lo src 10.77.0.1 uid 0 
      cache <local> 
  $ ping -c 1 -W 1 10.77.0.1 | sed 's/time=.*/time=X/' | head -2
  PING 10.77.0.1 (10.77.0.1) 56(84) bytes of data.
  64 bytes from 10.77.0.1: icmp_seq=1 ttl=64 time=X
  $ ip route get 8.8.8.8 from 10.77.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route add 8.0.0.0/8 via 192.168.1.9 src 10.77.0.1; echo $?
  0
  $ ip rule add prio 100 table 100
  $ ping -c 1 -W 1 10.77.0.1 | sed 's/time=.*/time=X/' | head -2
  ping: connect: Network is unreachable
  $ ip route get 8.8.8.8 from 10.77.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route add 9.0.0.0/8 via 192.168.1.9 src 10.77.0.1; echo $?
  Error: Invalid prefsrc address.
  2
