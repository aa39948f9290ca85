Paths before and after a redirect: traceroute and ping through a router that sends the host back onto its own LAN (a gateway g on the same bridge); the UDP probes' socket takes the redirect (udp_err: ipv4_sk_redirect) without reporting an error; after the redirect the path is one hop shorter; ping -R shows the routers the echo passed.
  $ for n in h r g d; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip netns add lan
  $ ip -n lan link add br0 type bridge
  $ ip -n lan link set br0 up
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name p1 netns lan
  $ ip link add r0 netns r address 02:00:00:00:01:21 type veth peer name p2 netns lan
  $ ip link add g0 netns g address 02:00:00:00:00:40 type veth peer name p3 netns lan
  $ ip link add g1 netns g address 02:00:00:00:00:41 type veth peer name d0 netns d address 02:00:00:00:00:99
  $ for p in p1 p2 p3; do ip -n lan link set $p master br0 up; done
  $ for n in h r g d; do ip -n $n link set lo up; done
  $ ip -n h link set h0 up; ip -n r link set r0 up; ip -n g link set g0 up; ip -n g link set g1 up; ip -n d link set d0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip -n g addr add 192.168.0.40/24 dev g0
  $ ip -n g addr add 10.9.9.1/24 dev g1
  $ ip -n d addr add 10.9.9.99/24 dev d0
  $ ip -n d route add default via 10.9.9.1
  $ ip -n g route add default via 192.168.0.121
  $ for n in r g; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n h route add default via 192.168.0.121
  $ ip netns exec h traceroute -n -q 1 -N 1 10.9.9.99 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.9.9.99 (10.9.9.99), 30 hops max, 60 byte packets
   1  192.168.0.121  T ms
   2  192.168.0.40  T ms
   3  10.9.9.99  T ms
  $ ip -n h route get 10.9.9.99
  10.9.9.99 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip netns exec h traceroute -n -q 1 -N 1 10.9.9.99 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.9.9.99 (10.9.9.99), 30 hops max, 60 byte packets
   1  192.168.0.121  T ms
   2  192.168.0.40  T ms
   3  10.9.9.99  T ms
  $ ip netns exec h traceroute -n -q 1 -N 1 10.9.9.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.9.9.1 (10.9.9.1), 30 hops max, 60 byte packets
   1  192.168.0.121  T ms
   2  10.9.9.1  T ms
  $ ip -n h route show cache
  $ ip netns exec h traceroute -n -q 1 -N 1 10.9.9.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.9.9.1 (10.9.9.1), 30 hops max, 60 byte packets
   1  192.168.0.121  T ms
   2  10.9.9.1  T ms
  $ sleep 0.1
  $ ip netns exec h ping -c 1 -R 10.9.9.98 | sed -E 's/time=.*//'
  PING 10.9.9.98 (10.9.9.98) 56(124) bytes of data.
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  From 192.168.0.40 icmp_seq=1 Destination Host Unreachable
  
  --- 10.9.9.98 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  $ ip netns exec h ping -c 2 -i 0.3 -R 10.9.9.97 | sed -E 's/time=.*//'
  PING 10.9.9.97 (10.9.9.97) 56(124) bytes of data.
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  From 192.168.0.40 icmp_seq=1 Destination Host Unreachable
  From 192.168.0.40 icmp_seq=2 Destination Host Unreachable
  
  --- 10.9.9.97 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time *ms (glob)
  pipe 2
  $ ip -n h route flush cache
  $ ip netns exec h ping -c 2 -i 0.3 10.9.9.99 | sed -E 's/time=.*//'
  PING 10.9.9.99 (10.9.9.99) 56(84) bytes of data.
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  64 bytes from 10.9.9.99: icmp_seq=1 ttl=63 
  64 bytes from 10.9.9.99: icmp_seq=2 ttl=63 
  
  --- 10.9.9.99 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec h ping -c 1 -t 1 10.9.9.96 | sed -n 2p
  From 192.168.0.121 icmp_seq=1 Time to live exceeded
  $ ip -n h route get 10.9.9.96
  10.9.9.96 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip netns exec h ping -c 1 -t 2 10.9.9.95 | sed -n 2,3p
  From 192.168.0.40 icmp_seq=1 Time to live exceeded
  $ ip netns exec h ping -c 1 -t 2 10.9.9.95 | sed -n 2,3p
  From 192.168.0.40 icmp_seq=1 Time to live exceeded
  $ ip -o -n h route show cache | sort
  10.9.9.99 via 192.168.0.40 dev h0 \\    cache <redirected> expires *sec  (glob)
  $ ip netns exec r nstat -az IcmpOutRedirects IcmpOutTimeExcds IpForwDatagrams | tail -n +2
  IpForwDatagrams                 11                 0.0
  IcmpOutTimeExcds                5                  0.0
  IcmpOutRedirects                4                  0.0
  $ ip netns exec h nstat -az IcmpInRedirects IcmpInTimeExcds IcmpInDestUnreachs | tail -n +2
  IcmpInDestUnreachs              7                  0.0
  IcmpInTimeExcds                 9                  0.0
  IcmpInRedirects                 4                  0.0
