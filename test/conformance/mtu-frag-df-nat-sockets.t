Path MTU and DF per socket through a masquerading router with a small link: UDP from nc with the default pmtudisc (DF set, EMSGSIZE once learnt), ping -M want/do/dont/probe sizes across the learnt PMTU, the router's frag-needed translated back, FragFails on the router, and the cache the sender keeps.
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
  $ ip -n r link set r1 mtu 1200
  $ ip -n h2 link set p0 mtu 1200
  $ ip netns exec h1 ping -c 1 -W 1 -M want -s 1300 203.0.113.2 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Frag needed and DF set (mtu = 1200)
  $ ip netns exec h1 ping -c 1 -W 1 -M want -s 1300 203.0.113.2 | sed -n 2p
  1308 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip -n h1 route get 203.0.113.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  203.0.113.2 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache expires Nsec mtu 1200 
  $ ip netns exec h1 ping -c 1 -W 1 -M do -s 1300 203.0.113.2 | sed -n 2p
  ping: local error: message too long, mtu=1200
  $ ip netns exec h1 ping -c 1 -W 1 -M dont -s 1300 203.0.113.2 | sed -n 2p
  1308 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec h1 ping -c 1 -W 1 -M probe -s 1300 203.0.113.2 | sed -n 2p
  ping: invalid -M argument: probe
  $ ip netns exec h1 ping -c 1 -W 1 -M do -s 1172 203.0.113.2 | sed -n 2p
  1180 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip -n h1 route flush cache
  $ ip netns exec h1 sh -c 'seq 1 300 > d.txt; wc -c < d.txt'
  1092
  $ ip netns exec h1 nc -u -w 1 203.0.113.2 9 < d.txt; echo rc=$?
  rc=0
  $ ip -n h1 route get 203.0.113.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  203.0.113.2 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip netns exec h1 nc -u -w 1 203.0.113.2 9 < d.txt; echo rc=$?
  rc=0
  $ ip netns exec r nstat -az IpFragFails IcmpOutDestUnreachs IpForwDatagrams
  #kernel
  IpForwDatagrams                 11                 0.0
  IpFragFails                     1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  $ ip netns exec h1 nstat -az IcmpInDestUnreachs IpFragOKs IpFragCreates IpOutRequests
  #kernel
  IpOutRequests                   6                  0.0
  IpFragOKs                       2                  0.0
  IpFragCreates                   4                  0.0
  IcmpInDestUnreachs              3                  0.0
  $ ip netns exec h2 nstat -az IpReasmOKs UdpNoPorts
  #kernel
  IpReasmOKs                      2                  0.0
  UdpNoPorts                      2                  0.0
