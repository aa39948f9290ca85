An LVS-DR real server: the VIP on lo (/32), arp_ignore=1 and arp_announce=2; a client whose neighbour entry for the VIP points at the real server's MAC (what the director's rewrite amounts to) reaches it and gets answers sourced from the VIP, while ARP for the VIP stays unanswered and the server's own ARP requests name its primary address.
  $ ip netns add c
  $ ip netns add r
  $ ip link add eth0 netns c address 02:00:00:00:02:01 type veth peer name eth0 netns r address 02:00:00:00:02:02
  $ for n in c r; do ip -n $n link set lo up; ip -n $n link set eth0 up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1; done
  $ ip -n c addr add 192.168.7.10/24 dev eth0
  $ ip -n r addr add 192.168.7.21/24 dev eth0
  $ ip -n r addr add 192.168.7.100/32 dev lo
  $ ip -n r addr show dev lo | grep inet
      inet 127.0.0.1/8 scope host lo
      inet 192.168.7.100/32 scope global lo
  $ ip -n r route show table local | grep 192.168.7.100
  local 192.168.7.100 dev lo proto kernel scope host src 192.168.7.100 
  $ ip netns exec c arping -c 1 -w 1 -I eth0 192.168.7.100 | sed -n 2p
  Unicast reply from 192.168.7.100 [02:00:00:00:02:02]  *ms (glob)
  $ ip -n r neigh show
  192.168.7.10 dev eth0 lladdr 02:00:00:00:02:01 STALE 
  $ ip netns exec r sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2
  net.ipv4.conf.all.arp_ignore = 1
  net.ipv4.conf.all.arp_announce = 2
  $ ip -n r neigh flush all
  $ ip -n c neigh flush all
  $ ip netns exec c arping -c 1 -w 1 -I eth0 192.168.7.100
  ARPING 192.168.7.100 from 192.168.7.10 eth0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  [1]
  $ ip netns exec c arping -c 1 -w 1 -I eth0 192.168.7.21 | sed -n 2p
  Unicast reply from 192.168.7.21 [02:00:00:00:02:02]  *ms (glob)
  $ ip -n r neigh show
  192.168.7.10 dev eth0 lladdr 02:00:00:00:02:01 STALE 
  $ ip -n r neigh flush all
  $ ip -n c neigh flush all
  $ ip -n c neigh add 192.168.7.100 lladdr 02:00:00:00:02:02 dev eth0
  $ ip -n r route get 192.168.7.100 from 192.168.7.10 iif eth0
  local 192.168.7.100 from 192.168.7.10 dev lo 
      cache <local> iif eth0 
  $ ip -n r route get 192.168.7.10 from 192.168.7.100
  192.168.7.10 from 192.168.7.100 dev eth0 uid 0 
      cache 
  $ ip netns exec r sh -c "tcpdump -l -n -e -i eth0 arp > r.pcap.txt 2>/dev/null & sleep 0.5"
  $ ip netns exec c ping -c 1 -W 1 192.168.7.100 | sed -n 2p
  64 bytes from 192.168.7.100: icmp_seq=1 ttl=64 time=* ms (glob)
  $ sleep 0.5; ip netns exec r pkill tcpdump; sleep 0.3; cat r.pcap.txt | cut -d' ' -f2-
  02:00:00:00:02:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 192.168.7.10 tell 192.168.7.21, length 28
  02:00:00:00:02:01 > 02:00:00:00:02:02, ethertype ARP (0x0806), length 42: Reply 192.168.7.10 is-at 02:00:00:00:02:01, length 28
  $ ip -n r neigh show
  192.168.7.10 dev eth0 lladdr 02:00:00:00:02:01 REACHABLE 
  $ ip -n c neigh show | sort
  192.168.7.100 dev eth0 lladdr 02:00:00:00:02:02 PERMANENT 
  192.168.7.21 dev eth0 lladdr 02:00:00:00:02:02 STALE 
  $ ip netns exec r sh -c "nc -l -s 192.168.7.100 -p 80 > web.out & sleep 0.3"
  $ ip netns exec c sh -c "echo GET / | nc -N -w 1 192.168.7.100 80"
  $ sleep 0.3; cat web.out
  GET /
  $ ip netns exec r sysctl net.ipv4.conf.eth0.arp_ignore net.ipv4.conf.lo.arp_ignore
  net.ipv4.conf.eth0.arp_ignore = 0
  net.ipv4.conf.lo.arp_ignore = 0
  $ ip netns exec r sysctl -w net.ipv4.conf.all.arp_ignore=0
  net.ipv4.conf.all.arp_ignore = 0
  $ ip netns exec r sysctl -w net.ipv4.conf.eth0.arp_ignore=1
  net.ipv4.conf.eth0.arp_ignore = 1
  $ ip netns exec c arping -c 1 -w 1 -I eth0 192.168.7.100 | tail -2
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec r sysctl -w net.ipv4.conf.eth0.arp_ignore=2
  net.ipv4.conf.eth0.arp_ignore = 2
  $ ip netns exec c arping -c 1 -w 1 -I eth0 192.168.7.21 | tail -2
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec c arping -c 1 -w 1 -s 10.0.0.1 -I eth0 192.168.7.21 | tail -2
  arping: bind: Cannot assign requested address
