arp_filter with two interfaces of one host on one LAN (a bridge): without it both answer a request for either address (the ARP flux), with it only the interface the route to the asker leaves by answers; arping's replies, the asker's neighbour table, per-device and "all" knobs.
  $ for n in a b sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 type bridge
  $ ip -n sw link set br0 up
  $ ip link add a0 netns a address 02:00:00:00:0a:00 type veth peer name p0 netns sw
  $ ip link add a1 netns a address 02:00:00:00:0a:01 type veth peer name p1 netns sw
  $ ip link add b0 netns b address 02:00:00:00:0b:00 type veth peer name p2 netns sw
  $ for p in p0 p1 p2; do ip -n sw link set $p master br0 up; done
  $ ip -n a link set a0 up
  $ ip -n a link set a1 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.0.0.2/24 dev a1
  $ ip -n b addr add 10.0.0.9/24 dev b0
  $ ip -n a route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.0.0/24 dev a1 proto kernel scope link src 10.0.0.2 
  $ ip netns exec b arping -c 1 -w 1 -I b0 10.0.0.2 | sed -E 's/ [0-9.]+ms$/ Tms/' | sort
  ARPING 10.0.0.2 from 10.0.0.9 b0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.2 [02:00:00:00:0A:01]  Tms
  $ ip netns exec a sysctl net.ipv4.conf.all.arp_filter net.ipv4.conf.a1.arp_filter
  net.ipv4.conf.all.arp_filter = 0
  net.ipv4.conf.a1.arp_filter = 0
  $ ip netns exec a sysctl -qw net.ipv4.conf.a1.arp_filter=1
  $ ip netns exec b arping -c 1 -w 1 -I b0 10.0.0.2 | sed -E 's/ [0-9.]+ms$/ Tms/' | sort
  ARPING 10.0.0.2 from 10.0.0.9 b0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.2 [02:00:00:00:0A:00]  Tms
  $ ip netns exec b arping -c 1 -w 1 -I b0 10.0.0.1 | sed -E 's/ [0-9.]+ms$/ Tms/' | sort
  ARPING 10.0.0.1 from 10.0.0.9 b0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.1 [02:00:00:00:0A:00]  Tms
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_filter=1
  $ ip netns exec b arping -c 1 -w 1 -I b0 10.0.0.1 | sed -E 's/ [0-9.]+ms$/ Tms/' | sort
  ARPING 10.0.0.1 from 10.0.0.9 b0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.1 [02:00:00:00:0A:00]  Tms
  $ ip netns exec b arping -c 1 -w 1 -I b0 10.0.0.2 | sed -E 's/ [0-9.]+ms$/ Tms/' | sort
  ARPING 10.0.0.2 from 10.0.0.9 b0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.2 [02:00:00:00:0A:00]  Tms
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_filter=0 net.ipv4.conf.a1.arp_filter=0 net.ipv4.conf.all.arp_filter=1
  $ ip netns exec b arping -c 1 -w 1 -I b0 10.0.0.2 | sed -E 's/ [0-9.]+ms$/ Tms/' | sort
  ARPING 10.0.0.2 from 10.0.0.9 b0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.2 [02:00:00:00:0A:00]  Tms
  $ ip -n a route add 10.0.0.9/32 dev a1
  $ ip netns exec b arping -c 1 -w 1 -I b0 10.0.0.1 | sed -E 's/ [0-9.]+ms$/ Tms/' | sort
  ARPING 10.0.0.1 from 10.0.0.9 b0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.1 [02:00:00:00:0A:01]  Tms
  $ ip netns exec b arping -c 1 -w 1 -I b0 10.0.0.2 | sed -E 's/ [0-9.]+ms$/ Tms/' | sort
  ARPING 10.0.0.2 from 10.0.0.9 b0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.2 [02:00:00:00:0A:01]  Tms
  $ ip -n b neigh flush all
  $ ip netns exec b ping -c 1 -W 1 10.0.0.1 | sed -n 2p | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=T ms
  $ ip -n b neigh show
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 REACHABLE 
  $ ip -n a neigh show | sort
  10.0.0.9 dev a0 lladdr 02:00:00:00:0b:00 STALE 
  10.0.0.9 dev a1 lladdr 02:00:00:00:0b:00 DELAY 
  $ ip -n a route del 10.0.0.9/32 dev a1
  $ ip netns exec a sysctl -qw net.ipv4.conf.all.arp_filter=0
  $ ip netns exec b arping -c 1 -w 1 -I b0 10.0.0.1 | sed -E 's/ [0-9.]+ms$/ Tms/' | sort
  ARPING 10.0.0.1 from 10.0.0.9 b0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.1 [02:00:00:00:0A:01]  Tms
