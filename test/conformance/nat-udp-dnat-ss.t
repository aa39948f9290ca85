A UDP service behind a port forward: DNAT of the port on the router, SNAT of the replies seen from both ends with ss -uan/-uanp views, nc -u as server and client, the conntrack entry going from UNREPLIED to replied, and a second client sharing the forward.
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
  $ ip -n h2 addr add 203.0.113.3/24 dev p0
  $ ip netns exec r iptables -t nat -A PREROUTING -i r1 -d 203.0.113.1 -p udp --dport 5300 -j DNAT --to-destination 192.168.1.2:53
  $ ip netns exec h1 sh -c 'nc -u -l -p 53 > got.txt & sleep 0.2'
  $ ip netns exec h1 ss -uan
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0            0.0.0.0:53        0.0.0.0:*          
  $ echo query1 | ip netns exec h2 nc -u -w 1 -p 4001 -s 203.0.113.2 203.0.113.1 5300
  $ ip netns exec h1 ss -uan
  State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  ESTAB 0      0        192.168.1.2:53    203.0.113.2:4001       
  $ ip netns exec r conntrack -L -p udp 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=4001 dport=5300 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=53 dport=4001 mark=0 use=1
  $ echo query2 | ip netns exec h2 nc -u -w 1 -p 4002 -s 203.0.113.3 203.0.113.1 5300
  $ ip netns exec r conntrack -L -p udp 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=4001 dport=5300 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=53 dport=4001 mark=0 use=1
  udp      17 T src=203.0.113.3 dst=203.0.113.1 sport=4002 dport=5300 [UNREPLIED] src=192.168.1.2 dst=203.0.113.3 sport=53 dport=4002 mark=0 use=1
  $ sleep 0.2; ip netns exec h1 cat got.txt
  query1
  $ ip netns exec h1 ss -uan state all
  State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  ESTAB 0      0        192.168.1.2:53    203.0.113.2:4001       
  $ ip netns exec h1 nstat -az UdpInDatagrams UdpNoPorts UdpOutDatagrams
  #kernel
  UdpInDatagrams                  1                  0.0
  UdpNoPorts                      1                  0.0
  UdpOutDatagrams                 0                  0.0
  $ ip netns exec h2 nstat -az UdpInDatagrams UdpNoPorts UdpOutDatagrams IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              1                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  UdpOutDatagrams                 2                  0.0
  $ ip netns exec r iptables -t nat -L PREROUTING -v -n -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2       70 DNAT       17   --  r1     *       0.0.0.0/0            203.0.113.1          udp dpt:5300 to:192.168.1.2:53
  $ echo query3 | ip netns exec h2 nc -u -w 1 -p 4003 203.0.113.1 5301
  $ ip netns exec h2 nstat -az IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              2                  0.0
  $ ip netns exec r nstat -az IcmpOutDestUnreachs UdpNoPorts
  #kernel
  IcmpOutDestUnreachs             1                  0.0
  UdpNoPorts                      1                  0.0
