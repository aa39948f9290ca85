Redirects and netfilter: the router sends its redirect before the FORWARD hook (ip_forward), so a FORWARD drop still redirects; the redirect leaves through OUTPUT and is counted (IcmpOutRedirects, __ip_make_skb) even when OUTPUT drops it; on the host the redirect is RELATED to the echo's conntrack entry and an INPUT drop keeps it from the route cache.
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ for n in h r; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h route add 10.9.9.0/24 via 192.168.0.121
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip -n h neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev h0 nud permanent
  $ ip netns exec r iptables -A FORWARD -j DROP
  $ ip netns exec h ping -c 1 -W 1 10.9.9.1 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.9.1
  10.9.9.1 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec r iptables -F FORWARD
  $ ip netns exec r iptables -A OUTPUT -p icmp --icmp-type redirect -j DROP
  $ ip netns exec h ping -c 1 -W 1 10.9.9.2 | sed -n 2p
  $ ip -n h route get 10.9.9.2
  10.9.9.2 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip netns exec r iptables -L OUTPUT -v -n -x
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1      112 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 5
  $ ip netns exec r nstat -az IcmpOutRedirects IcmpOutMsgs IpOutRequests IpOutDiscards IpForwDatagrams | tail -n +2
  IpForwDatagrams                 2                  0.0
  IpOutRequests                   2                  0.0
  IpOutDiscards                   1                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutRedirects                2                  0.0
  $ ip netns exec r iptables -F OUTPUT
  $ ip netns exec h iptables -A INPUT -p icmp -m conntrack --ctstate RELATED -j ACCEPT
  $ ip netns exec h iptables -A INPUT -p icmp --icmp-type host-redirect -j DROP
  $ ip netns exec h iptables -A INPUT -p icmp --icmp-type 5 -j DROP
  $ sleep 1
  $ ip netns exec h ping -c 1 -W 1 10.9.9.3 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.9.3
  10.9.9.3 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec h iptables -L INPUT -v -n -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1      112 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate RELATED
         0        0 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 5 code 1
         0        0 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 5
  $ ip netns exec h iptables -D INPUT 1
  $ sleep 1
  $ ip netns exec h ping -c 1 -W 1 10.9.9.4 | sed -n 2p
  $ ip -n h route get 10.9.9.4
  10.9.9.4 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip netns exec h iptables -L INPUT -v -n -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1      112 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 5 code 1
         0        0 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 5
  $ ip netns exec h iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p icmp -m icmp --icmp-type 5/1 -j DROP
  -A INPUT -p icmp -m icmp --icmp-type 5 -j DROP
  $ ip netns exec h iptables -F INPUT
  $ ip netns exec h iptables -A INPUT -p icmp --icmp-type redirect -m conntrack --ctstate RELATED -j LOG --log-prefix "redir "
  $ sleep 1
  $ ip netns exec h ping -c 1 -W 1 10.9.9.5 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.9.5
  10.9.9.5 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec h iptables -L INPUT -v -n -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1      112 LOG        1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 5 ctstate RELATED LOG flags 0 level 4 prefix "redir "
  $ ip netns exec h nstat -az IcmpInRedirects IcmpInMsgs | tail -n +2
  IcmpInMsgs                      3                  0.0
  IcmpInRedirects                 3                  0.0
