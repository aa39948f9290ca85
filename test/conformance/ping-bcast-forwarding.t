ping -b of a remote subnet's directed broadcast through a router: dropped there (a broadcast for the router itself, answered only when its icmp_echo_ignore_broadcasts is 0) until bc_forwarding is on for all and the input device (the output device's does not matter), then forwarded as a link broadcast and answered by the hosts behind it that answer broadcasts (b; c keeps ignoring them); with the counters on both sides.
  $ for n in a r b c; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip -n r link add br1 address 02:00:00:00:00:fe type bridge
  $ ip link add b0 netns b address 02:00:00:00:00:04 type veth peer name pb netns r address 02:00:00:00:00:14
  $ ip link add c0 netns c address 02:00:00:00:00:05 type veth peer name pc netns r address 02:00:00:00:00:15
  $ for p in pb pc; do ip -n r link set $p master br1; ip -n r link set $p up; done
  $ for x in "a a0" "r r0" "r br1" "b b0" "c c0" "a lo" "r lo" "b lo" "c lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.1.1/24 dev a0
  $ ip -n r addr add 10.0.1.254/24 dev r0
  $ ip -n r addr add 10.0.2.254/24 brd + dev br1
  $ ip -n b addr add 10.0.2.1/24 brd + dev b0
  $ ip -n c addr add 10.0.2.2/24 brd + dev c0
  $ ip -n a route add default via 10.0.1.254
  $ for n in b c; do ip -n $n route add default via 10.0.2.254; done
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -c 1 -W 1 -b 10.0.2.255 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.2.255 (10.0.2.255) 56(84) bytes of data.
  
  --- 10.0.2.255 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec r sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns exec a ping -c 1 -W 1 -b 10.0.2.255 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X ms/'
  PING 10.0.2.255 (10.0.2.255) 56(84) bytes of data.
  64 bytes from 10.0.1.254: icmp_seq=1 ttl=64 time=T ms
  
  --- 10.0.2.255 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec r sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=1
  $ ip netns exec r sysctl net.ipv4.conf.all.bc_forwarding net.ipv4.conf.br1.bc_forwarding
  net.ipv4.conf.all.bc_forwarding = 0
  net.ipv4.conf.br1.bc_forwarding = 0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.bc_forwarding=1
  $ ip netns exec a ping -c 1 -W 1 -b 10.0.2.255 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.2.255 (10.0.2.255) 56(84) bytes of data.
  
  --- 10.0.2.255 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec r sysctl -qw net.ipv4.conf.br1.bc_forwarding=1
  $ ip -n r route get 10.0.2.255 from 10.0.1.1 iif r0
  broadcast 10.0.2.255 from 10.0.1.1 dev lo 
      cache <local,brd> iif r0 
  $ ip netns exec a ping -c 1 -W 1 -b 10.0.2.255 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X ms/'
  PING 10.0.2.255 (10.0.2.255) 56(84) bytes of data.
  
  --- 10.0.2.255 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ for n in b c; do ip netns exec $n nstat -az IcmpInEchos IcmpOutEchoReps | tail -n +2; done
  IcmpInEchos                     0                  0.0
  IcmpOutEchoReps                 0                  0.0
  IcmpInEchos                     0                  0.0
  IcmpOutEchoReps                 0                  0.0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.bc_forwarding=1
  $ ip -n r route get 10.0.2.255 from 10.0.1.1 iif r0
  broadcast 10.0.2.255 from 10.0.1.1 dev br1 
      cache iif r0 
  $ ip netns exec a ping -c 2 -i 0.3 -W 1 -b 10.0.2.255 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X ms/' | sort
  
  --- 10.0.2.255 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  64 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  PING 10.0.2.255 (10.0.2.255) 56(84) bytes of data.
  rtt min/avg/max/mdev = X ms
  $ for n in b c; do ip netns exec $n nstat -az IcmpInEchos IcmpOutEchoReps IpInBcastPkts | tail -n +2; done
  IcmpInEchos                     2                  0.0
  IcmpOutEchoReps                 2                  0.0
  IcmpInEchos                     2                  0.0
  IcmpOutEchoReps                 0                  0.0
  $ ip netns exec a ping -c 1 -W 1 10.0.2.255 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.2.255 (10.0.2.255) 56(84) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=* ms (DIFFERENT ADDRESS!) (glob)
  
  --- 10.0.2.255 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=1
  $ ip netns exec a ping -c 1 -W 1 -b 10.0.2.255 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X ms/'
  PING 10.0.2.255 (10.0.2.255) 56(84) bytes of data.
  
  --- 10.0.2.255 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.bc_forwarding=0
  $ ip -n r route get 10.0.2.255 from 10.0.1.1 iif r0
  broadcast 10.0.2.255 from 10.0.1.1 dev lo 
      cache <local,brd> iif r0 
  $ ip netns exec a ping -c 1 -W 1 -b 10.0.2.255 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.2.255 (10.0.2.255) 56(84) bytes of data.
  
  --- 10.0.2.255 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip -n r -s link show br1 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             280       4      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             542       7      0       0       0       0 
  $ ip netns exec r nstat -az IpForwDatagrams IpInAddrErrors IpOutRequests IcmpInEchos IcmpOutEchoReps IpInBcastPkts IpOutBcastPkts | tail -n +2
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 7                  0.0
  IpOutRequests                   3                  0.0
  IcmpInEchos                     5                  0.0
  IcmpOutEchoReps                 1                  0.0
  $ for n in b c; do ip netns exec $n nstat -az IcmpInEchos IcmpOutEchoReps | tail -n +2; done
  IcmpInEchos                     4                  0.0
  IcmpOutEchoReps                 3                  0.0
  IcmpInEchos                     4                  0.0
  IcmpOutEchoReps                 0                  0.0
