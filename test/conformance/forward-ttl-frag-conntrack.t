Forwarding with TTL 1 meets fragmentation, MTU, options and netfilter: without conntrack each fragment expires on its own and only the first one is answered (icmp_send skips non-first fragments); with conntrack the router reassembles first and answers once; TTL is checked before the MTU; a mangle TTL --ttl-inc hides the router from traceroute; record route through a masquerading router.
  $ ip netns add h1
  $ ip netns add r
  $ ip netns add r2
  $ ip netns add h2
  $ ip link add h0 netns h1 address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add r1 netns r address 02:00:00:00:01:02 type veth peer name q0 netns r2 address 02:00:00:00:02:01
  $ ip link add q1 netns r2 address 02:00:00:00:02:02 type veth peer name p0 netns h2 address 02:00:00:00:0b:01
  $ for n in h1 r r2 h2; do ip -n $n link set lo up; done
  $ ip -n h1 link set h0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n r2 link set q0 up; ip -n r2 link set q1 up; ip -n h2 link set p0 up
  $ ip -n h1 addr add 192.168.1.2/24 dev h0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 10.0.12.1/24 dev r1
  $ ip -n r2 addr add 10.0.12.2/24 dev q0
  $ ip -n r2 addr add 198.51.100.1/24 dev q1
  $ ip -n h2 addr add 198.51.100.2/24 dev p0
  $ ip -n h1 route add default via 192.168.1.1
  $ ip -n r route add default via 10.0.12.2
  $ ip -n r2 route add default via 10.0.12.1
  $ ip -n h2 route add default via 198.51.100.1
  $ for n in r r2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip netns exec h1 ping -c 1 -W 1 -t 1 -s 3000 198.51.100.2 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec r nstat -az IpInHdrErrors IcmpOutTimeExcds IpReasmReqds IpForwDatagrams
  #kernel
  IpInHdrErrors                   3                  0.0
  IpForwDatagrams                 0                  0.0
  IpReasmReqds                    0                  0.0
  IcmpOutTimeExcds                1                  0.0
  $ ip netns exec h1 ping -c 1 -W 1 -t 1 -s 3000 10.0.12.1 | sed -n 2p
  3008 bytes from 10.0.12.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip -n r link set r1 mtu 1280
  $ ip netns exec h1 ping -c 1 -W 1 -t 1 -M do -s 1400 198.51.100.2 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec h1 ping -c 1 -W 1 -t 2 -M do -s 1400 198.51.100.2 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Frag needed and DF set (mtu = 1280)
  $ ip -n r link set r1 mtu 1500
  $ ip -n h1 route flush cache
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip netns exec h1 ping -c 1 -W 1 -t 1 -s 3000 198.51.100.2 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec r nstat -az IpInHdrErrors IcmpOutTimeExcds IpReasmReqds IpReasmOKs
  #kernel
  IpInHdrErrors                   5                  0.0
  IpReasmReqds                    6                  0.0
  IpReasmOKs                      2                  0.0
  IcmpOutTimeExcds                3                  0.0
  $ ip netns exec h1 ping -c 1 -W 1 -t 2 -s 3000 198.51.100.2 | sed -n 2p
  From 10.0.12.2 icmp_seq=1 Time to live exceeded
  $ ip netns exec r2 nstat -az IpInHdrErrors IcmpOutTimeExcds IpReasmReqds
  #kernel
  IpInHdrErrors                   3                  0.0
  IpReasmReqds                    0                  0.0
  IcmpOutTimeExcds                1                  0.0
  $ ip netns exec h1 ping -c 1 -W 1 -R 198.51.100.2 | sed -n 2,8p
  64 bytes from 198.51.100.2: icmp_seq=1 ttl=62 time=* ms (glob)
  RR: 	192.168.1.2
  	10.0.12.1
  	198.51.100.1
  	198.51.100.2
  	198.51.100.2
  	10.0.12.2
  $ ip netns exec h1 traceroute -n -q 1 -w 1 198.51.100.2 | sed -E 's/  [0-9.]+ ms/  T ms/'
  traceroute to 198.51.100.2 (198.51.100.2), 30 hops max, 60 byte packets
   1  192.168.1.1  T ms
   2  10.0.12.2  T ms
   3  198.51.100.2  T ms
  $ ip netns exec r iptables -t mangle -A PREROUTING -i r0 -j TTL --ttl-inc 1
  $ ip netns exec h1 traceroute -n -q 1 -w 1 198.51.100.2 | sed -E 's/  [0-9.]+ ms/  T ms/'
  traceroute to 198.51.100.2 (198.51.100.2), 30 hops max, 60 byte packets
   1  10.0.12.2  T ms
   2  *
   3  *
   4  *
   5  *
   6  *
   7  *
   8  *
   9  *
  10  *
  11  *
  12  *
  13  *
  14  *
  15  *
  16  *
  17  *
  18  198.51.100.2  T ms
  $ ip netns exec h1 ping -c 1 -W 1 -t 1 198.51.100.2 | sed -n 2p
  From 10.0.12.2 icmp_seq=1 Time to live exceeded
  $ ip netns exec r iptables -t mangle -L PREROUTING -v -n -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
        31     1884 TTL        0    --  r0     *       0.0.0.0/0            0.0.0.0/0            TTL increment by 1
  $ ip netns exec h1 nstat -az IcmpInTimeExcds
  #kernel
  IcmpInTimeExcds                 8                  0.0
