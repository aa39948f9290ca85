An LVS-DR cluster by hand: the VIP on the director's LAN interface and on each real server's lo; without arp_ignore/arp_announce a real server answers ARP for the VIP and announces it as the sender of its own requests (the ARP problem); with arp_ignore=1 and arp_announce=2 only the director answers, the director forwards the VIP's packets to a real server by its MAC (a route via the real server), which replies from the VIP straight to the client.
  $ for n in cl dir rs1 rs2 lan; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n lan link add br0 type bridge; ip -n lan link set br0 up
  $ ip link add eth0 netns cl address 02:00:00:00:00:c1 type veth peer name p0 netns lan
  $ ip link add eth0 netns dir address 02:00:00:00:00:d1 type veth peer name p1 netns lan
  $ ip link add eth0 netns rs1 address 02:00:00:00:00:a1 type veth peer name p2 netns lan
  $ ip link add eth0 netns rs2 address 02:00:00:00:00:a2 type veth peer name p3 netns lan
  $ for p in p0 p1 p2 p3; do ip -n lan link set $p master br0 up; done
  $ for n in cl dir rs1 rs2; do ip -n $n link set lo up; ip -n $n link set eth0 up; done
  $ ip -n cl addr add 192.168.0.10/24 dev eth0
  $ ip -n dir addr add 192.168.0.2/24 dev eth0
  $ ip -n dir addr add 192.168.0.100/32 dev eth0
  $ ip -n rs1 addr add 192.168.0.11/24 dev eth0
  $ ip -n rs2 addr add 192.168.0.12/24 dev eth0
  $ ip -n rs1 addr add 192.168.0.100/32 dev lo
  $ ip -n rs2 addr add 192.168.0.100/32 dev lo
  $ ip netns exec cl arping -c 1 -w 1 -I eth0 192.168.0.100 | grep -c reply
  1
  $ ip -n rs1 neigh flush all; ip -n rs1 neigh show
  $ ip netns exec rs1 ping -c 1 -W 1 -I 192.168.0.100 192.168.0.10 > /dev/null; ip -n cl neigh show | sort
  192.168.0.100 dev eth0 lladdr 02:00:00:00:00:a1 DELAY 
  $ for n in rs1 rs2; do ip netns exec $n sysctl -qw net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.eth0.arp_ignore=1 net.ipv4.conf.all.arp_announce=2 net.ipv4.conf.eth0.arp_announce=2; done
  $ ip -n cl neigh flush all
  $ ip netns exec cl arping -c 1 -w 1 -I eth0 192.168.0.100
  ARPING 192.168.0.100 from 192.168.0.10 eth0
  Unicast reply from 192.168.0.100 [02:00:00:00:00:D1]  *ms (glob)
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec cl arping -c 1 -w 1 -I eth0 192.168.0.11 | grep reply
  Unicast reply from 192.168.0.11 [02:00:00:00:00:A1]  *ms (glob)
  $ ip -n cl neigh flush all; ip -n rs1 neigh flush all
  $ ip netns exec rs1 ping -c 1 -W 1 -I 192.168.0.100 192.168.0.10 > /dev/null; ip -n cl neigh show | sort
  192.168.0.100 dev eth0 lladdr 02:00:00:00:00:d1 REACHABLE 
  192.168.0.11 dev eth0 lladdr 02:00:00:00:00:a1 STALE 
  $ ip netns exec dir sysctl -qw net.ipv4.ip_forward=1 net.ipv4.conf.all.send_redirects=0 net.ipv4.conf.eth0.send_redirects=0
  $ ip -n dir rule add pref 50 iif eth0 to 192.168.0.100 ipproto icmp table 10
  $ ip -n dir rule add pref 100 table local; ip -n dir rule del pref 0; ip -n dir rule show
  50:	from all to 192.168.0.100 iif eth0 ipproto icmp lookup 10
  100:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -n dir route add 192.168.0.100/32 via 192.168.0.11 dev eth0 table 10
  $ ip -n cl neigh flush all; ip -n dir neigh flush all
  $ ip netns exec lan tcpdump -n -e -i p2 -c 2 icmp > dump 2>/dev/null &
  $ sleep 1; ip netns exec cl ping -c 1 -W 1 192.168.0.100 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 192.168.0.100: icmp_seq=1 ttl=64 
  $ wait; cat dump | sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id ID/'
  02:00:00:00:00:d1 > 02:00:00:00:00:a1, ethertype IPv4 (0x0800), length 98: 192.168.0.10 > 192.168.0.100: ICMP echo request, id ID, seq 1, length 64
  02:00:00:00:00:a1 > 02:00:00:00:00:c1, ethertype IPv4 (0x0800), length 98: 192.168.0.100 > 192.168.0.10: ICMP echo reply, id ID, seq 1, length 64
  $ ip -n cl neigh show | sort
  192.168.0.100 dev eth0 lladdr 02:00:00:00:00:d1 REACHABLE 
  $ ip -n dir neigh show | sort
  192.168.0.10 dev eth0 lladdr 02:00:00:00:00:c1 STALE 
  192.168.0.11 dev eth0 lladdr 02:00:00:00:00:a1 REACHABLE 
  $ ip -n rs1 neigh show | sort
  192.168.0.10 dev eth0 lladdr 02:00:00:00:00:c1 REACHABLE 
  192.168.0.2 dev eth0 lladdr 02:00:00:00:00:d1 STALE 
  $ ip -n dir route change 192.168.0.100/32 via 192.168.0.12 dev eth0 table 10
  $ ip netns exec cl ping -c 1 -W 1 192.168.0.100 | grep -c 'bytes from'
  1
  $ ip -n rs2 -s neigh show | sort | sed -E 's/used [0-9\/]+/used T/'
  192.168.0.10 dev eth0 lladdr 02:00:00:00:00:c1  ref 1 used Tprobes 0 DELAY 
  192.168.0.2 dev eth0 lladdr 02:00:00:00:00:d1  used Tprobes 0 STALE 
  $ ip netns exec rs2 nstat -az IcmpInEchos IcmpOutEchoReps | tail -2
  IcmpInEchos                     1                  0.0
  IcmpOutEchoReps                 1                  0.0
