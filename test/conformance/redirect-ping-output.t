How ping prints a redirect (ping4_parse_reply, pr_icmph): with -v (the quoted header dumped by pr_iph), -q, -n, -D, -O, with -I naming the device.
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ for n in h r; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h route add 10.9.9.0/24 via 192.168.0.121
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.accept_redirects=0 net.ipv4.conf.h0.accept_redirects=0
  $ ip netns exec h ping -v -c 1 -W 1 10.9.9.1 | sed -E 's/ident=[0-9]+/ident=N/; s/ [0-9a-f]{4} [0-9a-f]{4}   0 0040  3f  01 [0-9a-f]{4} / LLLL IIII   0 0040  3f  01 CCCC /'
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '10.9.9.1'
  PING 10.9.9.1 (10.9.9.1) 56(84) bytes of data.
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  Vr HL TOS  Len   ID Flg  off TTL Pro  cks      Src      Dst Data
   4  5  00 LLLL IIII   0 0040  3f  01 CCCC 192.168.0.31  10.9.9.1 
  
  --- 10.9.9.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ sleep 1
  $ ip netns exec h ping -q -c 1 -W 1 10.9.9.2
  PING 10.9.9.2 (10.9.9.2) 56(84) bytes of data.
  
  --- 10.9.9.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ sleep 1
  $ ip netns exec h ping -n -D -c 1 -W 1 10.9.9.3 | sed -E 's/^\[[0-9]+\.[0-9]+\]/[T]/'
  PING 10.9.9.3 (10.9.9.3) 56(84) bytes of data.
  [T] From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  
  --- 10.9.9.3 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ sleep 1
  $ ip netns exec h ping -O -c 2 -i 0.5 -W 1 10.9.9.4
  PING 10.9.9.4 (10.9.9.4) 56(84) bytes of data.
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  no answer yet for icmp_seq=1
  From 192.168.0.121: icmp_seq=2 Redirect Host(New nexthop: 192.168.0.40)
  
  --- 10.9.9.4 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ sleep 1
  $ ip netns exec h ping -I h0 -c 1 -W 1 10.9.9.5
  PING 10.9.9.5 (10.9.9.5) from 192.168.0.31 h0: 56(84) bytes of data.
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  
  --- 10.9.9.5 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ sleep 1
  $ ip netns exec h ping -I 192.168.0.31 -c 1 -W 1 -s 100 10.9.9.6
  PING 10.9.9.6 (10.9.9.6) from 192.168.0.31 : 100(128) bytes of data.
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  
  --- 10.9.9.6 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec h ping -c 1 -W 1 -t 3 -Q 0x10 10.9.9.7 | sed -n 2p
  $ ip netns exec r nstat -az IcmpOutRedirects | tail -n +2
  IcmpOutRedirects                7                  0.0
