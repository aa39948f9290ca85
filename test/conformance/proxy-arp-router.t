Proxy ARP on a router: proxy_arp answers for an address routed out another interface (with the router's MAC), not for one routed back out the asking interface nor for the router's own or an unrouted address; proxy_delay 0 answers at once; ip neigh add proxy answers without proxy_arp; the asker's table.
  $ for n in a r c; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:00 type veth peer name r0 netns r address 02:00:00:00:01:00
  $ ip link add c0 netns c address 02:00:00:00:0c:00 type veth peer name r1 netns r address 02:00:00:00:01:01
  $ ip -n a link set a0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n c link set c0 up
  $ ip -n a addr add 10.0.0.1/16 dev a0
  $ ip -n r addr add 10.0.0.254/24 dev r0
  $ ip -n r addr add 10.0.1.254/24 dev r1
  $ ip -n c addr add 10.0.1.2/24 dev c0
  $ ip -n c route add default via 10.0.1.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ p() { ip netns exec a arping -c 1 -w 1 -I a0 $1 | grep -E '^(Unicast|Received)' | sed -E 's/  [0-9.]+ms$//'; }
  $ p 10.0.1.2
  Received 0 response(s)
  $ ip netns exec r sysctl -w net.ipv4.conf.r0.proxy_arp=1
  net.ipv4.conf.r0.proxy_arp = 1
  $ ip netns exec r sysctl net.ipv4.conf.r0.proxy_delay net.ipv4.neigh.r0.proxy_delay net.ipv4.neigh.r0.proxy_qlen
  sysctl: cannot stat /proc/sys/net/ipv4/conf/r0/proxy_delay: No such file or directory
  net.ipv4.neigh.r0.proxy_delay = 80
  net.ipv4.neigh.r0.proxy_qlen = 64
  [1]
  $ ip netns exec r sysctl -qw net.ipv4.neigh.r0.proxy_delay=0
  $ p 10.0.1.2
  Unicast reply from 10.0.1.2 [02:00:00:00:01:00]
  Received 1 response(s)
  $ p 10.0.1.99
  Unicast reply from 10.0.1.99 [02:00:00:00:01:00]
  Received 1 response(s)
  $ p 10.0.0.254
  Unicast reply from 10.0.0.254 [02:00:00:00:01:00]
  Received 1 response(s)
  $ p 10.0.0.77
  Received 0 response(s)
  $ p 10.9.9.9
  Received 0 response(s)
  $ ip -n r route add 10.9.9.0/24 via 10.0.1.2
  $ p 10.9.9.9
  Unicast reply from 10.9.9.9 [02:00:00:00:01:00]
  Received 1 response(s)
  $ ip -n r route add blackhole 10.8.8.0/24
  $ p 10.8.8.8
  Received 0 response(s)
  $ ip netns exec a ping -c 1 -W 1 10.0.1.2 | sed -n 2p | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  64 bytes from 10.0.1.2: icmp_seq=1 ttl=63 time=T ms
  $ ip -n a neigh show | sort
  10.0.1.2 dev a0 lladdr 02:00:00:00:01:00 REACHABLE 
  $ ip -n r neigh show | sort
  10.0.0.1 dev r0 lladdr 02:00:00:00:0a:00 DELAY 
  10.0.1.2 dev r1 lladdr 02:00:00:00:0c:00 REACHABLE 
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.proxy_arp=0
  $ p 10.0.1.2
  Received 0 response(s)
  $ ip -n r neigh add proxy 10.0.0.77 dev r0
  $ ip -n r neigh add proxy 10.0.1.2 dev r0
  $ ip -n r neigh show proxy | sort
  10.0.0.77 dev r0 proxy 
  10.0.1.2 dev r0 proxy 
  $ p 10.0.0.77
  Received 0 response(s)
  $ p 10.0.1.2
  Unicast reply from 10.0.1.2 [02:00:00:00:01:00]
  Received 1 response(s)
  $ ip -n r neigh del proxy 10.0.0.77 dev r0
  $ p 10.0.0.77
  Received 0 response(s)
  $ ip -n r neigh show proxy
  10.0.1.2 dev r0 proxy 
