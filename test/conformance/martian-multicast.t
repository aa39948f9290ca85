Multicast and broadcast destinations and the source they may come from (ip_route_input_mc, brd_input): 0.0.0.0 may send to a link-local group or the limited broadcast, not to another group; a loopback source needs route_localnet; multicast and broadcast sources are refused; rp_filter validates the source of a group packet too (counted as IPReversePathFilter) and no martian line is logged for a group packet.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name b1 netns b address 02:00:00:00:0b:02
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n b link set b0 up; ip -n b link set b1 up
  $ ip -n a addr add 10.70.0.1/24 dev a0; ip -n a addr add 10.71.0.1/24 dev a1
  $ ip -n b addr add 10.70.0.2/24 dev b0; ip -n b addr add 10.71.0.2/24 dev b1
  $ ip -n b addr add 239.70.0.1/32 dev b0 autojoin
  $ ip -n b maddr show dev b0 | grep inet
  	inet  239.70.0.1
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip netns exec b sysctl -qw net.ipv4.conf.all.log_martians=1
  $ ip -n b route get 224.0.0.1 from 0.0.0.0 iif b0
  multicast 224.0.0.1 dev lo rt_offload_failed 
      cache <local,mc> iif b0 
  $ ip -n b route get 239.70.0.1 from 0.0.0.0 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 239.70.0.1 from 10.70.0.1 iif b0
  multicast 239.70.0.1 from 10.70.0.1 dev lo rt_offload_failed 
      cache <local,mc> iif b0 
  $ ip -n b route get 239.70.0.1 from 10.70.0.1 iif b1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 239.70.0.2 from 10.70.0.1 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 224.0.0.1 from 127.0.0.1 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 224.0.0.1 from 224.0.0.9 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 224.0.0.1 from 255.255.255.255 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 224.0.0.1 from 10.70.0.2 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 255.255.255.255 from 10.70.0.2 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 10.70.0.255 from 10.70.0.2 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 10.70.0.255 from 127.0.0.1 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 10.71.0.255 from 10.70.0.1 iif b0
  broadcast 10.71.0.255 from 10.70.0.1 dev lo 
      cache <local,brd> iif b0 
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.route_localnet=1
  $ ip -n b route get 224.0.0.1 from 127.0.0.1 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.route_localnet=0 net.ipv4.conf.all.rp_filter=1
  $ ip -n b route get 224.0.0.1 from 10.71.0.1 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 224.0.0.1 from 10.70.0.1 iif b0
  multicast 224.0.0.1 from 10.70.0.1 dev lo rt_offload_failed 
      cache <local,mc> iif b0 
  $ ip -n b route get 239.70.0.1 from 10.71.0.1 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 255.255.255.255 from 10.71.0.1 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 255.255.255.255 from 0.0.0.0 iif b0
  broadcast 255.255.255.255 dev lo 
      cache <local,brd> iif b0 
  $ ip -n a route add 224.0.0.0/4 dev a0
  $ ip -n a addr add 10.71.0.9/32 dev a0
  $ ip netns exec a ping -c 1 -W 1 -I 10.71.0.9 -t 1 224.0.0.1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b nstat -az TcpExtIPReversePathFilter IpExtInMcastPkts IcmpInEchos | tail -n +2
  IcmpInEchos                     0                  0.0
  TcpExtIPReversePathFilter       1                  0.0
  IpExtInMcastPkts                0                  0.0
  $ dmesg -t | grep -c 'from 10.71.0.9,'
  0
  [1]
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0 net.ipv4.conf.all.rp_filter=0
  $ ip netns exec a ping -c 1 -W 1 -I 10.71.0.9 -t 1 224.0.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.71.0.2: icmp_seq=1 ttl=64 
  $ ip netns exec b nstat -az TcpExtIPReversePathFilter IpExtInMcastPkts IcmpInEchos | tail -n +2
  IcmpInEchos                     1                  0.0
  TcpExtIPReversePathFilter       1                  0.0
  IpExtInMcastPkts                1                  0.0
  $ ip netns exec b cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  1	lo        :     1      V3
  				010000E0     1 0:00000000		0
  2	b0        :     2      V3
  				010046EF     1 0:00000000		0
  				010000E0     1 0:00000000		0
  3	b1        :     1      V3
  				010000E0     1 0:00000000		0
  $ ip -n b link set b0 down; ip -n b link set b0 up; ip -n b maddr show dev b0 | grep 'inet '
  	inet  224.0.0.1
  	inet  239.70.0.1
  $ ip -n b addr add 239.70.0.2/32 dev b0 autojoin; ip -n b addr add 224.0.0.1/32 dev b0 autojoin
  $ ip netns exec b cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  1	lo        :     1      V3
  				010000E0     1 0:00000000		0
  2	b0        :     3      V3
  				020046EF     1 0:00000000		0
  				010000E0     2 0:00000000		0
  				010046EF     1 0:00000000		0
  3	b1        :     1      V3
  				010000E0     1 0:00000000		0
  $ ip -n b addr add 10.70.0.9/32 dev b0 autojoin
  autojoin needs multicast address
  [1]
  $ ip -n b addr del 239.70.0.1/32 dev b0; ip -n b addr del 224.0.0.1/32 dev b0
  $ ip -n b maddr show dev b0 | grep 'inet '
  	inet  239.70.0.2
  	inet  224.0.0.1
  $ ip -n b route get 239.70.0.1 from 10.70.0.1 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 239.70.0.2 from 10.70.0.1 iif b0
  multicast 239.70.0.2 from 10.70.0.1 dev lo rt_offload_failed 
      cache <local,mc> iif b0 
