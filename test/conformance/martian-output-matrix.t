Output route lookups (ip route get DST [from SRC] [oif DEV]) over a matrix of martian and ordinary sources and destinations: ip_route_output_key_hash_rcu()'s source checks (multicast, limited broadcast, zero net, not ours, loopback only by lo), the oif forms for multicast and broadcast, and route_localnet.
  $ ip link add r0 address 02:00:00:00:01:01 type veth peer name a0 address 02:00:00:00:00:01
  $ ip link add r1 address 02:00:00:00:01:02 type veth peer name b0 address 02:00:00:00:00:02
  $ for d in lo r0 r1 a0 b0; do ip link set $d up; done
  $ ip addr add 10.0.0.254/24 dev r0; ip addr add 10.0.1.254/24 dev r1; ip addr add 10.255.0.1/32 dev lo
  $ ip route add 192.0.2.0/24 via 10.0.1.2
  $ S="0.0.0.0 127.0.0.1 127.9.9.9 224.0.0.5 255.255.255.255 240.0.0.1 0.1.2.3 10.0.0.254 10.255.0.1 10.0.0.255 10.0.1.2 192.0.2.7"
  $ D="10.0.1.2 10.0.0.254 10.255.0.1 127.0.0.1 127.9.9.9 10.0.0.255 255.255.255.255 224.0.0.1 239.1.2.3 0.0.0.0 240.0.0.9 10.9.9.9 0.1.2.3 192.0.2.9"
  $ m() { for s in $S; do for d in $D; do echo "$s>$d $(ip route get $d from $s $@ 2>&1 | tr -s ' \n' ' ')"; done; done; }
  $ m | md5sum
  ef9a6eb6c46befa3b0f009fb8e9b16aa  -
  $ m oif r0 | md5sum
  8193e1fe88ac69b5b912276e6ce098ec  -
  $ m oif lo | md5sum
  179b8442b2405c0045c796a5b6a61fc6  -
  $ for d in $D; do echo "$d $(ip route get $d 2>&1 | tr -s ' \n' ' ')"; done
  10.0.1.2 10.0.1.2 dev r1 src 10.0.1.254 uid 0 cache 
  10.0.0.254 local 10.0.0.254 dev lo src 10.0.0.254 uid 0 cache <local> 
  10.255.0.1 local 10.255.0.1 dev lo src 10.255.0.1 uid 0 cache <local> 
  127.0.0.1 local 127.0.0.1 dev lo src 127.0.0.1 uid 0 cache <local> 
  127.9.9.9 local 127.9.9.9 dev lo src 127.0.0.1 uid 0 cache <local> 
  10.0.0.255 broadcast 10.0.0.255 dev r0 src 10.0.0.254 uid 0 cache <local,brd> 
  255.255.255.255 RTNETLINK answers: Network is unreachable 
  224.0.0.1 RTNETLINK answers: Network is unreachable 
  239.1.2.3 RTNETLINK answers: Network is unreachable 
  0.0.0.0 local 0.0.0.0 dev lo src 127.0.0.1 uid 0 cache <local> 
  240.0.0.9 RTNETLINK answers: Network is unreachable 
  10.9.9.9 RTNETLINK answers: Network is unreachable 
  0.1.2.3 RTNETLINK answers: Network is unreachable 
  192.0.2.9 192.0.2.9 via 10.0.1.2 dev r1 src 10.0.1.254 uid 0 cache 
  $ for d in $D; do echo "$d $(ip route get $d oif r1 2>&1 | tr -s ' \n' ' ')"; done
  10.0.1.2 10.0.1.2 dev r1 src 10.0.1.254 uid 0 cache 
  10.0.0.254 10.0.0.254 dev r1 src 10.0.1.254 uid 0 cache 
  10.255.0.1 10.255.0.1 dev r1 src 10.0.1.254 uid 0 cache 
  127.0.0.1 127.0.0.1 dev r1 src 10.0.1.254 uid 0 cache 
  127.9.9.9 127.9.9.9 dev r1 src 10.0.1.254 uid 0 cache 
  10.0.0.255 10.0.0.255 dev r1 src 10.0.1.254 uid 0 cache 
  255.255.255.255 broadcast 255.255.255.255 dev r1 src 10.0.1.254 uid 0 cache <local,brd> 
  224.0.0.1 multicast 224.0.0.1 dev r1 src 10.0.1.254 rt_offload_failed uid 0 cache <local,mc> 
  239.1.2.3 multicast 239.1.2.3 dev r1 src 10.0.1.254 rt_offload_failed uid 0 cache <mc> 
  0.0.0.0 local 0.0.0.0 dev lo src 10.0.1.254 uid 0 cache <local> 
  240.0.0.9 240.0.0.9 dev r1 src 10.0.1.254 uid 0 cache 
  10.9.9.9 10.9.9.9 dev r1 src 10.0.1.254 uid 0 cache 
  0.1.2.3 0.1.2.3 dev r1 src 10.0.1.254 uid 0 cache 
  192.0.2.9 192.0.2.9 via 10.0.1.2 dev r1 src 10.0.1.254 uid 0 cache 
  $ sysctl -qw net.ipv4.conf.all.route_localnet=1; m | md5sum; m oif r0 | md5sum
  63f917ddd250405d6b860bbddcbd5684  -
  d53525a7e6befc6506a786fcdf7f4ad8  -
  $ sysctl -qw net.ipv4.conf.all.route_localnet=0 net.ipv4.conf.r0.route_localnet=1; m oif r0 | md5sum
  d53525a7e6befc6506a786fcdf7f4ad8  -
  $ for s in $S; do echo "$s $(ip route get 10.0.1.2 from $s oif r0 2>&1 | tr -s ' \n' ' ')"; done
  0.0.0.0 10.0.1.2 dev r0 src 10.0.0.254 uid 0 cache 
  127.0.0.1 10.0.1.2 from 127.0.0.1 dev r0 uid 0 cache 
  127.9.9.9 10.0.1.2 from 127.9.9.9 dev r0 uid 0 cache 
  224.0.0.5 RTNETLINK answers: Invalid argument 
  255.255.255.255 RTNETLINK answers: Invalid argument 
  240.0.0.1 RTNETLINK answers: Network is unreachable 
  0.1.2.3 RTNETLINK answers: Network is unreachable 
  10.0.0.254 10.0.1.2 from 10.0.0.254 dev r0 uid 0 cache 
  10.255.0.1 10.0.1.2 from 10.255.0.1 dev r0 uid 0 cache 
  10.0.0.255 RTNETLINK answers: Network is unreachable 
  10.0.1.2 RTNETLINK answers: Network is unreachable 
  192.0.2.7 RTNETLINK answers: Network is unreachable 
  $ ip route add default via 10.0.1.2; m | md5sum
  3d5afce12c9af3d63ee30a83977dbb80  -
  $ ip route add unreachable 10.9.0.0/16; ip route add prohibit 10.8.0.0/16; ip route add blackhole 10.7.0.0/16
  $ for d in 10.9.9.9 10.8.8.8 10.7.7.7; do for s in 0.0.0.0 10.0.0.254 127.0.0.1; do echo "$s>$d $(ip route get $d from $s 2>&1 | tr -s ' \n' ' ')"; done; done
  0.0.0.0>10.9.9.9 RTNETLINK answers: No route to host 
  10.0.0.254>10.9.9.9 RTNETLINK answers: No route to host 
  127.0.0.1>10.9.9.9 RTNETLINK answers: No route to host 
  0.0.0.0>10.8.8.8 RTNETLINK answers: Permission denied 
  10.0.0.254>10.8.8.8 RTNETLINK answers: Permission denied 
  127.0.0.1>10.8.8.8 RTNETLINK answers: Permission denied 
  0.0.0.0>10.7.7.7 RTNETLINK answers: Invalid argument 
  10.0.0.254>10.7.7.7 RTNETLINK answers: Invalid argument 
  127.0.0.1>10.7.7.7 RTNETLINK answers: Invalid argument 
