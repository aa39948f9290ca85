rp_filter on a router with asymmetric paths: a host reaches the server through r1 but the way back to the host goes through r2, so r2 sees packets from the host arriving on the "wrong" interface; strict mode drops them (IPReversePathFilter, log_martians in dmesg), loose mode lets them through, and the per-interface value is max(all, dev); counters after each step.
  $ for n in h r1 r2 s; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add eth0 netns h address 02:00:00:00:00:01 type veth peer name r1a netns r1 address 02:00:00:00:01:01
  $ ip link add r1b netns r1 address 02:00:00:00:01:02 type veth peer name r2a netns r2 address 02:00:00:00:02:01
  $ ip link add r2b netns r2 address 02:00:00:00:02:02 type veth peer name eth0 netns s address 02:00:00:00:03:01
  $ ip link add r2c netns r2 address 02:00:00:00:02:03 type veth peer name eth1 netns h address 02:00:00:00:00:02
  $ for l in "h eth0" "h eth1" "r1 r1a" "r1 r1b" "r2 r2a" "r2 r2b" "r2 r2c" "s eth0"; do set -- $l; ip -n $1 link set $2 up; done
  $ ip -n h addr add 10.0.1.2/24 dev eth0; ip -n h addr add 10.0.9.2/24 dev eth1
  $ ip -n r1 addr add 10.0.1.1/24 dev r1a; ip -n r1 addr add 10.0.12.1/24 dev r1b
  $ ip -n r2 addr add 10.0.12.2/24 dev r2a; ip -n r2 addr add 10.0.2.1/24 dev r2b; ip -n r2 addr add 10.0.9.1/24 dev r2c
  $ ip -n s addr add 10.0.2.2/24 dev eth0; ip -n s route add default via 10.0.2.1
  $ ip -n h route add 10.0.2.0/24 via 10.0.1.1
  $ ip -n r1 route add 10.0.2.0/24 via 10.0.12.2
  $ ip -n r2 route add 10.0.1.0/24 via 10.0.9.2
  $ for n in r1 r2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip netns exec h sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r2 sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.r2a.rp_filter net.ipv4.conf.default.rp_filter
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.r2a.rp_filter = 0
  net.ipv4.conf.default.rp_filter = 0
  $ ip netns exec h ping -c 1 -W 1 10.0.2.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.2.2: icmp_seq=1 ttl=63 
  $ ip -n r2 route get 10.0.2.2 from 10.0.1.2 iif r2a
  10.0.2.2 from 10.0.1.2 dev r2b 
      cache iif r2a 
  $ ip netns exec r2 sysctl -qw net.ipv4.conf.all.rp_filter=1 net.ipv4.conf.all.log_martians=1
  $ ip -n r2 route get 10.0.2.2 from 10.0.1.2 iif r2a
  RTNETLINK answers: Invalid argument
  [2]
  $ dmesg -C
  $ ip netns exec h ping -c 2 -i 0.2 -W 1 10.0.2.2 | tail -2 | head -1 | sed -E 's/, time.*//'
  2 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec r2 nstat -az TcpExtIPReversePathFilter IpInReceives IpForwDatagrams IpInAddrErrors | sed 1d
  IpInReceives                    4                  0.0
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 2                  0.0
  TcpExtIPReversePathFilter       2                  0.0
  $ dmesg | grep -E 'martian|ll header' | sed -E 's/^\[ *[0-9.]+\] //'
  IPv4: martian source 10.0.2.2 from 10.0.1.2, on dev r2a
  ll header: 00000000: 02 00 00 00 02 01 02 00 00 00 01 02 08 00
  IPv4: martian source 10.0.2.2 from 10.0.1.2, on dev r2a
  ll header: 00000000: 02 00 00 00 02 01 02 00 00 00 01 02 08 00
  $ ip -n r2 -s link show r2a | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             336       4      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
              42       1      0       0       0       0 
  $ ip netns exec r2 sysctl -w net.ipv4.conf.r2a.rp_filter=2
  net.ipv4.conf.r2a.rp_filter = 2
  $ ip netns exec r2 sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.r2a.rp_filter
  net.ipv4.conf.all.rp_filter = 1
  net.ipv4.conf.r2a.rp_filter = 2
  $ ip -n r2 route get 10.0.2.2 from 10.0.1.2 iif r2a
  10.0.2.2 from 10.0.1.2 dev r2b 
      cache iif r2a 
  $ ip netns exec h ping -c 1 -W 1 10.0.2.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.2.2: icmp_seq=1 ttl=63 
  $ ip netns exec r2 sysctl -qw net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.r2a.rp_filter=1
  $ ip netns exec h ping -c 1 -W 1 10.0.2.2 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip -n r2 route get 10.0.2.2 from 10.0.77.7 iif r2a
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r2 sysctl -qw net.ipv4.conf.r2a.rp_filter=2
  $ ip -n r2 route get 10.0.2.2 from 10.0.77.7 iif r2a
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r2 sysctl -qw net.ipv4.conf.r2a.rp_filter=1
  $ ip -n r2 route add 10.0.1.0/24 via 10.0.12.1 metric 50 2>&1; ip -n r2 route show 10.0.1.0/24
  10.0.1.0/24 via 10.0.9.2 dev r2c 
  10.0.1.0/24 via 10.0.12.1 dev r2a metric 50 
  $ ip netns exec h ping -c 1 -W 1 10.0.2.2 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec r2 nstat -az TcpExtIPReversePathFilter | sed 1d
  TcpExtIPReversePathFilter       4                  0.0
  $ dmesg | grep -E 'martian|ll header' | sed -E 's/^\[ *[0-9.]+\] //; s/(00000000: 45) .*/\1 (garbage of the route get skb)/' | sort | uniq -c
        4 IPv4: martian source 10.0.2.2 from 10.0.1.2, on dev r2a
        2 IPv4: martian source 10.0.2.2 from 10.0.77.7, on dev r2a
        4 ll header: 00000000: 02 00 00 00 02 01 02 00 00 00 01 02 08 00
        2 ll header: 00000000: 45 (garbage of the route get skb)
  $ ip -n h neigh show | sort
  10.0.1.1 dev eth0 lladdr 02:00:00:00:01:01 REACHABLE 
  10.0.9.1 dev eth1 lladdr 02:00:00:00:02:03 STALE 
