Asymmetric routing through two routers: a reaches b's loopback address through r1 and b answers through r2. b's strict rp_filter drops a's packets (the route back leaves by the other device), loose mode passes; the same on a forwarding router, where ip route get names the cross-device link. Counters on both sides.
  $ for n in a b r1 r2; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a1 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r1 address 02:00:00:00:01:0a
  $ ip link add a2 netns a address 02:00:00:00:0a:02 type veth peer name ra netns r2 address 02:00:00:00:02:0a
  $ ip link add b1 netns b address 02:00:00:00:0b:01 type veth peer name rb netns r1 address 02:00:00:00:01:0b
  $ ip link add b2 netns b address 02:00:00:00:0b:02 type veth peer name rb netns r2 address 02:00:00:00:02:0b
  $ for d in a1 a2; do ip -n a link set $d up; done; for d in b1 b2; do ip -n b link set $d up; done
  $ for r in r1 r2; do ip -n $r link set ra up; ip -n $r link set rb up; ip netns exec $r sysctl -qw net.ipv4.ip_forward=1; done
  $ ip -n a addr add 10.1.1.2/24 dev a1; ip -n r1 addr add 10.1.1.1/24 dev ra
  $ ip -n a addr add 10.2.1.2/24 dev a2; ip -n r2 addr add 10.2.1.1/24 dev ra
  $ ip -n b addr add 10.1.2.2/24 dev b1; ip -n r1 addr add 10.1.2.1/24 dev rb
  $ ip -n b addr add 10.2.2.2/24 dev b2; ip -n r2 addr add 10.2.2.1/24 dev rb
  $ ip -n a addr add 172.16.1.1/32 dev lo; ip -n b addr add 172.16.2.1/32 dev lo
  $ ip -n a route add 172.16.2.1 via 10.1.1.1
  $ ip -n b route add 172.16.1.1 via 10.2.2.1
  $ ip -n r1 route add 172.16.2.1 via 10.1.2.2; ip -n r1 route add 172.16.1.1 via 10.1.1.2
  $ ip -n r2 route add 172.16.2.1 via 10.2.2.2; ip -n r2 route add 172.16.1.1 via 10.2.1.2
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 -I 172.16.1.1 172.16.2.1 | tail -2
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip -n b route get 172.16.2.1 from 172.16.1.1 iif b1
  local 172.16.2.1 from 172.16.1.1 dev lo 
      cache <local> iif b1 
  $ ip netns exec b sysctl -w net.ipv4.conf.b1.rp_filter=1
  net.ipv4.conf.b1.rp_filter = 1
  $ ip -n b route get 172.16.2.1 from 172.16.1.1 iif b1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 172.16.2.1 from 172.16.1.1 iif b2
  local 172.16.2.1 from 172.16.1.1 dev lo 
      cache <local> iif b2 
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 -I 172.16.1.1 172.16.2.1 | tail -2
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n b -s link show b1 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
             434       5      0       0       0       0 
  $ ip netns exec b nstat -az TcpExtIPReversePathFilter IpInReceives IpInDelivers IcmpInEchos | tail -n +2
  IpInReceives                    4                  0.0
  IpInDelivers                    2                  0.0
  IcmpInEchos                     2                  0.0
  TcpExtIPReversePathFilter       2                  0.0
  $ ip netns exec b sysctl -w net.ipv4.conf.b1.rp_filter=2
  net.ipv4.conf.b1.rp_filter = 2
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 -I 172.16.1.1 172.16.2.1 | tail -2
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec b nstat -az TcpExtIPReversePathFilter IpInReceives IpInDelivers IcmpInEchos | tail -n +2
  IpInReceives                    6                  0.0
  IpInDelivers                    4                  0.0
  IcmpInEchos                     4                  0.0
  TcpExtIPReversePathFilter       2                  0.0
  $ ip netns exec b sysctl -qw net.ipv4.conf.b1.rp_filter=0
  $ ip -n r1 route replace 172.16.1.1 via 10.1.2.2
  $ ip -n r1 route get 172.16.2.1 from 172.16.1.1 iif ra
  172.16.2.1 from 172.16.1.1 via 10.1.2.2 dev rb 
      cache iif ra 
  $ ip netns exec r1 sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip -n r1 route get 172.16.2.1 from 172.16.1.1 iif ra
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r1 route get 172.16.2.1 from 172.16.1.1 iif rb
  172.16.2.1 from 172.16.1.1 via 10.1.2.2 dev rb 
      cache iif rb 
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.1.1 172.16.2.1 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r1 nstat -az TcpExtIPReversePathFilter IpForwDatagrams IpInReceives IpInAddrErrors | tail -n +2
  IpInReceives                    7                  0.0
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 6                  0.0
  TcpExtIPReversePathFilter       1                  0.0
  $ ip netns exec r1 sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ ip -n r1 route get 172.16.2.1 from 172.16.1.1 iif ra
  172.16.2.1 from 172.16.1.1 via 10.1.2.2 dev rb 
      cache iif ra 
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.1.1 172.16.2.1 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip -n r1 route get 172.16.2.1 from 192.0.2.9 iif ra
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r1 nstat -az TcpExtIPReversePathFilter IpForwDatagrams | tail -n +2
  IpForwDatagrams                 7                  0.0
  TcpExtIPReversePathFilter       1                  0.0
  $ ip netns exec b sh -c 'nc -u -l 172.16.2.1 5000 > udp.out & sleep 0.3'
  $ ip netns exec r1 sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip netns exec a sh -c 'echo hello | nc -u -w 1 -s 172.16.1.1 172.16.2.1 5000'; echo rc=$?
  rc=0
  $ cat udp.out; ip netns exec r1 nstat -az TcpExtIPReversePathFilter | tail -n +2
  TcpExtIPReversePathFilter       2                  0.0
  $ ip netns exec a nstat -az UdpOutDatagrams IcmpInDestUnreachs | tail -n +2
  IcmpInDestUnreachs              0                  0.0
  UdpOutDatagrams                 1                  0.0
