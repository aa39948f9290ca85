A multi-homed host with two uplinks to two ISPs: source-based policy routing with two extra tables, so replies leave by the uplink that owns their source; checked with ip rule/route listings, ip route get from each source, pings with -I, and the ISP routers' counters.
  $ for n in host isp1 isp2 net; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add up1 netns host address 02:00:00:00:01:01 type veth peer name cust netns isp1 address 02:00:00:00:01:02
  $ ip link add up2 netns host address 02:00:00:00:02:01 type veth peer name cust netns isp2 address 02:00:00:00:02:02
  $ ip link add core netns isp1 address 02:00:00:00:03:01 type veth peer name e1 netns net address 02:00:00:00:03:02
  $ ip link add core netns isp2 address 02:00:00:00:04:01 type veth peer name e2 netns net address 02:00:00:00:04:02
  $ ip -n host link set up1 up; ip -n host link set up2 up
  $ for n in isp1 isp2; do ip -n $n link set cust up; ip -n $n link set core up; ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip -n net link set e1 up; ip -n net link set e2 up
  $ ip -n host addr add 100.64.1.2/24 dev up1; ip -n host addr add 100.64.2.2/24 dev up2
  $ ip -n isp1 addr add 100.64.1.1/24 dev cust; ip -n isp1 addr add 10.1.0.1/30 dev core
  $ ip -n isp2 addr add 100.64.2.1/24 dev cust; ip -n isp2 addr add 10.2.0.1/30 dev core
  $ ip -n net addr add 10.1.0.2/30 dev e1; ip -n net addr add 10.2.0.2/30 dev e2; ip -n net addr add 203.0.113.80/32 dev lo
  $ ip -n net route add 100.64.1.0/24 via 10.1.0.1; ip -n net route add 100.64.2.0/24 via 10.2.0.1
  $ ip -n isp1 route add default via 10.1.0.2; ip -n isp2 route add default via 10.2.0.2
  $ for n in isp1 isp2; do ip netns exec $n iptables -A FORWARD -i cust ! -s 100.64.0.0/16 -j DROP; done
  $ ip netns exec isp1 iptables -A FORWARD -i cust ! -s 100.64.1.0/24 -j DROP
  $ ip netns exec isp2 iptables -A FORWARD -i cust ! -s 100.64.2.0/24 -j DROP
  $ ip -n host route add default via 100.64.1.1 metric 100
  $ ip -n host route add default via 100.64.2.1 metric 200
  $ ip -n host route show
  default via 100.64.1.1 dev up1 metric 100 
  default via 100.64.2.1 dev up2 metric 200 
  100.64.1.0/24 dev up1 proto kernel scope link src 100.64.1.2 
  100.64.2.0/24 dev up2 proto kernel scope link src 100.64.2.2 
  $ ip -n host route get 203.0.113.80
  203.0.113.80 via 100.64.1.1 dev up1 src 100.64.1.2 uid 0 
      cache 
  $ ip -n host route get 203.0.113.80 from 100.64.2.2
  203.0.113.80 from 100.64.2.2 via 100.64.1.1 dev up1 uid 0 
      cache 
  $ ip netns exec host ping -c 1 -W 1 -I 100.64.2.2 203.0.113.80 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec isp1 iptables -L FORWARD -v -n -x | sed 1,2d
         0        0 DROP       0    --  cust   *      !100.64.0.0/16        0.0.0.0/0           
         1       84 DROP       0    --  cust   *      !100.64.1.0/24        0.0.0.0/0           
  $ cp /etc/iproute2/rt_tables rt_tables; printf '100 isp1\n200 isp2\n' >> rt_tables; mount --bind rt_tables /etc/iproute2/rt_tables
  $ ip -n host route add default via 100.64.1.1 table 100
  $ ip -n host route add 100.64.1.0/24 dev up1 src 100.64.1.2 table 100
  $ ip -n host route add default via 100.64.2.1 table 200
  $ ip -n host route add 100.64.2.0/24 dev up2 src 100.64.2.2 table 200
  $ ip -n host rule add from 100.64.1.2 table 100 pref 1000
  $ ip -n host rule add from 100.64.2.2 table 200 pref 1001
  $ ip -n host rule show
  0:	from all lookup local
  1000:	from 100.64.1.2 lookup isp1
  1001:	from 100.64.2.2 lookup isp2
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -n host route show table all | grep -v -E 'local|broadcast'
  default via 100.64.1.1 dev up1 table isp1 
  100.64.1.0/24 dev up1 table isp1 scope link src 100.64.1.2 
  default via 100.64.2.1 dev up2 table isp2 
  100.64.2.0/24 dev up2 table isp2 scope link src 100.64.2.2 
  default via 100.64.1.1 dev up1 metric 100 
  default via 100.64.2.1 dev up2 metric 200 
  100.64.1.0/24 dev up1 proto kernel scope link src 100.64.1.2 
  100.64.2.0/24 dev up2 proto kernel scope link src 100.64.2.2 
  $ ip -n host route get 203.0.113.80 from 100.64.2.2
  203.0.113.80 from 100.64.2.2 via 100.64.2.1 dev up2 table isp2 uid 0 
      cache 
  $ ip -n host route get 203.0.113.80 from 100.64.1.2
  203.0.113.80 from 100.64.1.2 via 100.64.1.1 dev up1 table isp1 uid 0 
      cache 
  $ ip -n host route get 203.0.113.80 from 100.64.9.9
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip netns exec host ping -c 2 -i 0.2 -W 1 -I 100.64.2.2 203.0.113.80 | tail -2 | head -1 | sed -E 's/, time.*//'
  2 packets transmitted, 2 received, 0% packet loss
  $ ip netns exec host ping -c 1 -W 1 -I 100.64.1.2 203.0.113.80 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 203.0.113.80: icmp_seq=1 ttl=63 
  $ ip netns exec host ping -c 1 -W 1 -I up2 203.0.113.80 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 203.0.113.80: icmp_seq=1 ttl=63 
  $ ip -n net route change 100.64.2.0/24 via 10.1.0.1
  $ ip netns exec net ping -c 1 -W 1 -I 203.0.113.80 100.64.2.2 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ for n in isp1 isp2; do ip netns exec $n nstat -az IpForwDatagrams IpInReceives | sed 1d; done
  IpInReceives                    4                  0.0
  IpForwDatagrams                 4                  0.0
  IpInReceives                    6                  0.0
  IpForwDatagrams                 6                  0.0
  $ ip netns exec isp2 iptables -L FORWARD -v -n -x | sed 1,2d
         0        0 DROP       0    --  cust   *      !100.64.0.0/16        0.0.0.0/0           
         0        0 DROP       0    --  cust   *      !100.64.2.0/24        0.0.0.0/0           
  $ ip -n host rule del pref 1001; ip -n host rule show | wc -l
  4
  $ ip -n host route flush table 200; ip -n host route show table isp2
  $ ip -n host route show table isp1
  default via 100.64.1.1 dev up1 
  100.64.1.0/24 dev up1 scope link src 100.64.1.2 
  $ ip -n host neigh show | sort
  100.64.1.1 dev up1 lladdr 02:00:00:00:01:02 REACHABLE 
  100.64.2.1 dev up2 lladdr 02:00:00:00:02:02 REACHABLE 
