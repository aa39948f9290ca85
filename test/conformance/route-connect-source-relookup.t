connect() routes twice (ip_route_connect()): the first lookup picks a source, the second checks it like a given one. A local route in a table other than local answers with its destination as the source, which no device owns: ping's UDP probe (port 1025) and nc's connect() fail with "Network is unreachable" where ip route get succeeds. A source whose local route was deleted by hand is still an address (__ip_dev_find() reads the address list first).
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 192.168.1.1/24 dev a0; ip route add default via 192.168.1.254
  $ ip route add local 0.0.0.0/0 dev a0 table 100
  $ ip rule add ipproto udp dport 1025 lookup 100 prio 10
  $ ip rule add ipproto tcp dport 80 lookup 100 prio 11
  $ ip route get 10.9.9.9 ipproto udp dport 1025
  local 10.9.9.9 dev lo table 100 src 10.9.9.9 uid 0 
      cache <local> 
  $ ip route get 10.9.9.9 ipproto udp dport 1025 from 10.9.9.9
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.9.9.9
  10.9.9.9 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ping -c 1 -W 1 10.9.9.9; echo $?
  ping: connect: Network is unreachable
  2
  $ nc -u -w1 10.9.9.9 1025 </dev/null; echo $?
  1
  $ nc -u -w1 10.9.9.9 1026 </dev/null; echo $?
  0
  $ nc -w1 10.9.9.9 80 </dev/null; echo $?
  1
  $ nc -w1 -s 192.168.1.1 10.9.9.9 80 </dev/null; echo $?
  1
  $ ping -c 1 -W 1 -I 192.168.1.1 10.9.9.9 | head -1; echo ${PIPESTATUS[0]}
  PING 10.9.9.9 (10.9.9.9) from 192.168.1.1 : 56(84) bytes of data.
  1
  $ nstat -az IpOutNoRoutes | grep -v '^#'
  IpOutNoRoutes                   3                  0.0
  $ ip route add local 10.50.0.0/16 dev a0 table 100
  $ ip rule add to 10.50.0.0/16 lookup 100 prio 5
  $ ping -c 1 -W 1 10.50.1.1; echo $?
  ping: connect: Network is unreachable
  2
  $ ip route add local 10.60.0.0/16 dev a0 table local
  $ ping -c 1 -W 1 10.60.1.1 | sed 's/time=.*/time=X/' | head -2; echo ${PIPESTATUS[0]}
  PING 10.60.1.1 (10.60.1.1) 56(84) bytes of data.
  64 bytes from 10.60.1.1: icmp_seq=1 ttl=64 time=X
  0
  $ ip route del local 192.168.1.1 dev a0 table local
  $ ip route get 8.8.8.8 from 192.168.1.1
  8.8.8.8 from 192.168.1.1 via 192.168.1.254 dev a0 uid 0 
      cache 
  $ ip route get 8.8.8.8 from 192.168.1.77
  RTNETLINK answers: Network is unreachable
  [2]
  $ ping -c 1 -W 1 -I 192.168.1.1 10.9.9.9 | head -1; echo ${PIPESTATUS[0]}
  ping: bind: Cannot assign requested address
  2
  $ ip rule del prio 10; ip rule del prio 11
  $ ping -c 1 -W 1 10.9.9.9 | head -1; echo ${PIPESTATUS[0]}
  PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.
  1
