Directed broadcasts through a router: without bc_forwarding the router takes a packet for a subnet broadcast address of another link as its own broadcast (answers only with icmp_echo_ignore_broadcasts=0); with bc_forwarding on both all and the input device (IN_DEV_BFORWARD) it forwards it, sent as a link-layer broadcast; the limited broadcast is never forwarded.
  $ for n in a r b c; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip netns add lan
  $ ip -n lan link add br0 type bridge
  $ ip -n lan link set br0 up
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add r1 netns r address 02:00:00:00:01:02 type veth peer name p1 netns lan
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name p2 netns lan
  $ ip link add c0 netns c address 02:00:00:00:0c:01 type veth peer name p3 netns lan
  $ for p in p1 p2 p3; do ip -n lan link set $p master br0 up; done
  $ for n in a r b c; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n r link set r0 up; ip -n r link set r1 up; ip -n b link set b0 up; ip -n c link set c0 up
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 brd + dev r1
  $ ip -n b addr add 10.2.0.2/24 brd + dev b0
  $ ip -n c addr add 10.2.0.3/24 brd + dev c0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip -n c route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ for n in r b c; do ip netns exec $n sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0; done
  $ ip netns exec r sysctl net.ipv4.conf.all.bc_forwarding net.ipv4.conf.r0.bc_forwarding
  net.ipv4.conf.all.bc_forwarding = 0
  net.ipv4.conf.r0.bc_forwarding = 0
  $ ip -n r route get 10.2.0.255 from 10.1.0.2 iif r0
  broadcast 10.2.0.255 from 10.1.0.2 dev lo 
      cache <local,brd> iif r0 
  $ ip netns exec a ping -c 1 -W 1 -b 10.2.0.255 | sed -E 's/time=.*//'
  PING 10.2.0.255 (10.2.0.255) 56(84) bytes of data.
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 
  
  --- 10.2.0.255 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec r sysctl -w net.ipv4.conf.r0.bc_forwarding=1
  net.ipv4.conf.r0.bc_forwarding = 1
  $ ip -n r route get 10.2.0.255 from 10.1.0.2 iif r0
  broadcast 10.2.0.255 from 10.1.0.2 dev lo 
      cache <local,brd> iif r0 
  $ ip netns exec r sysctl -w net.ipv4.conf.all.bc_forwarding=1
  net.ipv4.conf.all.bc_forwarding = 1
  $ ip -n r route get 10.2.0.255 from 10.1.0.2 iif r0
  broadcast 10.2.0.255 from 10.1.0.2 dev r1 
      cache iif r0 
  $ ip -n r route get 10.2.0.255 from 10.1.0.2 iif r1
  broadcast 10.2.0.255 from 10.1.0.2 dev lo 
      cache <local,brd> iif r1 
  $ ip -n r route get 255.255.255.255 from 10.1.0.2 iif r0
  broadcast 255.255.255.255 from 10.1.0.2 dev lo 
      cache <local,brd> iif r0 
  $ ip netns exec a ping -c 1 -W 1 -b 10.2.0.255 | sed -E 's/time=.*//' | sort
  
  --- 10.2.0.255 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  64 bytes from 10.2.0.3: icmp_seq=1 ttl=63 
  PING 10.2.0.255 (10.2.0.255) 56(84) bytes of data.
  rtt min/avg/max/mdev = * ms (glob)
  $ ip -n r neigh show | sort
  10.1.0.2 dev r0 lladdr 02:00:00:00:0a:01 DELAY 
  10.2.0.2 dev r1 lladdr 02:00:00:00:0b:01 STALE 
  10.2.0.3 dev r1 lladdr 02:00:00:00:0c:01 STALE 
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.forwarding=0
  $ ip -n r route get 10.2.0.255 from 10.1.0.2 iif r0
  broadcast 10.2.0.255 from 10.1.0.2 dev r1 
      cache iif r0 
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.forwarding=1 net.ipv4.conf.all.bc_forwarding=0
  $ ip -n r route get 10.2.0.255 from 10.1.0.2 iif r0
  broadcast 10.2.0.255 from 10.1.0.2 dev lo 
      cache <local,brd> iif r0 
  $ ip netns exec r nstat -az IpForwDatagrams IpInDelivers IcmpInEchos IcmpOutEchoReps IpOutNoRoutes | tail -n +2
  IpForwDatagrams                 3                  0.0
  IpInDelivers                    1                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutEchoReps                 1                  0.0
  $ ip netns exec b nstat -az IpInDelivers IcmpInEchos IcmpOutEchoReps IpExtInBcastPkts | tail -n +2
  IpInDelivers                    1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutEchoReps                 1                  0.0
  IpExtInBcastPkts                1                  0.0
