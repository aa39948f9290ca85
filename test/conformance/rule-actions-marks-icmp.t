Marks that lead to rule actions: mangle PREROUTING marks forwarded packets into unreachable/prohibit/blackhole rules (the ICMP each one sends back, ip_error), ping -m marks local packets into them (sendmsg errors), and a mangle OUTPUT mark rerouting into a failing table (ip_route_me_harder); IpOutNoRoutes/IpInNoRoutes counters.
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
  $ ip -n h2 route add default via 203.0.113.1
  $ ip -n r rule add fwmark 1 unreachable pref 101
  $ ip -n r rule add fwmark 2 prohibit pref 102
  $ ip -n r rule add fwmark 3 blackhole pref 103
  $ ip -n r rule add fwmark 4 lookup 4 pref 104
  $ ip -n r route add prohibit default table 4
  $ ip -n r rule show
  0:	from all lookup local
  101:	from all fwmark 0x1 unreachable
  102:	from all fwmark 0x2 prohibit
  103:	from all fwmark 0x3 blackhole
  104:	from all fwmark 0x4 lookup 4
  32766:	from all lookup main
  32767:	from all lookup default
  $ for m in 1 2 3 4; do
  >   ip netns exec r iptables -t mangle -F PREROUTING
  >   ip netns exec r iptables -t mangle -A PREROUTING -i r0 -j MARK --set-mark $m
  >   ip netns exec h1 ping -c 1 -W 1 203.0.113.2 | sed -n 2p
  > done
  From 192.168.1.1 icmp_seq=1 Destination Net Unreachable
  From 192.168.1.1 icmp_seq=1 Packet filtered
  
  From 192.168.1.1 icmp_seq=1 Packet filtered
  $ ip netns exec r nstat -az IpInNoRoutes IpOutNoRoutes IcmpOutDestUnreachs IpInAddrErrors
  #kernel
  IpInAddrErrors                  0                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutDestUnreachs             3                  0.0
  $ ip netns exec r iptables -t mangle -L PREROUTING -v -n -x | tail -1
         1       84 MARK       0    --  r0     *       0.0.0.0/0            0.0.0.0/0            MARK set 0x4
  $ ip netns exec r iptables -t mangle -F PREROUTING
  $ for m in 1 2 3 4; do ip netns exec r ping -c 1 -W 1 -m $m 203.0.113.2; done
  ping: connect: Network is unreachable
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  ping: connect: Invalid argument
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  [2]
  $ ip -n r route get 203.0.113.2 mark 1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n r route get 203.0.113.2 mark 2
  RTNETLINK answers: Permission denied
  [2]
  $ ip -n r route get 203.0.113.2 mark 3
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 203.0.113.2 mark 4
  RTNETLINK answers: Permission denied
  [2]
  $ ip -n r route get 203.0.113.2 from 192.168.1.2 iif r0 mark 2
  RTNETLINK answers: Permission denied
  [2]
  $ ip netns exec r iptables -t mangle -A OUTPUT -p icmp -j MARK --set-mark 1
  $ ip netns exec r ping -c 1 -W 1 203.0.113.2
  PING 203.0.113.2 (203.0.113.2) 56(84) bytes of data.
  
  --- 203.0.113.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r iptables -t mangle -R OUTPUT 1 -p icmp -j MARK --set-mark 2
  $ ip netns exec r ping -c 1 -W 1 203.0.113.2
  PING 203.0.113.2 (203.0.113.2) 56(84) bytes of data.
  
  --- 203.0.113.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r iptables -t mangle -R OUTPUT 1 -p icmp -j MARK --set-mark 3
  $ ip netns exec r ping -c 1 -W 1 203.0.113.2
  PING 203.0.113.2 (203.0.113.2) 56(84) bytes of data.
  
  --- 203.0.113.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r iptables -t mangle -L OUTPUT -v -n -x | tail -1
         1       84 MARK       1    --  *      *       0.0.0.0/0            0.0.0.0/0            MARK set 0x3
  $ ip netns exec r nstat -az IpOutNoRoutes IpOutRequests IpOutDiscards
  #kernel
  IpOutRequests                   6                  0.0
  IpOutDiscards                   3                  0.0
  IpOutNoRoutes                   1                  0.0
  $ ip netns exec h1 nstat -az IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              3                  0.0
