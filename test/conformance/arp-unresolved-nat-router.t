An unresolved next hop behind a masquerading router: the router queues the already translated packets while ARP probes, then its host unreachable errors (about the SNATed packets) are translated back to the inner host; unres_qlen overflow, neighbour and conntrack state, counters.
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
  $ ip -n r route add 198.51.100.0/24 via 203.0.113.99
  $ ip netns exec r sysctl -qw net.ipv4.neigh.r1.unres_qlen=2
  $ ip netns exec h1 ping -c 4 -i 0.2 -W 1 198.51.100.7 | sed -E 's/time [0-9]+ms/time Tms/; s/, pipe [0-9]+//'
  PING 198.51.100.7 (198.51.100.7) 56(84) bytes of data.
  
  --- 198.51.100.7 ping statistics ---
  4 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip -n r neigh show | sort
  192.168.1.2 dev r0 lladdr 02:00:00:00:0a:01 STALE 
  203.0.113.99 dev r1 INCOMPLETE 
  $ ip -n r -s neigh show 203.0.113.99 | sed -E 's/used [0-9/]+ /used U /'
  203.0.113.99 dev r1  ref 1 used *probes 5 INCOMPLETE  (glob)
  $ sleep 3
  $ ip netns exec r nstat -az IcmpOutDestUnreachs IpForwDatagrams IpOutDiscards IpOutNoRoutes
  #kernel
  IpForwDatagrams                 4                  0.0
  IpOutDiscards                   0                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutDestUnreachs             4                  0.0
  $ ip netns exec h1 nstat -az IcmpInDestUnreachs IcmpInErrors
  #kernel
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              4                  0.0
  $ ip netns exec r conntrack -L -p icmp 2>&1 | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/; s/id=[0-9]+/id=ID/g' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 TIMEOUT src=192.168.1.2 dst=198.51.100.7 type=8 code=0 id=ID [UNREPLIED] src=198.51.100.7 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec r iptables -t nat -L POSTROUTING -v -n -x | tail -1
         1       84 MASQUERADE  0    --  *      r1      0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec h1 ping -c 1 -W 1 203.0.113.99 | sed -n 2p
  $ ip netns exec r ping -c 1 -W 4 198.51.100.7 | sed -n 2p
  From 203.0.113.1 icmp_seq=1 Destination Host Unreachable
  $ ip -n r neigh show | sort
  192.168.1.2 dev r0 lladdr 02:00:00:00:0a:01 DELAY 
  203.0.113.99 dev r1 FAILED 
  $ ip netns exec r iptables -t nat -I POSTROUTING -d 198.51.100.0/24 -j SNAT --to-source 203.0.113.50
  $ ip netns exec h1 ping -c 1 -W 4 198.51.100.8 | sed -n 2p
  From 203.0.113.1 icmp_seq=1 Destination Host Unreachable
  $ ip netns exec r nstat -az IcmpOutDestUnreachs IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              1                  0.0
  IcmpOutDestUnreachs             7                  0.0
  $ ip -n r neigh replace 203.0.113.99 lladdr 02:00:00:00:00:99 dev r1
  $ ip -n r neigh show 203.0.113.99
  203.0.113.99 dev r1 lladdr 02:00:00:00:00:99 PERMANENT 
  $ ip netns exec h2 tcpdump -c 1 -n -i p0 icmp 2>/dev/null > dump.txt &
  $ sleep 0.3; ip netns exec h1 ping -c 1 -W 1 198.51.100.9 | sed -n 2p
  $ sleep 0.3; cat dump.txt | sed -E 's/^[0-9:.]+ //'
  IP 203.0.113.50 > 198.51.100.9: ICMP echo request, id *, seq 1, length 64 (glob)
