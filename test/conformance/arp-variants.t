ARP: neighbour states after traffic, arping options, ip neigh get/flush.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b addr add 10.0.0.3/24 dev b0
  $ ip -n a neigh show
  $ ip netns exec a ping -c 1 -q 10.0.0.2 > /dev/null; echo $?
  0
  $ ip -n a neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 REACHABLE 
  $ ip -n b neigh show
  10.0.0.1 dev b0 lladdr 02:00:00:00:00:01 DELAY 
  $ ip -n a neigh get 10.0.0.2 dev a0
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 REACHABLE 
  $ ip -n a neigh get 10.0.0.9 dev a0
  Error: Neighbour entry not found.
  [2]
  $ ip -n a neigh get 10.0.0.2
  Device and address are required arguments.
  [1]
  $ ip netns exec a ping -c 1 -W 1 10.0.0.9 > /dev/null; echo $?
  1
  $ ip -n a neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.9 dev a0 INCOMPLETE 
  $ ip -n a -s neigh show 10.0.0.2 | sed -E 's/used [0-9\/]+/used X/'
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02  ref 1 used Xprobes 4 REACHABLE 
  $ sleep 5
  $ ip netns exec a arping -c 1 -I a0 10.0.0.3 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.3 from 10.0.0.1 a0
  Unicast reply from 10.0.0.3 [02:00:00:00:00:02]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec a arping -c 2 -D -I a0 10.0.0.2 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.2 from 0.0.0.0 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec a arping -c 2 -D -I a0 10.0.0.7 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.7 from 0.0.0.0 a0
  Sent 2 probes (2 broadcast(s))
  Received 0 response(s)
  $ ip netns exec a arping -c 1 -U -I a0 10.0.0.1
  ARPING 10.0.0.1 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec a arping -c 1 -A -I a0 10.0.0.1
  ARPING 10.0.0.1 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec a arping -c 1 -s 10.0.0.1 -I a0 10.0.0.2 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec a arping -c 1 -q -I a0 10.0.0.2; echo $?
  0
  $ ip netns exec a arping -c 1 -w 1 -I a0 10.0.0.8; echo $?
  ARPING 10.0.0.8 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ ip netns exec a arping -c 1 10.0.0.2 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec a arping -I nosuch 10.0.0.2
  arping: Device nosuch not available.
  [2]
  $ ip -n b neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:00:01 REACHABLE 
  $ ip -n a neigh flush dev a0
  $ ip -n a neigh show | sort
  $ ip -n a neigh flush to 10.0.0.0/24 nud failed
  $ ip -n a neigh show | sort
