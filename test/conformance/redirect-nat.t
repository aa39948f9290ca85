Redirects from a router that tracks connections: the redirect joins the connection of the packet it quotes (icmp_glue_bits: nf_ct_attach, RELATED_REPLY) and, once the nat table is in use, NAT drops a redirect whose connection is not yet NATed in both directions or is NATed for real (nf_nat_icmp_reply_translation), counted as IcmpOutRedirects and IpOutDiscards; conntrack alone lets it through; the second echo of a flow, confirmed with null bindings, is redirected.
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ for n in h r; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ for i in 1 2 3 4 5; do ip -n h addr add 192.168.0.$((60+i))/24 dev h0; done
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h route add 10.9.9.0/24 via 192.168.0.121
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip -n h neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev h0 nud permanent
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate NEW
  $ ip netns exec h ping -c 1 -W 1 -I 192.168.0.61 10.9.9.5 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip netns exec r nstat -az IcmpOutRedirects IpOutDiscards | tail -n +2
  IpOutDiscards                   0                  0.0
  IcmpOutRedirects                1                  0.0
  $ ip netns exec r iptables -t nat -A PREROUTING -d 10.9.9.77 -j DNAT --to-destination 10.9.9.78
  $ ip netns exec h ping -c 1 -W 1 -I 192.168.0.62 10.9.9.6 | sed -n 2p
  $ ip -n h route get 10.9.9.6 | head -1
  10.9.9.6 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  $ ip netns exec r nstat -az IcmpOutRedirects IpOutDiscards IpOutRequests | tail -n +2
  IpOutRequests                   2                  0.0
  IpOutDiscards                   1                  0.0
  IcmpOutRedirects                2                  0.0
  $ ip netns exec h ping -c 3 -i 0.2 -W 1 -I 192.168.0.63 10.9.9.7 | grep Redirect
  From 192.168.0.121: icmp_seq=2 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.9.7 | head -1
  10.9.9.7 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
  $ ip netns exec r iptables -t nat -A PREROUTING -d 10.9.9.1 -j DNAT --to-destination 10.9.9.2
  $ ip netns exec h tcpdump -U -t -n -i h0 -w cap.pcap icmp 2>/dev/null &
  $ sleep 1
  $ ip netns exec h ping -c 3 -i 0.2 -W 1 -I 192.168.0.64 10.9.9.1
  PING 10.9.9.1 (10.9.9.1) from 192.168.0.64 : 56(84) bytes of data.
  
  --- 10.9.9.1 ping statistics ---
  3 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ sleep 0.5; kill %1; wait
  $ tcpdump -t -n -r cap.pcap 2>/dev/null | sed -E 's/id [0-9]+/id N/g'
  IP 192.168.0.64 > 10.9.9.1: ICMP echo request, id N, seq 1, length 64
  IP 192.168.0.64 > 10.9.9.2: ICMP echo request, id N, seq 1, length 64
  IP 192.168.0.64 > 10.9.9.1: ICMP echo request, id N, seq 2, length 64
  IP 192.168.0.64 > 10.9.9.2: ICMP echo request, id N, seq 2, length 64
  IP 192.168.0.64 > 10.9.9.1: ICMP echo request, id N, seq 3, length 64
  IP 192.168.0.64 > 10.9.9.2: ICMP echo request, id N, seq 3, length 64
  $ ip -n h route get 10.9.9.2 | head -1
  10.9.9.2 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  $ ip netns exec r conntrack -L 2>&1 | sed -E 's/ +[0-9]+ (src)/ T \1/; s/id=[0-9]+/id=N/g' | sort
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  icmp     1 T src=192.168.0.61 dst=10.9.9.5 type=8 code=0 id=N [UNREPLIED] src=10.9.9.5 dst=192.168.0.61 type=0 code=0 id=N mark=0 use=1
  icmp     1 T src=192.168.0.62 dst=10.9.9.6 type=8 code=0 id=N [UNREPLIED] src=10.9.9.6 dst=192.168.0.62 type=0 code=0 id=N mark=0 use=1
  icmp     1 T src=192.168.0.63 dst=10.9.9.7 type=8 code=0 id=N [UNREPLIED] src=10.9.9.7 dst=192.168.0.63 type=0 code=0 id=N mark=0 use=1
  icmp     1 T src=192.168.0.64 dst=10.9.9.1 type=8 code=0 id=N [UNREPLIED] src=10.9.9.2 dst=192.168.0.64 type=0 code=0 id=N mark=0 use=1
  $ ip netns exec r iptables -t nat -L PREROUTING -v -n -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DNAT       0    --  *      *       0.0.0.0/0            10.9.9.77            to:10.9.9.78
         1       84 DNAT       0    --  *      *       0.0.0.0/0            10.9.9.1             to:10.9.9.2
  $ ip netns exec r nstat -az IcmpOutRedirects IpOutDiscards IpOutRequests | tail -n +2
  IpOutRequests                   7                  0.0
  IpOutDiscards                   5                  0.0
  IcmpOutRedirects                7                  0.0
  $ ip netns exec r conntrack -S | sed -E 's/search_restart=.*//'
  cpu=0   	found=0 invalid=0 insert=0 insert_failed=0 drop=0 early_drop=0 error=0 
  cpu=1   	found=0 invalid=0 insert=0 insert_failed=0 drop=0 early_drop=0 error=0 
