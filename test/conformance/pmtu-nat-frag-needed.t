Path MTU discovery through NAT: a router past the masquerading one has a smaller link; its ICMP frag-needed goes to the translated address and the NAT router translates it back to the inner host (nf_nat_icmp_reply_translation), which learns the MTU; conntrack and the nat counters along the way.
  $ ip netns add h1
  $ ip netns add r
  $ ip netns add h2
  $ ip link add h0 netns h1 address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add p0 netns h2 address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in h1 r h2; do ip -n $n link set lo up; done
  $ ip -n h1 link set h0 up; ip -n h2 link set p0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n h1 addr add 192.168.1.2/24 dev h0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n h2 addr add 203.0.113.2/24 dev p0
  $ ip -n h1 route add default via 192.168.1.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip netns add s
  $ ip link add q0 netns s address 02:00:00:00:0c:01 type veth peer name p1 netns h2 address 02:00:00:00:0b:02
  $ ip -n s link set lo up; ip -n s link set q0 up; ip -n h2 link set p1 up
  $ ip -n s addr add 198.51.100.2/24 dev q0
  $ ip -n h2 addr add 198.51.100.1/24 dev p1
  $ ip -n s route add default via 198.51.100.1
  $ ip -n r route add 198.51.100.0/24 via 203.0.113.2
  $ ip netns exec h2 sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h2 link set p1 mtu 1300
  $ ip -n s link set q0 mtu 1300
  $ ip netns exec h1 ping -c 1 -W 1 -M do -s 1400 198.51.100.2
  PING 198.51.100.2 (198.51.100.2) 1400(1428) bytes of data.
  From 203.0.113.2 icmp_seq=1 Frag needed and DF set (mtu = 1300)
  
  --- 198.51.100.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n h1 route get 198.51.100.2
  198.51.100.2 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache expires *sec mtu 1300  (glob)
  $ ip -n r route get 198.51.100.2
  198.51.100.2 via 203.0.113.2 dev r1 src 203.0.113.1 uid 0 
      cache 
  $ ip netns exec h1 ping -c 1 -W 1 -M do -s 1400 198.51.100.2
  PING 198.51.100.2 (198.51.100.2) 1400(1428) bytes of data.
  ping: local error: message too long, mtu=1300
  
  --- 198.51.100.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec h1 ping -c 1 -W 1 -M do -s 1272 198.51.100.2 | head -2
  PING 198.51.100.2 (198.51.100.2) 1272(1300) bytes of data.
  1280 bytes from 198.51.100.2: icmp_seq=1 ttl=62 time=* ms (glob)
  $ ip netns exec r iptables -t nat -L POSTROUTING -v -n -x | tail -1
         2     2728 MASQUERADE  0    --  *      r1      0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r conntrack -L -p icmp 2>&1 | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/; s/id=[0-9]+/id=ID/g' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 TIMEOUT src=192.168.1.2 dst=198.51.100.2 type=8 code=0 id=ID [UNREPLIED] src=198.51.100.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  icmp     1 TIMEOUT src=192.168.1.2 dst=198.51.100.2 type=8 code=0 id=ID src=198.51.100.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec h2 nstat -az IcmpOutDestUnreachs IpFragFails IpForwDatagrams
  #kernel
  IpForwDatagrams                 3                  0.0
  IpFragFails                     1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  $ ip netns exec r nstat -az IcmpInDestUnreachs IcmpOutDestUnreachs IpForwDatagrams
  #kernel
  IpForwDatagrams                 4                  0.0
  IcmpInDestUnreachs              0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  $ ip netns exec h1 nstat -az IcmpInDestUnreachs IpFragFails IpOutRequests
  #kernel
  IpOutRequests                   2                  0.0
  IpFragFails                     0                  0.0
  IcmpInDestUnreachs              1                  0.0
  $ ip -n h1 route flush cache
  $ ip netns exec h1 ping -c 1 -W 1 -M dont -s 1400 198.51.100.2 | head -2
  PING 198.51.100.2 (198.51.100.2) 1400(1428) bytes of data.
  1408 bytes from 198.51.100.2: icmp_seq=1 ttl=62 time=* ms (glob)
  $ ip netns exec h2 nstat -az IpFragOKs IpFragCreates
  #kernel
  IpFragOKs                       1                  0.0
  IpFragCreates                   2                  0.0
  $ ip netns exec s nstat -az IpReasmOKs
  #kernel
  IpReasmOKs                      1                  0.0
