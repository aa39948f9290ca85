arp_announce against sources picked by routes: a default route via a gateway with src on lo, a host route with src of a secondary, an unbound ping and one bound with -I; what sender address each ARP request for the gateway or the host carries under 0, 1 and 2 (tcpdump on the peer), and what the peer learns.
  $ for n in x y; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add x0 netns x address 02:00:00:00:00:01 type veth peer name y0 netns y address 02:00:00:00:00:02
  $ ip -n x link set lo up; ip -n x link set x0 up; ip -n y link set y0 up
  $ ip -n x addr add 10.0.0.1/24 dev x0
  $ ip -n x addr add 10.0.0.11/24 dev x0
  $ ip -n x addr add 172.16.0.1/24 dev x0
  $ ip -n x addr add 192.0.2.9/32 dev lo
  $ ip -n y addr add 10.0.0.2/24 dev y0
  $ ip -n y addr add 172.16.0.2/24 dev y0
  $ ip netns exec y sysctl -qw net.ipv4.ip_forward=1
  $ ip -n x route add default via 10.0.0.2 src 192.0.2.9
  $ ip -n x route add 10.0.0.2/32 dev x0 src 10.0.0.11
  $ ip -n x route add 172.16.0.2/32 dev x0 src 10.0.0.11
  $ ip -n x route get 8.8.8.8; ip -n x route get 10.0.0.2; ip -n x route get 172.16.0.2
  8.8.8.8 via 10.0.0.2 dev x0 src 192.0.2.9 uid 0 
      cache 
  10.0.0.2 dev x0 src 10.0.0.11 uid 0 
      cache 
  172.16.0.2 dev x0 src 10.0.0.11 uid 0 
      cache 
  $ ip netns exec y tcpdump -l -n -t -i y0 arp and arp[6:2] == 1 and ether src 02:00:00:00:00:01 > arps 2> /dev/null & sleep 0.5
  $ t() { ip -n x neigh flush dev x0; ip netns exec x ping -c 1 -W 1 "$@" > /dev/null; echo rc=$?; }
  $ for a in 0 1 2; do ip netns exec x sysctl -qw net.ipv4.conf.x0.arp_announce=$a; t 8.8.8.8; t 172.16.0.2; t -I 10.0.0.1 10.0.0.2; t -I 192.0.2.9 172.16.0.2; t -I x0 10.0.0.2; done
  rc=1
  rc=0
  rc=0
  rc=1
  rc=0
  rc=1
  rc=0
  rc=0
  rc=1
  rc=0
  rc=1
  rc=0
  rc=0
  rc=1
  rc=0
  $ sleep 0.5; kill %1; wait; cat arps
  ARP, Request who-has 10.0.0.2 tell 192.0.2.9, length 28
  ARP, Request who-has 172.16.0.2 tell 10.0.0.11, length 28
  ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  ARP, Request who-has 172.16.0.2 tell 192.0.2.9, length 28
  ARP, Request who-has 10.0.0.2 tell 10.0.0.11, length 28
  ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  ARP, Request who-has 172.16.0.2 tell 172.16.0.1, length 28
  ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  ARP, Request who-has 172.16.0.2 tell 172.16.0.1, length 28
  ARP, Request who-has 10.0.0.2 tell 10.0.0.11, length 28
  ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  ARP, Request who-has 172.16.0.2 tell 172.16.0.1, length 28
  ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  ARP, Request who-has 172.16.0.2 tell 172.16.0.1, length 28
  ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  $ ip -n y neigh show dev y0 | sort
  10.0.0.1 lladdr 02:00:00:00:00:01 REACHABLE 
  10.0.0.11 lladdr 02:00:00:00:00:01 REACHABLE 
  172.16.0.1 lladdr 02:00:00:00:00:01 STALE 
  192.0.2.9 lladdr 02:00:00:00:00:01 STALE 
