Random policy-routing scenario (seed 50): rules with random selectors, actions and priorities (explicit and automatic), deletions by selector, rule show filters and forms, then ip route get through them (output and input with from/iif/mark/uid/tos/ports) and a flush.

  $ ip netns add p; ip -n p link set lo up; sysctl -qw net.ipv4.fib_multipath_hash_seed=4242
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 netns p address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 netns p address 02:00:00:00:0b:02
  $ ip link set lo up; ip link set a0 up; ip link set a1 up; ip -n p link set b0 up; ip -n p link set b1 up; sysctl -qw net.ipv4.ip_forward=1
  $ ip -n p addr add 192.168.1.254/24 dev b0; ip -n p addr add 192.168.2.254/24 dev b1; ip -n p addr add 192.168.2.253/24 dev b1; for x in 10.1.2.3 10.5.5.5 8.8.8.8 8.8.4.4 10.2.0.1; do ip -n p addr add $x/32 dev lo; done; ip -n p route add default via 192.168.1.1
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1
  $ ip route add default via 192.168.1.254; ip route add default via 192.168.2.254 table 100; ip route add 10.0.0.0/8 via 192.168.2.254 table 200; ip route add 10.1.0.0/16 via 192.168.1.254 table 200; ip route add blackhole 10.2.0.0/16 table 100; ip route add default via 192.168.2.253 table 300
  $ ip rule add dport 1000-2000 lookup 100 priority 150; echo $?; ip rule add from 192.168.1.0/24 dport 100-50 type nat prio 32766; echo $?; ip rule add to 0/0 table main prio 40000 protocol 99; echo $?
  0
  Error: Invalid dport range.
  2
  0
  $ ip rule add to 10.1.2.3 tos 0x10 goto 32766; echo $?; ip rule add not from 192.168.1.0/24 ipproto udp prohibit prio 40000; echo $?; ip rule add not uidrange 1000-2000 ipproto tcp sport 1000-2000 dport 1000-2000 blackhole priority 150; echo $?
  0
  0
  0
  $ ip rule add tos 0x08 table local; echo $?; ip rule add iif a0 oif a1 goto 150; echo $?; ip rule add to all sport 1000-2000 prohibit; echo $?
  0
  0
  0
  $ ip rule show
  0:	from all lookup local
  146:	from all sport 1000-2000 prohibit
  147:	from all iif a0 oif a1 goto 150
  148:	from all tos 0x08 lookup local
  149:	from all to 10.1.2.3 tos 0x10 goto 32766
  150:	from all dport 1000-2000 lookup 100
  150:	not from all uidrange 1000-2000 ipproto tcp sport 1000-2000 dport 1000-2000 blackhole
  32766:	from all lookup main
  32767:	from all lookup default
  40000:	from all lookup main proto openr
  40000:	not from 192.168.1.0/24 ipproto udp prohibit
  $ ip rule list
  0:	from all lookup local
  146:	from all sport 1000-2000 prohibit
  147:	from all iif a0 oif a1 goto 150
  148:	from all tos 0x08 lookup local
  149:	from all to 10.1.2.3 tos 0x10 goto 32766
  150:	from all dport 1000-2000 lookup 100
  150:	not from all uidrange 1000-2000 ipproto tcp sport 1000-2000 dport 1000-2000 blackhole
  32766:	from all lookup main
  32767:	from all lookup default
  40000:	from all lookup main proto openr
  40000:	not from 192.168.1.0/24 ipproto udp prohibit
  $ ip rule show pref 100 2>&1
  $ ip rule show from 192.168.1.0/24 2>&1
  40000:	not from 192.168.1.0/24 ipproto udp prohibit
  $ ip rule show not 2>&1
  150:	not from all uidrange 1000-2000 ipproto tcp sport 1000-2000 dport 1000-2000 blackhole
  40000:	not from 192.168.1.0/24 ipproto udp prohibit
  $ for q in '10.5.5.5 ipproto udp sport 53' '10.5.5.5' '192.168.1.1 dsfield 0x08' '8.8.8.8 ipproto tcp sport 1500 dport 80'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.5.5.5 ipproto udp sport 53
  RTNETLINK answers: Invalid argument
  # 10.5.5.5
  RTNETLINK answers: Invalid argument
  # 192.168.1.1 dsfield 0x08
  local 192.168.1.1 dev lo table local src 192.168.1.1 uid 0 
      cache <local> 
  # 8.8.8.8 ipproto tcp sport 1500 dport 80
  RTNETLINK answers: Permission denied
  [2]
  $ for q in '192.168.2.9 from 10.9.9.9 iif a0' '192.168.2.9 ipproto udp dport 53' '10.2.0.1 from 192.168.1.5 iif a0 mark 1' '10.1.2.3 ipproto icmp'; do echo "# $q"; ip route get $q 2>&1; done
  # 192.168.2.9 from 10.9.9.9 iif a0
  RTNETLINK answers: Invalid argument
  # 192.168.2.9 ipproto udp dport 53
  RTNETLINK answers: Invalid argument
  # 10.2.0.1 from 192.168.1.5 iif a0 mark 1
  RTNETLINK answers: Invalid argument
  # 10.1.2.3 ipproto icmp
  RTNETLINK answers: Invalid argument
  [2]
  $ for q in '10.1.2.3 dsfield 0x08' '10.1.2.3 uid 5' '192.168.1.1 dsfield 0x08' '10.5.5.5 from 192.168.1.1'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.1.2.3 dsfield 0x08
  RTNETLINK answers: Invalid argument
  # 10.1.2.3 uid 5
  RTNETLINK answers: Invalid argument
  # 192.168.1.1 dsfield 0x08
  local 192.168.1.1 dev lo table local src 192.168.1.1 uid 0 
      cache <local> 
  # 10.5.5.5 from 192.168.1.1
  RTNETLINK answers: Invalid argument
  [2]
  $ for q in '10.1.2.3 tos 0x04'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.1.2.3 tos 0x04
  RTNETLINK answers: Invalid argument
  [2]
  $ ip rule del from 192.168.1.0/24 dport 100-50 type nat prio 32766; echo $?
  Error: Invalid dport range.
  2
  $ ip rule del prio 40000; echo $?
  0
  $ ip rule del not uidrange 1000-2000 ipproto tcp sport 1000-2000 dport 1000-2000 blackhole priority 150; echo $?
  0
  $ ip rule del to 10.1.2.3; echo $?
  0
  $ ip rule show
  0:	from all lookup local
  146:	from all sport 1000-2000 prohibit
  147:	from all iif a0 oif a1 goto 150
  148:	from all tos 0x08 lookup local
  150:	from all dport 1000-2000 lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  40000:	not from 192.168.1.0/24 ipproto udp prohibit
  $ ping -c 1 -W 1 192.168.1.1 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  PING 192.168.1.1 (192.168.1.1) 56(84) bytes of data.
  64 bytes from 192.168.1.1: icmp_seq=1 ttl=64 time=X
  0
  $ ping -c 1 -W 1 8.8.8.8 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  PING 8.8.8.8 (8.8.8.8) 56(84) bytes of data.
  64 bytes from 8.8.8.8: icmp_seq=1 ttl=64 time=X
  0
  $ ping -c 1 -W 1 -I 192.168.2.1 8.8.4.4 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  PING 8.8.4.4 (8.8.4.4) from 192.168.2.1 : 56(84) bytes of data.
  64 bytes from 8.8.4.4: icmp_seq=1 ttl=64 time=X
  0
  $ timeout 3 ip netns exec p nc -u -l -W 1 5353 > got.txt & sleep 0.2; echo hi | nc -u -w1 -p 1500 10.2.0.1 5353; echo $?; wait; cat got.txt
  1
  $ nstat -az IpOutNoRoutes IpOutRequests IcmpInEchoReps | grep -v '^#'
  IpOutRequests                   4                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpInEchoReps                  3                  0.0
  $ for q in '8.8.4.4 uid 1000' '10.1.2.3 fibmatch' '8.8.4.4 ipproto udp sport 53' '10.5.5.5 ipproto udp dport 53'; do echo "# $q"; ip route get $q 2>&1; done
  # 8.8.4.4 uid 1000
  8.8.4.4 via 192.168.1.254 dev a0 src 192.168.1.1 uid 1000 
      cache 
  # 10.1.2.3 fibmatch
  default via 192.168.1.254 dev a0 
  # 8.8.4.4 ipproto udp sport 53
  8.8.4.4 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 10.5.5.5 ipproto udp dport 53
  10.5.5.5 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip rule flush protocol static; echo $?; ip rule show
  0
  0:	from all lookup local
  146:	from all sport 1000-2000 prohibit
  147:	from all iif a0 oif a1 goto 150
  148:	from all tos 0x08 lookup local
  150:	from all dport 1000-2000 lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  40000:	not from 192.168.1.0/24 ipproto udp prohibit
  $ ip rule save > rules.bin; echo $?; ip rule flush; ip rule restore < rules.bin; echo $?; ip rule show
  0
  0
  0:	from all lookup local
  0:	from all lookup local
  146:	from all sport 1000-2000 prohibit
  147:	from all iif a0 oif a1 goto 150
  148:	from all tos 0x08 lookup local
  150:	from all dport 1000-2000 lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  40000:	not from 192.168.1.0/24 ipproto udp prohibit
