A fragment lost behind a masquerading router: the server (no conntrack of its own, so raw PREROUTING sees fragments) drops the non-first ones, its reassembly times out and its ICMP fragment reassembly time exceeded goes to the translated address, translated back to the sender; the router's own conntrack defrag drops an incomplete forwarded datagram silently (frag_expire_skip_icmp); ReasmTimeout/ReasmFails counters.
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
  $ for n in r h2; do ip netns exec $n sysctl -qw net.ipv4.ipfrag_time=1; done
  $ ip netns exec h2 iptables -t raw -A PREROUTING -f -j DROP
  $ ip netns exec h1 ping -c 1 -W 3 -s 2000 203.0.113.2
  PING 203.0.113.2 (203.0.113.2) 2000(2028) bytes of data.
  
  --- 203.0.113.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec h2 iptables -t raw -L PREROUTING -v -n -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1      548 DROP       0    -f  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec h2 nstat -az IpReasmReqds IpReasmFails IpReasmTimeout IcmpOutTimeExcds
  #kernel
  IpReasmTimeout                  1                  0.0
  IpReasmReqds                    1                  0.0
  IpReasmFails                    1                  0.0
  IcmpOutTimeExcds                1                  0.0
  $ ip netns exec r nstat -az IpReasmReqds IpReasmOKs IpFragCreates IcmpOutTimeExcds IpForwDatagrams
  #kernel
  IpForwDatagrams                 2                  0.0
  IpReasmReqds                    2                  0.0
  IpReasmOKs                      1                  0.0
  IpFragCreates                   2                  0.0
  IcmpOutTimeExcds                0                  0.0
  $ ip netns exec h1 nstat -az IcmpInTimeExcds IpFragCreates
  #kernel
  IpFragCreates                   2                  0.0
  IcmpInTimeExcds                 1                  0.0
  $ ip netns exec r conntrack -L -p icmp 2>&1 | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/; s/id=[0-9]+/id=ID/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 TIMEOUT src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec h2 iptables -t raw -F
  $ ip netns exec h1 iptables -A OUTPUT -f -j DROP
  $ ip netns exec h1 ping -c 1 -W 3 -s 2000 203.0.113.2 | sed -n 2p
  2008 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec h1 iptables -L OUTPUT -v -n -x
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP       0    -f  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r nstat -az IpReasmReqds IpReasmFails IpReasmTimeout IcmpOutTimeExcds
  #kernel
  IpReasmTimeout                  0                  0.0
  IpReasmReqds                    6                  0.0
  IpReasmFails                    0                  0.0
  IcmpOutTimeExcds                0                  0.0
  $ ip netns exec h1 nstat -az IcmpInTimeExcds
  #kernel
  IcmpInTimeExcds                 1                  0.0
  $ ip netns exec h1 iptables -F
  $ ip netns exec h2 iptables -t raw -A PREROUTING -m conntrack --ctstate NEW -f
  $ ip netns exec h1 ping -c 1 -W 3 -s 2000 203.0.113.2 | sed -n 2p
  2008 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec h2 iptables -t raw -L PREROUTING -v -n -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0            0    -f  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW
  $ ip netns exec h2 nstat -az IpReasmReqds IpReasmOKs
  #kernel
  IpReasmReqds                    5                  0.0
  IpReasmOKs                      2                  0.0
