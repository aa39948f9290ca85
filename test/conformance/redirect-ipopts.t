Redirects and IP options (ip_forward: no redirect for a source-routed packet, opt->srr): a loose source route through the router gets none, a record-route ping does, and the redirect quotes the header with its options (tcpdump -v, ping -v).
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
  $ for n in r g d; do ip netns exec $n sysctl -qw net.ipv4.conf.all.accept_source_route=1; done
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.accept_source_route=1
  $ ip netns exec g sysctl -qw net.ipv4.conf.g0.accept_source_route=1 net.ipv4.conf.g1.accept_source_route=1
  $ ip netns exec d sysctl -qw net.ipv4.conf.d0.accept_source_route=1
  $ ip netns exec h ping -c 1 -W 1 192.168.0.40 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 192.168.0.40: icmp_seq=1 ttl=64 
  $ ip netns exec h traceroute -n -q 1 -N 1 -w 1 -m 4 -g 192.168.0.121 10.9.9.99 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.9.9.99 (10.9.9.99), 4 hops max, 72 byte packets
   1  *
   2  *
   3  *
   4  *
  $ ip -n h route get 10.9.9.99 | head -1
  10.9.9.99 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams IcmpOutTimeExcds | tail -n +2
  IpForwDatagrams                 6                  0.0
  IcmpOutTimeExcds                1                  0.0
  IcmpOutRedirects                0                  0.0
  $ ip netns exec h tcpdump -t -n -v -i h0 -c 1 'icmp[0] = 5' > cap 2>/dev/null &
  $ sleep 1
  $ ip netns exec h ping -c 1 -R -W 1 10.9.9.99 | sed -E 's/time=.*//'
  PING 10.9.9.99 (10.9.9.99) 56(124) bytes of data.
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  64 bytes from 10.9.9.99: icmp_seq=1 ttl=63 
  RR: 	192.168.0.31
  	192.168.0.121
  	10.9.9.1
  	10.9.9.99
  	10.9.9.99
  	192.168.0.40
  	192.168.0.31
  
  
  --- 10.9.9.99 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ wait
  $ sed -E 's/id [0-9]+/id N/g; s/bad cksum [0-9a-f]+ \(->[0-9a-f]+\)!/bad cksum X (->Y)!/' cap
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 192, options (RR 192.168.0.31, 192.168.0.121, 192.168.0.121, 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0,EOL))
      192.168.0.121 > 192.168.0.31: ICMP redirect 10.9.9.99 to host 192.168.0.40, length 132
  	IP (tos 0x0, ttl 63, id N, offset 0, flags [DF], proto ICMP (1), length 124, options (NOP,RR 192.168.0.31, 192.168.0.121, 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0), bad cksum X (->Y)!)
      192.168.0.31 > 10.9.9.99: ICMP echo request, id N, seq 1, length 64
  $ sleep 0.1
  $ ip netns exec h ping -v -c 1 -R -W 1 10.9.9.98 | sed -E 's/ident=[0-9]+/ident=N/; s/ [0-9a-f]{4} [0-9a-f]{4}   0 0040  3f  01 [0-9a-f]{4} / LLLL IIII   0 0040  3f  01 CCCC /' | grep -v sock4.fd
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '10.9.9.98'
  PING 10.9.9.98 (10.9.9.98) 56(124) bytes of data.
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  Vr HL TOS  Len   ID Flg  off TTL Pro  cks      Src      Dst Data
   4  f  00 LLLL IIII   0 0040  3f  01 CCCC 192.168.0.31  10.9.9.98 
  
  NOP
  RR: 	192.168.0.31
  	192.168.0.121
  
  --- 10.9.9.98 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams | tail -n +2
  IpForwDatagrams                 8                  0.0
  IcmpOutRedirects                2                  0.0
