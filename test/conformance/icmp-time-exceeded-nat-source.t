Forwarding with TTL 1 and the source of the ICMP time exceeded: a router with secondary addresses answers from the address its route back selects, or with icmp_errors_use_inbound_ifaddr from the ingress interface's address matching the sender; a time exceeded from past a masquerading router is translated back (traceroute through NAT).
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
  $ ip -n h1 addr add 10.50.0.2/24 dev h0
  $ ip -n r addr add 172.31.0.1/24 dev r0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 10.50.0.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n r2 addr add 203.0.113.254/24 dev q0
  $ ip -n r2 addr add 198.51.100.1/24 dev q1
  $ ip -n h2 addr add 198.51.100.2/24 dev p0
  $ ip -n h1 route add default via 192.168.1.1
  $ ip -n r route add default via 203.0.113.254
  $ ip -n h2 route add default via 198.51.100.1
  $ ip -n r2 route add default via 203.0.113.1
  $ ip -n r addr show dev r0 | grep inet
      inet 172.31.0.1/24 scope global r0
      inet 192.168.1.1/24 scope global r0
      inet 10.50.0.1/24 scope global r0
      inet6 fe80::ff:fe00:101/64 scope link tentative 
  $ for n in r r2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip netns exec h1 ping -c 1 -W 1 -t 1 198.51.100.2 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec h1 ping -c 1 -W 1 -t 1 -I 10.50.0.2 198.51.100.2 | sed -n 2p
  From 10.50.0.1 icmp_seq=1 Time to live exceeded
  $ ip -n r route add 10.50.0.0/24 dev r0 src 172.31.0.1 metric 5
  $ ip netns exec h1 ping -c 1 -W 1 -t 1 -I 10.50.0.2 198.51.100.2 | sed -n 2p
  From 10.50.0.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec r sysctl -qw net.ipv4.icmp_errors_use_inbound_ifaddr=1
  $ ip netns exec h1 ping -c 1 -W 1 -t 1 -I 10.50.0.2 198.51.100.2 | sed -n 2p
  From 10.50.0.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec h1 ping -c 1 -W 1 -t 1 198.51.100.2 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec r sysctl -qw net.ipv4.icmp_errors_use_inbound_ifaddr=0
  $ ip netns exec h1 ping -c 1 -W 1 -t 2 198.51.100.2 | sed -n 2p
  From 203.0.113.254 icmp_seq=1 Time to live exceeded
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip netns exec h1 ping -c 1 -W 1 -t 2 198.51.100.2 | sed -n 2p
  From 203.0.113.254 icmp_seq=1 Time to live exceeded
  $ ip netns exec h1 traceroute -n -q 1 -w 1 198.51.100.2 | sed -E 's/  [0-9.]+ ms/  T ms/'
  traceroute to 198.51.100.2 (198.51.100.2), 30 hops max, 60 byte packets
   1  192.168.1.1  T ms
   2  203.0.113.254  T ms
   3  198.51.100.2  T ms
  $ ip netns exec h1 traceroute -n -q 1 -w 1 -I 198.51.100.2 | sed -E 's/  [0-9.]+ ms/  T ms/'
  traceroute to 198.51.100.2 (198.51.100.2), 30 hops max, 60 byte packets
   1  192.168.1.1  T ms
   2  203.0.113.254  T ms
   3  198.51.100.2  T ms
  $ ip netns exec r iptables -t nat -L POSTROUTING -v -n -x | tail -1
        17     1044 MASQUERADE  0    --  *      r1      0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r nstat -az IcmpOutTimeExcds IcmpInTimeExcds IpInHdrErrors IpForwDatagrams
  #kernel
  IpInHdrErrors                   7                  0.0
  IpForwDatagrams                 60                 0.0
  IcmpInTimeExcds                 0                  0.0
  IcmpOutTimeExcds                7                  0.0
  $ ip netns exec r2 nstat -az IcmpOutTimeExcds IpInHdrErrors
  #kernel
  IpInHdrErrors                   4                  0.0
  IcmpOutTimeExcds                4                  0.0
  $ ip netns exec h1 nstat -az IcmpInTimeExcds
  #kernel
  IcmpInTimeExcds                 11                 0.0
  $ ip netns exec h1 ping -c 1 -W 1 -t 3 198.51.100.2 | sed -n 2p
  64 bytes from 198.51.100.2: icmp_seq=1 ttl=62 time=* ms (glob)
