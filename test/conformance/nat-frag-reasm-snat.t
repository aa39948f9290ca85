SNAT of fragmented traffic: conntrack reassembles before raw/mangle/nat see the datagram (nf_defrag_ipv4 at priority -400), the nat rule counts one packet of the whole size, the router refragments on output; a DF-less big UDP from nc and a big ping; counters in iptables -L -v -n -x, nstat, /proc/net/snmp.
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
  $ ip netns exec r iptables -t raw -A PREROUTING -f
  $ ip netns exec r iptables -t raw -A PREROUTING -p udp
  $ ip netns exec r iptables -A FORWARD -p udp -m length --length 3000:65535
  $ ip netns exec h2 iptables -A INPUT -f
  $ ip netns exec h2 iptables -A INPUT -s 203.0.113.1 -p udp
  $ ip netns exec h1 sh -c 'seq 1 1000 > big.txt; wc -c < big.txt'
  3893
  $ ip netns exec h1 nc -u -w 1 -p 4000 203.0.113.2 5000 < big.txt
  $ ip netns exec r iptables -t nat -L POSTROUTING -v -n -x
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1     3921 MASQUERADE  0    --  *      r1      0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r iptables -t raw -L PREROUTING -v -n -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0            0    -f  *      *       0.0.0.0/0            0.0.0.0/0           
         1     3921            17   --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r iptables -L FORWARD -v -n -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1     3921            17   --  *      *       0.0.0.0/0            0.0.0.0/0            length 3000:65535
  $ ip netns exec h2 iptables -L INPUT -v -n -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0            0    -f  *      *       0.0.0.0/0            0.0.0.0/0           
         1     3921            17   --  *      *       203.0.113.1          0.0.0.0/0           
  $ ip netns exec r nstat -az IpReasmReqds IpReasmOKs IpFragOKs IpFragCreates IpForwDatagrams
  #kernel
  IpForwDatagrams                 2                  0.0
  IpReasmReqds                    3                  0.0
  IpReasmOKs                      1                  0.0
  IpFragOKs                       1                  0.0
  IpFragCreates                   3                  0.0
  $ ip netns exec h2 nstat -az IpReasmReqds IpReasmOKs IcmpOutDestUnreachs
  #kernel
  IpReasmReqds                    3                  0.0
  IpReasmOKs                      1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  $ ip netns exec h1 nstat -az IpFragOKs IpFragCreates IcmpInDestUnreachs
  #kernel
  IpFragOKs                       1                  0.0
  IpFragCreates                   3                  0.0
  IcmpInDestUnreachs              1                  0.0
  $ ip netns exec r conntrack -L -p udp 2>&1 | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 TIMEOUT src=192.168.1.2 dst=203.0.113.2 sport=4000 dport=5000 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=5000 dport=4000 mark=0 use=1
  $ ip netns exec h1 ping -c 1 -s 3000 -W 1 203.0.113.2 | head -2
  PING 203.0.113.2 (203.0.113.2) 3000(3028) bytes of data.
  3008 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r iptables -t nat -L POSTROUTING -v -n -x | tail -1
         2     6949 MASQUERADE  0    --  *      r1      0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r nstat -az IpReasmReqds IpReasmOKs IpFragOKs IpFragCreates
  #kernel
  IpReasmReqds                    9                  0.0
  IpReasmOKs                      3                  0.0
  IpFragOKs                       3                  0.0
  IpFragCreates                   9                  0.0
  $ ip netns exec h1 nstat -az IpReasmReqds IpReasmOKs
  #kernel
  IpReasmReqds                    3                  0.0
  IpReasmOKs                      1                  0.0
  $ ip netns exec r sh -c 'grep Ip: /proc/net/snmp | tail -1'
  Ip: 1 64 10 0 0 4 0 0 0 0 0 0 0 9 3 0 3 0 9 10
  $ ip -n r link set r1 mtu 1000
  $ ip netns exec h1 ping -c 1 -s 3000 -M dont -W 1 203.0.113.2 | head -2
  PING 203.0.113.2 (203.0.113.2) 3000(3028) bytes of data.
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates
  #kernel
  IpFragOKs                       4                  0.0
  IpFragCreates                   13                 0.0
  $ ip netns exec h2 nstat -az IpReasmReqds IpReasmOKs
  #kernel
  IpReasmReqds                    10                 0.0
  IpReasmOKs                      3                  0.0
