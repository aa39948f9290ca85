LVS-DR real server mistakes: the VIP put on lo with the LAN's prefix makes the whole subnet local (the server loses its neighbours), the VIP as a labelled alias on eth0 is answered even with arp_ignore=1, arp_announce=1 versus 2 for a VIP source, and an arptables-free fix with a noarp interface.
  $ ip netns add c
  $ ip netns add r
  $ ip link add eth0 netns c address 02:00:00:00:03:01 type veth peer name eth0 netns r address 02:00:00:00:03:02
  $ for n in c r; do ip -n $n link set lo up; ip -n $n link set eth0 up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1; done
  $ ip -n c addr add 10.20.0.10/24 dev eth0
  $ ip -n r addr add 10.20.0.21/24 dev eth0
  $ ip -n r addr add 10.20.0.100/24 dev lo
  $ ip -n r route show table local | grep 10.20
  local 10.20.0.0/24 dev lo proto kernel scope host src 10.20.0.100 
  local 10.20.0.21 dev eth0 proto kernel scope host src 10.20.0.21 
  local 10.20.0.100 dev lo proto kernel scope host src 10.20.0.100 
  broadcast 10.20.0.255 dev eth0 proto kernel scope link src 10.20.0.21 
  broadcast 10.20.0.255 dev lo proto kernel scope link src 10.20.0.100 
  $ ip -n r route get 10.20.0.10
  local 10.20.0.10 dev lo src 10.20.0.100 uid 0 
      cache <local> 
  $ ip netns exec r ping -c 1 -W 1 10.20.0.10 | sed -n 2p
  64 bytes from 10.20.0.10: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec c ping -c 1 -W 1 10.20.0.21 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n r addr del 10.20.0.100/24 dev lo
  $ ip -n r route get 10.20.0.10
  10.20.0.10 dev eth0 src 10.20.0.21 uid 0 
      cache 
  $ ip -n r addr add 10.20.0.100/32 dev eth0 label eth0:vip
  $ ip -n r addr show dev eth0 | grep inet
      inet 10.20.0.21/24 scope global eth0
      inet 10.20.0.100/32 scope global eth0:vip
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.arp_ignore=1
  $ ip netns exec c arping -c 1 -w 1 -I eth0 10.20.0.100 | sed -n 2p
  Unicast reply from 10.20.0.100 [02:00:00:00:03:02]  *ms (glob)
  $ ip -n r addr del 10.20.0.100/32 dev eth0
  $ ip -n r addr add 10.20.0.100/32 dev lo
  $ ip netns exec c arping -c 1 -w 1 -I eth0 10.20.0.100 | tail -1
  Received 0 response(s)
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.arp_ignore=0
  $ ip netns exec c arping -c 1 -w 1 -I eth0 10.20.0.100 | tail -1
  Received 1 response(s)
  $ ip -n r link set lo arp off
  $ ip -n r link show lo | head -1
  1: lo: <LOOPBACK,NOARP,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
  $ ip netns exec c arping -c 1 -w 1 -I eth0 10.20.0.100 | tail -1
  Received 1 response(s)
  $ ip -n r link set eth0 arp off
  $ ip netns exec c arping -c 1 -w 1 -I eth0 10.20.0.100 | tail -1
  Received 0 response(s)
  $ ip netns exec c arping -c 1 -w 1 -I eth0 10.20.0.21 | tail -1
  Received 0 response(s)
  $ ip -n r link set eth0 arp on
  $ ip -n r neigh flush all
  $ ip netns exec r sysctl -qw net.ipv4.conf.eth0.arp_announce=1
  $ ip netns exec r sh -c "tcpdump -l -n -i eth0 arp > a1.txt 2>/dev/null & sleep 0.5"
  $ ip netns exec r ping -c 1 -W 1 -I 10.20.0.100 10.20.0.10 | sed -n 2p
  64 bytes from 10.20.0.10: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip -n r neigh flush all
  $ ip -n r addr add 10.30.0.100/32 dev lo
  $ ip netns exec r ping -c 1 -W 1 -I 10.30.0.100 10.20.0.10 | sed -n 2p
  $ ip -n r neigh flush all
  $ ip netns exec r sysctl -qw net.ipv4.conf.eth0.arp_announce=2
  $ ip netns exec r ping -c 1 -W 1 -I 10.20.0.100 10.20.0.10 | sed -n 2p
  64 bytes from 10.20.0.10: icmp_seq=1 ttl=64 time=* ms (glob)
  $ sleep 0.5; ip netns exec r pkill tcpdump; sleep 0.3; grep Request a1.txt | cut -d' ' -f2-
  ARP, Request who-has 10.20.0.10 tell 10.20.0.100, length 28
  ARP, Request who-has 10.20.0.10 tell 10.20.0.21, length 28
  ARP, Request who-has 10.20.0.10 tell 10.20.0.21, length 28
  $ ip -n c neigh show | sort
  10.20.0.100 dev eth0 lladdr 02:00:00:00:03:02 DELAY 
  10.20.0.21 dev eth0 lladdr 02:00:00:00:03:02 REACHABLE 
