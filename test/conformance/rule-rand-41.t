Random policy-routing scenario (seed 41): rules with random selectors, actions and priorities (explicit and automatic), deletions by selector, rule show filters and forms, then ip route get through them (output and input with from/iif/mark/uid/tos/ports) and a flush.

  $ ip netns add p; ip -n p link set lo up; sysctl -qw net.ipv4.fib_multipath_hash_seed=4242
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 netns p address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 netns p address 02:00:00:00:0b:02
  $ ip link set lo up; ip link set a0 up; ip link set a1 up; ip -n p link set b0 up; ip -n p link set b1 up; sysctl -qw net.ipv4.ip_forward=1
  $ ip -n p addr add 192.168.1.254/24 dev b0; ip -n p addr add 192.168.2.254/24 dev b1; ip -n p addr add 192.168.2.253/24 dev b1; for x in 10.1.2.3 10.5.5.5 8.8.8.8 8.8.4.4 10.2.0.1; do ip -n p addr add $x/32 dev lo; done; ip -n p route add default via 192.168.1.1
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1
  $ ip route add default via 192.168.1.254; ip route add default via 192.168.2.254 table 100; ip route add 10.0.0.0/8 via 192.168.2.254 table 200; ip route add 10.1.0.0/16 via 192.168.1.254 table 200; ip route add blackhole 10.2.0.0/16 table 100; ip route add default via 192.168.2.253 table 300
  $ ip rule add ipproto tcp table 200 prio 200; echo $?; ip rule add not to all tos 0x08 uidrange 1000-2000 ipproto tcp nop; echo $?; ip rule add from 192.168.1.0/24 tos 0x10 dsfield 0x04 uidrange 0-0 ipproto 17 table default; echo $?
  0
  0
  0
  $ ip rule add from 192.168.1.0/24 dport 100-50 table 200 prio 100; echo $?; ip rule add goto 32767 priority 150; echo $?; ip rule add from 192.168.2.1 uidrange 100-10 sport 65535 blackhole prio 32766; echo $?
  Error: Invalid dport range.
  2
  0
  Error: Invalid uid range.
  2
  $ ip rule add to all fwmark 0/0xff sport 0 goto 200 pref 100; echo $?; ip rule add prohibit; echo $?
  Error: Invalid sport range.
  2
  0
  $ ip rule show
  0:	from all lookup local
  149:	from all prohibit
  150:	from all goto 32767
  198:	from 192.168.1.0/24 tos 0x04 uidrange 0-0 ipproto udp lookup default
  199:	not from all tos 0x08 uidrange 1000-2000 ipproto tcp nop
  200:	from all ipproto tcp lookup 200
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -s rule
  0:	from all lookup local
  149:	from all prohibit
  150:	from all goto 32767
  198:	from 192.168.1.0/24 tos 0x04 uidrange 0-0 ipproto udp lookup default
  199:	not from all tos 0x08 uidrange 1000-2000 ipproto tcp nop
  200:	from all ipproto tcp lookup 200
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule show dport 53 2>&1
  $ ip rule show table main 2>&1
  32766:	from all lookup main
  $ ip rule show table 100 2>&1
  $ for q in '192.168.1.1 oif a1' '8.8.8.8 ipproto tcp sport 1500 dport 80' '10.2.0.1 uid 5' '8.8.4.4 tos 0x10'; do echo "# $q"; ip route get $q 2>&1; done
  # 192.168.1.1 oif a1
  192.168.1.1 dev a1 src 192.168.2.1 uid 0 
      cache 
  # 8.8.8.8 ipproto tcp sport 1500 dport 80
  RTNETLINK answers: Permission denied
  # 10.2.0.1 uid 5
  RTNETLINK answers: Permission denied
  # 8.8.4.4 tos 0x10
  RTNETLINK answers: Permission denied
  [2]
  $ for q in '10.5.5.5' '192.168.1.1 tos 0x10' '10.2.0.1 from 192.168.2.9 iif a1' '10.5.5.5 oif a0'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.5.5.5
  RTNETLINK answers: Permission denied
  # 192.168.1.1 tos 0x10
  local 192.168.1.1 dev lo table local src 192.168.1.1 uid 0 
      cache <local> 
  # 10.2.0.1 from 192.168.2.9 iif a1
  RTNETLINK answers: Permission denied
  # 10.5.5.5 oif a0
  10.5.5.5 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ for q in '192.168.2.9' '10.2.0.1 from 192.168.1.5 iif a0' '10.1.2.3 oif a0'; do echo "# $q"; ip route get $q 2>&1; done
  # 192.168.2.9
  RTNETLINK answers: Permission denied
  # 10.2.0.1 from 192.168.1.5 iif a0
  RTNETLINK answers: Permission denied
  # 10.1.2.3 oif a0
  10.1.2.3 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip rule del pref 100; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip rule del prohibit; echo $?
  0
  $ ip rule show
  0:	from all lookup local
  150:	from all goto 32767
  198:	from 192.168.1.0/24 tos 0x04 uidrange 0-0 ipproto udp lookup default
  199:	not from all tos 0x08 uidrange 1000-2000 ipproto tcp nop
  200:	from all ipproto tcp lookup 200
  32766:	from all lookup main
  32767:	from all lookup default
  $ ping -c 1 -W 1 8.8.4.4 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: connect: Network is unreachable
  2
  $ ping -c 1 -W 1 -m 2 192.168.2.9 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: connect: Network is unreachable
  2
  $ ping -c 1 -W 1 -Q 4 10.5.5.5 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: connect: Network is unreachable
  2
  $ timeout 3 ip netns exec p nc -u -l -W 1 5353 > got.txt & sleep 0.2; echo hi | nc -u -w1 -p 1500 10.1.2.3 5353; echo $?; wait; cat got.txt
  1
  $ nstat -az IpOutNoRoutes IpOutRequests IcmpInEchoReps | grep -v '^#'
  IpOutRequests                   0                  0.0
  IpOutNoRoutes                   4                  0.0
  IcmpInEchoReps                  0                  0.0
  $ for q in '10.2.0.1 from 192.168.1.5 iif a0' '10.1.2.3 iif lo' '8.8.8.8 dsfield 0x08' '8.8.8.8 tos 0x10'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.2.0.1 from 192.168.1.5 iif a0
  RTNETLINK answers: Network is unreachable
  # 10.1.2.3 iif lo
  RTNETLINK answers: Invalid argument
  # 8.8.8.8 dsfield 0x08
  RTNETLINK answers: Network is unreachable
  # 8.8.8.8 tos 0x10
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip rule flush pref 100; echo $?; ip rule show
  0
  0:	from all lookup local
  150:	from all goto 32767
  198:	from 192.168.1.0/24 tos 0x04 uidrange 0-0 ipproto udp lookup default
  199:	not from all tos 0x08 uidrange 1000-2000 ipproto tcp nop
  200:	from all ipproto tcp lookup 200
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule save > rules.bin; echo $?; ip rule flush; ip rule restore < rules.bin; echo $?; ip rule show
  0
  0
  0:	from all lookup local
  0:	from all lookup local
  150:	from all goto 32767
  198:	from 192.168.1.0/24 tos 0x04 uidrange 0-0 ipproto udp lookup default
  199:	not from all tos 0x08 uidrange 1000-2000 ipproto tcp nop
  200:	from all ipproto tcp lookup 200
  32766:	from all lookup main
  32767:	from all lookup default
