Random policy-routing scenario (seed 107): rules with random selectors, actions and priorities (explicit and automatic), deletions by selector, rule show filters and forms, then ip route get through them (output and input with from/iif/mark/uid/tos/ports) and a flush.

  $ ip netns add p; ip -n p link set lo up; sysctl -qw net.ipv4.fib_multipath_hash_seed=4242
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 netns p address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 netns p address 02:00:00:00:0b:02
  $ ip link set lo up; ip link set a0 up; ip link set a1 up; ip -n p link set b0 up; ip -n p link set b1 up; sysctl -qw net.ipv4.ip_forward=1
  $ ip -n p addr add 192.168.1.254/24 dev b0; ip -n p addr add 192.168.2.254/24 dev b1; ip -n p addr add 192.168.2.253/24 dev b1; for x in 10.1.2.3 10.5.5.5 8.8.8.8 8.8.4.4 10.2.0.1; do ip -n p addr add $x/32 dev lo; done; ip -n p route add default via 192.168.1.1
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1
  $ ip route add default via 192.168.1.254; ip route add default via 192.168.2.254 table 100; ip route add 10.0.0.0/8 via 192.168.2.254 table 200; ip route add 10.1.0.0/16 via 192.168.1.254 table 200; ip route add blackhole 10.2.0.0/16 table 100; ip route add default via 192.168.2.253 table 300
  $ ip rule add uidrange 5-5 nop priority 150; echo $?; ip rule add from 192.168.0.0/16 to 10.1.2.3 tos 0x04 dsfield 0x04 fwmark 0x10/0xf0 iif a0 goto 0 order 77; echo $?; ip rule add from 192.168.2.1 blackhole; echo $?
  0
  Error: Backward goto not supported.
  2
  0
  $ ip rule add ipproto 17 goto 200 order 77; echo $?; ip rule add table main suppress_prefixlength 0 protocol boot; echo $?; ip rule add oif lo goto 1000; echo $?
  0
  0
  0
  $ ip rule add to 0/0 fwmark 0x10/0xf0 table 200 prio 200; echo $?; ip rule add to 8.8.0.0/16 fwmark 0x2 uidrange 5-5 ipproto udp prohibit prio 40000; echo $?; ip rule add to 8.8.0.0/16 dsfield 0x10 oif lo lookup default; echo $?
  0
  0
  0
  $ ip rule add to 10.0.0.0/8 ipproto icmp goto 32766; echo $?; ip rule add not sport 53 nop prio 1; echo $?; ip rule add from 0.0.0.0/0 fwmark 0x10/0xf0 uidrange 1000-2000 table 100 realms 0x10 order 77; echo $?
  0
  0
  0
  $ ip rule add dsfield 0x04 type blackhole prio 32765; echo $?; ip rule add table 300 order 77; echo $?
  0
  0
  $ ip rule show
  0:	from all lookup local
  1:	not from all sport 53 nop
  73:	from all to 10.0.0.0/8 ipproto icmp goto 32766
  74:	from all to 8.8.0.0/16 tos 0x10 oif lo lookup default
  75:	from all oif lo goto 1000 [unresolved]
  76:	from all lookup main suppress_prefixlength 0 proto boot
  77:	from all ipproto udp goto 200
  77:	from all fwmark 0x10/0xf0 uidrange 1000-2000 lookup 100 realms 16
  77:	from all lookup 300
  149:	from 192.168.2.1 blackhole
  150:	from all uidrange 5-5 nop
  200:	from all fwmark 0x10/0xf0 lookup 200
  32765:	from all tos 0x04 blackhole
  32766:	from all lookup main
  32767:	from all lookup default
  40000:	from all to 8.8.0.0/16 fwmark 0x2 uidrange 5-5 ipproto udp prohibit
  $ ip -j rule show
  [{"priority":0,"src":"all","table":"local"},{"priority":1,"not":null,"src":"all","sport":53,"nop":null},{"priority":73,"src":"all","dst":"10.0.0.0","dstlen":8,"ipproto":"icmp","goto":32766},{"priority":74,"src":"all","dst":"8.8.0.0","dstlen":16,"tos":"0x10","oif":"lo","table":"default"},{"priority":75,"src":"all","oif":"lo","goto":1000,"unresolved":null},{"priority":76,"src":"all","table":"main","suppress_prefixlen":0,"protocol":"boot"},{"priority":77,"src":"all","ipproto":"udp","goto":200},{"priority":77,"src":"all","fwmark":"0x10","fwmask":"0xf0","uid_start":1000,"uid_end":2000,"table":"100","flow_to":"16"},{"priority":77,"src":"all","table":"300"},{"priority":149,"src":"192.168.2.1","action":"blackhole"},{"priority":150,"src":"all","uid_start":5,"uid_end":5,"nop":null},{"priority":200,"src":"all","fwmark":"0x10","fwmask":"0xf0","table":"200"},{"priority":32765,"src":"all","tos":"0x04","action":"blackhole"},{"priority":32766,"src":"all","table":"main"},{"priority":32767,"src":"all","table":"default"},{"priority":40000,"src":"all","dst":"8.8.0.0","dstlen":16,"fwmark":"0x2","uid_start":5,"uid_end":5,"ipproto":"udp","action":"prohibit"}]
  $ ip rule show table main 2>&1
  76:	from all lookup main suppress_prefixlength 0 proto boot
  32766:	from all lookup main
  $ ip rule show ipproto udp 2>&1
  77:	from all ipproto udp goto 200
  40000:	from all to 8.8.0.0/16 fwmark 0x2 uidrange 5-5 ipproto udp prohibit
  $ ip rule show from 192.168.1.0/24 2>&1
  $ for q in '8.8.8.8 mark 0x13' '192.168.2.9 from 192.168.2.1' '8.8.8.8' '192.168.1.1 iif lo'; do echo "# $q"; ip route get $q 2>&1; done
  # 8.8.8.8 mark 0x13
  8.8.8.8 via 192.168.1.254 dev a0 src 192.168.1.1 mark 0x13 uid 0 
      cache 
  # 192.168.2.9 from 192.168.2.1
  192.168.2.9 from 192.168.2.1 dev a1 uid 0 
      cache 
  # 8.8.8.8
  8.8.8.8 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 192.168.1.1 iif lo
  RTNETLINK answers: Invalid argument
  [2]
  $ for q in '8.8.8.8 tos 0x10' '8.8.4.4 uid 1000' '10.1.2.3 from 10.9.9.9 iif a0' '192.168.1.1 from 192.168.2.9 iif a1'; do echo "# $q"; ip route get $q 2>&1; done
  # 8.8.8.8 tos 0x10
  8.8.8.8 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 8.8.4.4 uid 1000
  8.8.4.4 via 192.168.1.254 dev a0 src 192.168.1.1 uid 1000 
      cache 
  # 10.1.2.3 from 10.9.9.9 iif a0
  10.1.2.3 from 10.9.9.9 via 192.168.1.254 dev a0 
      cache iif a0 
  # 192.168.1.1 from 192.168.2.9 iif a1
  local 192.168.1.1 from 192.168.2.9 dev lo table local 
      cache <local> iif a1 
  $ for q in '8.8.8.8 uid 5' '10.2.0.1'; do echo "# $q"; ip route get $q 2>&1; done
  # 8.8.8.8 uid 5
  8.8.8.8 via 192.168.1.254 dev a0 src 192.168.1.1 uid 5 
      cache 
  # 10.2.0.1
  10.2.0.1 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip rule del pref 100; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip rule del to 10.0.0.0/8 ipproto icmp goto 32766; echo $?
  0
  $ ip rule del dsfield 0x04; echo $?
  0
  $ ip rule show
  0:	from all lookup local
  1:	not from all sport 53 nop
  74:	from all to 8.8.0.0/16 tos 0x10 oif lo lookup default
  75:	from all oif lo goto 1000 [unresolved]
  76:	from all lookup main suppress_prefixlength 0 proto boot
  77:	from all ipproto udp goto 200
  77:	from all fwmark 0x10/0xf0 uidrange 1000-2000 lookup 100 realms 16
  77:	from all lookup 300
  149:	from 192.168.2.1 blackhole
  150:	from all uidrange 5-5 nop
  200:	from all fwmark 0x10/0xf0 lookup 200
  32766:	from all lookup main
  32767:	from all lookup default
  40000:	from all to 8.8.0.0/16 fwmark 0x2 uidrange 5-5 ipproto udp prohibit
  $ ping -c 1 -W 1 -Q 16 10.1.2.3 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  PING 10.1.2.3 (10.1.2.3) 56(84) bytes of data.
  64 bytes from 10.1.2.3: icmp_seq=1 ttl=64 time=X
  0
  $ ping -c 1 -W 1 8.8.4.4 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  PING 8.8.4.4 (8.8.4.4) 56(84) bytes of data.
  64 bytes from 8.8.4.4: icmp_seq=1 ttl=64 time=X
  0
  $ ping -c 1 -W 1 -Q 4 8.8.8.8 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  PING 8.8.8.8 (8.8.8.8) 56(84) bytes of data.
  64 bytes from 8.8.8.8: icmp_seq=1 ttl=64 time=X
  0
  $ timeout 3 ip netns exec p nc -u -l -W 1 5353 > got.txt & sleep 0.2; echo hi | nc -u -w1 -p 1500 10.2.0.1 5353; echo $?; wait; cat got.txt
  0
  hi
  $ nstat -az IpOutNoRoutes IpOutRequests IcmpInEchoReps | grep -v '^#'
  IpOutRequests                   4                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpInEchoReps                  3                  0.0
  $ for q in '8.8.8.8 from 192.168.2.9 iif a1 tos 0x04' '8.8.8.8 oif a1' '8.8.4.4 tos 0x04' '192.168.2.9 from 192.168.2.9 iif a1'; do echo "# $q"; ip route get $q 2>&1; done
  # 8.8.8.8 from 192.168.2.9 iif a1 tos 0x04
  8.8.8.8 from 192.168.2.9 via 192.168.1.254 dev a0 
      cache iif a1 
  # 8.8.8.8 oif a1
  8.8.8.8 dev a1 src 192.168.2.1 uid 0 
      cache 
  # 8.8.4.4 tos 0x04
  8.8.4.4 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 192.168.2.9 from 192.168.2.9 iif a1
  192.168.2.9 from 192.168.2.9 dev a1 
      cache <redirect> iif a1 
