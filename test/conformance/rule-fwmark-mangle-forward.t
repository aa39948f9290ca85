Policy routing driven by netfilter marks on a router: mangle PREROUTING -j MARK steers forwarded UDP to a second uplink via ip rule fwmark, mangle OUTPUT marks reroute locally generated pings (ip_route_me_harder), masks on both sides, counters on each side.
  $ ip netns add h1
  $ ip netns add r
  $ ip netns add u1
  $ ip netns add u2
  $ ip link add h0 netns h1 address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add p1 netns u1 address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ ip link add p2 netns u2 address 02:00:00:00:0c:01 type veth peer name r2 netns r address 02:00:00:00:01:03
  $ for n in h1 r u1 u2; do ip -n $n link set lo up; done
  $ ip -n h1 link set h0 up; ip -n u1 link set p1 up; ip -n u2 link set p2 up
  $ for d in r0 r1 r2; do ip -n r link set $d up; done
  $ ip -n h1 addr add 192.168.1.2/24 dev h0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 10.1.0.1/24 dev r1
  $ ip -n r addr add 10.2.0.1/24 dev r2
  $ ip -n u1 addr add 10.1.0.2/24 dev p1
  $ ip -n u2 addr add 10.2.0.2/24 dev p2
  $ ip -n u1 addr add 198.51.100.1/32 dev lo
  $ ip -n u2 addr add 198.51.100.1/32 dev lo
  $ ip -n h1 route add default via 192.168.1.1
  $ ip -n u1 route add default via 10.1.0.1
  $ ip -n u2 route add default via 10.2.0.1
  $ ip -n r route add 198.51.100.0/24 via 10.1.0.2
  $ ip -n r route add 198.51.100.0/24 via 10.2.0.2 table 100
  $ ip -n r rule add fwmark 0x7/0xff lookup 100 pref 1000
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t mangle -A PREROUTING -i r0 -p udp --dport 5000 -j MARK --set-mark 0x107
  $ ip netns exec r iptables -t mangle -A OUTPUT -p icmp --icmp-type echo-request -j MARK --set-xmark 0x7/0xff
  $ for n in u1 u2; do ip netns exec $n iptables -A INPUT -p udp; ip netns exec $n iptables -A INPUT -p icmp --icmp-type echo-request; done
  $ ip -n r rule show
  0:	from all lookup local
  1000:	from all fwmark 0x7/0xff lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -n r route get 198.51.100.1 from 192.168.1.2 iif r0 mark 0x107
  198.51.100.1 from 192.168.1.2 via 10.2.0.2 dev r2 table 100 mark 0x107 
      cache iif r0 
  $ ip -n r route get 198.51.100.1 from 192.168.1.2 iif r0 mark 0x108
  198.51.100.1 from 192.168.1.2 via 10.1.0.2 dev r1 mark 0x108 
      cache iif r0 
  $ ip -n r route get 198.51.100.1 mark 0x7
  198.51.100.1 via 10.2.0.2 dev r2 table 100 src 10.2.0.1 mark 7 uid 0 
      cache 
  $ ip netns exec h1 ping -c 1 -W 1 198.51.100.1 | head -2
  PING 198.51.100.1 (198.51.100.1) 56(84) bytes of data.
  64 bytes from 198.51.100.1: icmp_seq=1 ttl=63 time=* ms (glob)
  $ echo hello | ip netns exec h1 nc -u -w 1 -p 4000 198.51.100.1 5000
  $ echo hello | ip netns exec h1 nc -u -w 1 -p 4001 198.51.100.1 5001
  $ ip netns exec r ping -c 1 -W 1 198.51.100.1 | head -2
  PING 198.51.100.1 (198.51.100.1) 56(84) bytes of data.
  64 bytes from 198.51.100.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec u1 iptables -L INPUT -v -n -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       34            17   --  *      *       0.0.0.0/0            0.0.0.0/0           
         1       84            1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 8
  $ ip netns exec u2 iptables -L INPUT -v -n -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       34            17   --  *      *       0.0.0.0/0            0.0.0.0/0           
         1       84            1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 8
  $ ip netns exec r iptables -t mangle -L -v -n -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       34 MARK       17   --  r0     *       0.0.0.0/0            0.0.0.0/0            udp dpt:5000 MARK set 0x107
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       84 MARK       1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 8 MARK xset 0x7/0xff
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ ip netns exec r nstat -az IpForwDatagrams IpOutRequests IcmpInDestUnreachs
  #kernel
  IpForwDatagrams                 6                  0.0
  IpOutRequests                   1                  0.0
  IcmpInDestUnreachs              0                  0.0
  $ ip -n r rule del fwmark 0x7/0xff lookup 100
  $ ip netns exec r ping -c 1 -W 1 198.51.100.1 | head -2
  PING 198.51.100.1 (198.51.100.1) 56(84) bytes of data.
  64 bytes from 198.51.100.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec u1 iptables -L INPUT -v -n -x | tail -1
         2      168            1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 8
  $ ip -n r rule add fwmark 7 lookup 100 pref 1000
  $ echo again | ip netns exec h1 nc -u -w 1 -p 4002 198.51.100.1 5000
  $ ip netns exec u1 iptables -L INPUT -v -n -x | sed -n 3p
         2       68            17   --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec u2 iptables -L INPUT -v -n -x | sed -n 3p
         1       34            17   --  *      *       0.0.0.0/0            0.0.0.0/0           
