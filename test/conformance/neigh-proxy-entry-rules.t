When a proxy neighbour entry (ip neigh add proxy) makes a host answer ARP for another address (arp_process): only while forwarding is on for the receiving device, only when the target is routed (a unicast route) out of a device other than the one the request came in by, and only for an entry on that incoming device; the answer carries the host's MAC and the asker's entry is learned (neigh_event_ns).
  $ for n in a r c; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:00 type veth peer name r0 netns r address 02:00:00:00:01:00
  $ ip link add c0 netns c address 02:00:00:00:0c:00 type veth peer name r1 netns r address 02:00:00:00:01:01
  $ ip -n a link set a0 up; ip -n r link set r0 up; ip -n r link set r1 up; ip -n c link set c0 up
  $ ip -n a addr add 10.0.0.1/16 dev a0
  $ ip -n r addr add 10.0.0.254/24 dev r0
  $ ip -n r addr add 10.0.1.254/24 dev r1
  $ ip -n c addr add 10.0.1.2/24 dev c0
  $ ip netns exec r sysctl -qw net.ipv4.neigh.r0.proxy_delay=0 net.ipv4.neigh.r1.proxy_delay=0
  $ ip -n r neigh add proxy 10.0.1.2 dev r0
  $ ip -n r neigh add proxy 10.0.0.9 dev r0
  $ ip -n r neigh add proxy 10.0.1.3 dev r1
  $ ip -n r neigh add proxy 10.0.2.2 dev r0
  $ ip -n r neigh add proxy 10.0.5.5 dev r0
  $ ip -n r route add 10.0.5.0/24 via 10.0.1.2
  $ ip -n r route add unreachable 10.0.2.0/24
  $ ip -n r neigh show proxy | sort
  10.0.0.9 dev r0 proxy 
  10.0.1.2 dev r0 proxy 
  10.0.1.3 dev r1 proxy 
  10.0.2.2 dev r0 proxy 
  10.0.5.5 dev r0 proxy 
  $ ip netns exec r sysctl net.ipv4.ip_forward net.ipv4.conf.r0.forwarding
  net.ipv4.ip_forward = 0
  net.ipv4.conf.r0.forwarding = 0
  $ ip netns exec a arping -c 1 -w 1 -I a0 10.0.1.2; echo $?
  ARPING 10.0.1.2 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ ip -n r neigh show dev r0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a arping -c 1 -w 1 -I a0 10.0.1.2 | sed -E 's/ [0-9.]+ms$/ Xms/'; echo $?
  ARPING 10.0.1.2 from 10.0.0.1 a0
  Unicast reply from 10.0.1.2 [02:00:00:00:01:00]  Xms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  0
  $ ip -n r neigh show dev r0
  10.0.0.1 lladdr 02:00:00:00:0a:00 STALE 
  $ ip netns exec a arping -c 1 -w 1 -I a0 10.0.0.9; echo $?
  ARPING 10.0.0.9 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ ip netns exec a arping -c 1 -w 1 -I a0 10.0.1.3; echo $?
  ARPING 10.0.1.3 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ ip netns exec a arping -c 1 -w 1 -I a0 10.0.2.2; echo $?
  ARPING 10.0.2.2 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ ip netns exec a arping -c 1 -w 1 -I a0 10.0.5.5 | sed -E 's/ [0-9.]+ms$/ Xms/'; echo $?
  ARPING 10.0.5.5 from 10.0.0.1 a0
  Unicast reply from 10.0.5.5 [02:00:00:00:01:00]  Xms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  0
  $ ip -n a neigh show | sort
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.forwarding=0
  $ ip netns exec a arping -c 1 -w 1 -I a0 10.0.1.2; echo $?
  ARPING 10.0.1.2 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.forwarding=1 net.ipv4.conf.r1.forwarding=0
  $ ip netns exec a arping -c 1 -w 1 -I a0 10.0.1.2 | sed -E 's/ [0-9.]+ms$/ Xms/'; echo $?
  ARPING 10.0.1.2 from 10.0.0.1 a0
  Unicast reply from 10.0.1.2 [02:00:00:00:01:00]  Xms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  0
  $ ip -n r neigh del proxy 10.0.1.2 dev r0
  $ ip netns exec a arping -c 1 -w 1 -I a0 10.0.1.2; echo $?
  ARPING 10.0.1.2 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ ip -n r neigh add proxy 10.0.1.2 dev r1
  $ ip netns exec a arping -c 1 -w 1 -I a0 10.0.1.2; echo $?
  ARPING 10.0.1.2 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ ip -n r neigh show proxy | sort
  10.0.0.9 dev r0 proxy 
  10.0.1.2 dev r1 proxy 
  10.0.1.3 dev r1 proxy 
  10.0.2.2 dev r0 proxy 
  10.0.5.5 dev r0 proxy 
