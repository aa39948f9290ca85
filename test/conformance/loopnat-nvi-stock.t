The NAT Virtual Interface recipe on a stock kernel: with the real routes in a table selected by a mark set on what comes back in from lo, a packet DNATed and routed into lo comes back in from lo still holding its dst and its conntrack (loopback_xmit keeps them), so the mark never steers it: it is forwarded into lo again and again until its TTL runs out; route get shows the two lookups the recipe expects, counters show the loop.
  $ ip netns add c
  $ ip netns add n
  $ ip netns add s
  $ ip link add c0 netns c address 02:00:00:00:0c:01 type veth peer name eth0 netns n address 02:00:00:00:01:01
  $ ip link add s0 netns s address 02:00:00:00:0d:01 type veth peer name eth1 netns n address 02:00:00:00:01:02
  $ ip -n c link set c0 up
  $ ip -n s link set s0 up
  $ ip -n n link set eth0 up
  $ ip -n n link set eth1 up
  $ ip -n c addr add 10.1.0.2/24 dev c0
  $ ip -n s addr add 10.2.0.2/24 dev s0
  $ ip -n n addr add 10.1.0.1/24 dev eth0
  $ ip -n n addr add 10.2.0.1/24 dev eth1
  $ ip -n c route add default via 10.1.0.1
  $ ip -n s route add 10.2.0.9/32 via 10.2.0.1
  $ for ns in c n s; do ip -n $ns link set lo up; ip netns exec $ns sysctl -qw net.ipv6.conf.all.disable_ipv6=1; done
  $ ip netns exec n sysctl -qw net.ipv4.ip_forward=1
  $ ip -n n route add 10.1.0.0/24 dev eth0 table 100
  $ ip -n n route add 10.2.0.0/24 dev eth1 table 100
  $ ip -n n route del 10.1.0.0/24 dev eth0
  $ ip -n n route del 10.2.0.0/24 dev eth1
  $ ip -n n route add 10.1.0.0/24 dev lo
  $ ip -n n route add 10.2.0.0/24 dev lo
  $ ip -n n route add 203.0.113.80/32 dev lo
  $ ip netns exec n iptables -t raw -A PREROUTING -i lo -j MARK --set-mark 100
  $ ip -n n rule add fwmark 0x64 lookup 100
  $ ip netns exec n iptables -t nat -A PREROUTING -i eth0 -d 203.0.113.80 -j DNAT --to-destination 10.2.0.2
  $ ip netns exec n iptables -t nat -A POSTROUTING -o eth1 -s 10.1.0.0/24 -j SNAT --to-source 10.2.0.9
  $ ip -n n route get 10.2.0.2 from 10.1.0.2 iif eth0
  10.2.0.2 from 10.1.0.2 dev lo 
      cache iif eth0 
  $ ip -n n route get 10.2.0.2 from 10.1.0.2 iif lo mark 0x64
  10.2.0.2 from 10.1.0.2 dev eth1 table 100 mark 0x64 
      cache iif lo 
  $ ip -n n route get 203.0.113.80 from 10.1.0.2 iif eth0
  203.0.113.80 from 10.1.0.2 dev lo 
      cache iif eth0 
  $ ip -n n route show
  10.1.0.0/24 dev lo scope link 
  10.2.0.0/24 dev lo scope link 
  203.0.113.80 dev lo scope link 
  $ ip netns exec c ping -c 1 -W 1 203.0.113.80 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec n conntrack -L 2>/dev/null | sed -E 's/^icmp +1 [0-9]+ /icmp 1 T /; s/id=[0-9]+/id=N/g'
  icmp 1 T src=10.1.0.2 dst=203.0.113.80 type=8 code=0 id=N [UNREPLIED] src=10.2.0.2 dst=10.1.0.2 type=0 code=0 id=N mark=0 use=1
  $ ip netns exec n nstat -az IpInReceives IpForwDatagrams IpInDelivers IpOutRequests IcmpInEchos IcmpOutEchoReps IpOutNoRoutes IpInAddrErrors
  #kernel
  IpInReceives                    65                 0.0
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 63                 0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   1                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpInEchos                     0                  0.0
  IcmpOutEchoReps                 0                  0.0
  $ ip netns exec n iptables -t raw -L PREROUTING -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
        64     5404 MARK       0    --  lo     *       0.0.0.0/0            0.0.0.0/0            MARK set 0x64
  $ ip netns exec n iptables -t nat -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       84 DNAT       0    --  eth0   *       0.0.0.0/0            203.0.113.80         to:10.2.0.2
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 SNAT       0    --  *      eth1    10.1.0.0/24          0.0.0.0/0            to:10.2.0.9
  $ ip -n n -s link show lo | sed -n 4p
            5404      64      0       0       0       0 
  $ ip -n n -s link show eth1 | sed -n 6p
              90       1      0       0       0       0 
  $ ip -n n neigh show | sort
  10.1.0.2 dev eth0 lladdr 02:00:00:00:0c:01 STALE 
