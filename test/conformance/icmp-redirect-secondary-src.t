ICMP redirects with secondary addresses: the router sends its redirect from the address its route back to the sender selects, so a host talking from its secondary address ignores a redirect that does not come from its gateway (ip_do_redirect: old gateway must match), while the primary source learns the better gateway; counters and route cache on both.
  $ ip netns add h1
  $ ip netns add r
  $ ip netns add g
  $ ip netns add s
  $ ip netns add lan
  $ ip link add br0 netns lan type bridge
  $ ip link add h0 netns h1 address 02:00:00:00:0a:01 type veth peer name rh netns lan
  $ ip link add gx netns g address 02:00:00:00:0c:01 type veth peer name rg netns lan
  $ ip link add r0 netns r address 02:00:00:00:01:01 type veth peer name rr netns lan
  $ for p in rh rg rr; do ip -n lan link set $p master br0; ip -n lan link set $p up; done
  $ ip link add g1 netns g address 02:00:00:00:0c:02 type veth peer name s0 netns s address 02:00:00:00:0d:01
  $ for n in h1 r g s; do ip -n $n link set lo up; done
  $ ip -n lan link set br0 up; ip -n r link set r0 up; ip -n h1 link set h0 up
  $ ip -n g link set gx up; ip -n g link set g1 up; ip -n s link set s0 up
  $ ip -n h1 addr add 192.168.1.2/24 dev h0
  $ ip -n h1 addr add 10.0.0.2/24 dev h0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 10.0.0.1/24 dev r0
  $ ip -n g addr add 192.168.1.3/24 dev gx
  $ ip -n g addr add 172.16.0.1/24 dev g1
  $ ip -n s addr add 172.16.0.2/24 dev s0
  $ ip -n s route add default via 172.16.0.1
  $ ip -n g route add 10.0.0.0/24 via 192.168.1.2
  $ ip -n h1 route add 172.16.0.0/24 via 192.168.1.1
  $ ip -n r route add 172.16.0.0/24 via 192.168.1.3
  $ for n in r g; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip netns exec h1 sysctl net.ipv4.conf.h0.accept_redirects net.ipv4.conf.h0.shared_media net.ipv4.conf.h0.secure_redirects
  net.ipv4.conf.h0.accept_redirects = 1
  net.ipv4.conf.h0.shared_media = 1
  net.ipv4.conf.h0.secure_redirects = 1
  $ ip netns exec h1 ping -c 1 -W 1 -I 10.0.0.2 172.16.0.2 | sed -n 2,3p
  From 10.0.0.1: icmp_seq=1 Redirect Host(New nexthop: 192.168.1.3)
  64 bytes from 172.16.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip -n h1 route get 172.16.0.2 from 10.0.0.2
  172.16.0.2 from 10.0.0.2 via 192.168.1.1 dev h0 uid 0 
      cache 
  $ ip netns exec h1 nstat -az IcmpInRedirects
  #kernel
  IcmpInRedirects                 1                  0.0
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams
  #kernel
  IpForwDatagrams                 1                  0.0
  IcmpOutRedirects                1                  0.0
  $ ip netns exec h1 ping -c 1 -W 1 172.16.0.2 | sed -n 2,3p
  From 192.168.1.1: icmp_seq=1 Redirect Host(New nexthop: 192.168.1.3)
  64 bytes from 172.16.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip -n h1 route get 172.16.0.2
  172.16.0.2 via 192.168.1.3 dev h0 src 192.168.1.2 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip -n h1 route get 172.16.0.2 from 10.0.0.2
  172.16.0.2 from 10.0.0.2 via 192.168.1.3 dev h0 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec h1 nstat -az IcmpInRedirects
  #kernel
  IcmpInRedirects                 2                  0.0
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams
  #kernel
  IpForwDatagrams                 2                  0.0
  IcmpOutRedirects                2                  0.0
  $ ip -n h1 route show cache
  172.16.0.2 via 192.168.1.3 dev h0 
      cache <redirected> expires *sec  (glob)
  $ ip -n h1 route flush cache
  $ ip -n h1 route get 172.16.0.2
  172.16.0.2 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip -n h1 route replace 172.16.0.0/24 via 10.0.0.1
  $ sleep 0.1
  $ ip netns exec h1 ping -c 1 -W 1 -I 10.0.0.2 172.16.0.2 | sed -n 2,3p
  From 10.0.0.1: icmp_seq=1 Redirect Host(New nexthop: 192.168.1.3)
  64 bytes from 172.16.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip -n h1 route get 172.16.0.2 from 10.0.0.2
  172.16.0.2 from 10.0.0.2 via 192.168.1.3 dev h0 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec h1 nstat -az IcmpInRedirects
  #kernel
  IcmpInRedirects                 3                  0.0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.send_redirects=0 net.ipv4.conf.all.send_redirects=0
  $ ip -n h1 route flush cache
  $ ip netns exec h1 ping -c 1 -W 1 172.16.0.2 | sed -n 2,3p
  64 bytes from 172.16.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip -n h1 route get 172.16.0.2
  172.16.0.2 via 10.0.0.1 dev h0 src 10.0.0.2 uid 0 
      cache 
  $ ip netns exec r nstat -az IcmpOutRedirects
  #kernel
  IcmpOutRedirects                3                  0.0
