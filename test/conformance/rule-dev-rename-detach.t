iif/oif rules follow device names: a rename detaches a rule from its device and attaches those naming the new name (NETDEV_CHANGENAME: detach_rules() then attach_rules()), a deleted or moved-away device leaves its rules [detached] until a device of that name comes back, a device down keeps them; forwarded pings and ip route get show when the rule applies.
  $ ip netns add p; ip -n p link set lo up; sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip netns exec p sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 netns p address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 netns p address 02:00:00:00:0b:02
  $ ip link set lo up; ip link set a0 up; ip link set a1 up; ip -n p link set b0 up; ip -n p link set b1 up
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1
  $ ip -n p addr add 192.168.1.254/24 dev b0; ip -n p addr add 192.168.2.254/24 dev b1; ip -n p addr add 10.9.9.9/32 dev lo
  $ sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0; ip -n p route add default via 192.168.1.1; ip -n p addr add 10.50.0.1/32 dev lo
  $ ip route add 10.50.0.0/16 via 192.168.2.254 table 100; ip route add default via 192.168.2.254 table 200; ip route add blackhole 10.50.0.0/16
  $ ip rule add iif a0 lookup 100 pref 100; ip rule add oif a1 lookup 200 pref 200; ip rule add iif x0 prohibit pref 150
  $ ip netns exec p ping -c 1 -W 1 10.50.0.1 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 10.50.0.1: icmp_seq=1 ttl=64 
  $ ip route get 10.50.0.1 from 192.168.1.254 iif a0 2>&1; ip route get 10.60.0.1 oif a1 2>&1
  10.50.0.1 from 192.168.1.254 via 192.168.2.254 dev a1 table 100 
      cache iif a0 
  10.60.0.1 via 192.168.2.254 dev a1 table 200 src 192.168.2.1 uid 0 
      cache 
  $ ip link set a0 name x0; ip rule
  0:	from all lookup local
  100:	from all iif a0 [detached] lookup 100
  150:	from all iif x0 prohibit
  200:	from all oif a1 lookup 200
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip link set x0 up; ip netns exec p ping -c 1 -W 1 10.50.0.1 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 10.50.0.1: icmp_seq=1 ttl=64 
  $ ip route get 10.50.0.1 from 192.168.1.254 iif x0 2>&1; ip -j rule show pref 100
  RTNETLINK answers: Permission denied
  [{"priority":100,"src":"all","iif":"a0","iif_detached":null,"table":"100"}]
  $ ip link set x0 name a0; ip link set a0 up; ip rule show iif a0; ip rule show iif x0
  100:	from all iif a0 lookup 100
  150:	from all iif x0 [detached] prohibit
  $ ip link set a1 down; ip rule show pref 200; ip route get 10.60.0.1 oif a1 2>&1; ip netns exec p ping -c 1 -W 1 10.50.0.1 | sed -n 2p
  200:	from all oif a1 lookup 200
  RTNETLINK answers: Network is unreachable
  64 bytes from 10.50.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip link del a1; ip rule show pref 200; ip route get 10.60.0.1 oif a1 2>&1; ip route show table 100; ip route show table 200
  200:	from all oif a1 [detached] lookup 200
  Cannot find device "a1"
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 netns p address 02:00:00:00:0b:02; ip rule show pref 200
  200:	from all oif a1 lookup 200
  $ ip link set a1 up; ip -n p link set b1 up; ip addr add 192.168.2.1/24 dev a1; ip -n p addr add 192.168.2.254/24 dev b1; ip route add 10.50.0.0/16 via 192.168.2.254 table 100
  $ ip netns exec p ping -c 1 -W 1 10.50.0.1 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 10.50.0.1: icmp_seq=1 ttl=64 
  $ ip route get 10.60.0.1 oif a1 2>&1; ip route get 10.60.0.1 2>&1
  10.60.0.1 dev a1 src 192.168.2.1 uid 0 
      cache 
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip link set a0 netns p; ip rule show pref 100; ip -n p rule show
  100:	from all iif a0 [detached] lookup 100
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -n p link del a0; ip link show a0 2>&1; ip rule show pref 100
  Device "a0" does not exist.
  100:	from all iif a0 [detached] lookup 100
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 netns p address 02:00:00:00:0b:01; ip rule del iif a0 lookup 100; echo $?; ip rule
  0
  0:	from all lookup local
  150:	from all iif x0 [detached] prohibit
  200:	from all oif a1 lookup 200
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule del iif x0; echo $?; ip rule del oif a1 pref 100 2>&1; echo $?; ip rule del oif a1; echo $?; ip rule
  0
  RTNETLINK answers: No such file or directory
  2
  0
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ nstat -az IpForwDatagrams IpOutNoRoutes IpExtInNoRoutes IcmpOutDestUnreachs | tail -n +2
  IpForwDatagrams                 0                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IpExtInNoRoutes                 0                  0.0
