arping (iputils 20221126) modes on one LAN: probes with a reply, duplicate address detection on a free and a used address, unsolicited (-U) and answer (-A) announcements seen in the peer's neighbour table, -b (keep broadcasting), -f (quit on first reply), -q, -s, and the exit codes.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a arping -c 3 -I a0 10.0.0.2
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01]  *ms (glob)
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01]  *ms (glob)
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01]  *ms (glob)
  Sent 3 probes (1 broadcast(s))
  Received 3 response(s)
  $ ip netns exec a arping -b -c 2 -I a0 10.0.0.2
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01]  *ms (glob)
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01]  *ms (glob)
  Sent 2 probes (2 broadcast(s))
  Received 2 response(s)
  $ ip netns exec a arping -f -c 5 -I a0 10.0.0.2
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01]  *ms (glob)
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec a arping -q -c 2 -I a0 10.0.0.2; echo $?
  0
  $ ip netns exec a arping -q -c 1 -I a0 10.0.0.9; echo $?
  1
  $ ip netns exec a arping -D -c 2 -I a0 10.0.0.9; echo $?
  ARPING 10.0.0.9 from 0.0.0.0 a0
  Sent 2 probes (2 broadcast(s))
  Received 0 response(s)
  0
  $ ip netns exec a arping -D -c 2 -I a0 10.0.0.2; echo $?
  ARPING 10.0.0.2 from 0.0.0.0 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01]  *ms (glob)
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  1
  $ ip netns exec a arping -D -q -c 1 -I a0 10.0.0.2; echo $?
  1
  $ ip netns exec a arping -D -s 10.0.0.1 -c 1 -I a0 10.0.0.2; echo $?
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01]  *ms (glob)
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  1
  $ ip -n a link set a0 address 02:00:00:00:0a:02
  $ ip -n b neigh show dev b0
  10.0.0.1 lladdr 02:00:00:00:0a:01 STALE 
  $ ip netns exec a arping -U -c 1 -I a0 10.0.0.1; echo $?
  ARPING 10.0.0.1 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  0
  $ ip -n b neigh show dev b0
  10.0.0.1 lladdr 02:00:00:00:0a:02 STALE 
  $ ip -n a link set a0 address 02:00:00:00:0a:03
  $ ip netns exec a arping -A -c 2 -I a0 10.0.0.1; echo $?
  ARPING 10.0.0.1 from 10.0.0.1 a0
  Sent 2 probes (2 broadcast(s))
  Received 0 response(s)
  0
  $ ip -n b neigh show dev b0
  10.0.0.1 lladdr 02:00:00:00:0a:03 STALE 
  $ ip netns exec a arping -U -c 1 -I a0 10.0.0.5; echo $?
  arping: bind: Cannot assign requested address
  2
  $ ip -n a addr add 10.0.0.7/24 dev a0
  $ ip netns exec a arping -s 10.0.0.7 -c 1 -I a0 10.0.0.2
  ARPING 10.0.0.2 from 10.0.0.7 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01]  *ms (glob)
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip -n b neigh show dev b0 | sort
  10.0.0.1 lladdr 02:00:00:00:0a:03 STALE 
  10.0.0.7 lladdr 02:00:00:00:0a:03 STALE 
  $ ip netns exec a arping -c 1 -w 3 -I a0 10.0.0.2
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01]  *ms (glob)
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec a arping -w 2 -I a0 10.0.0.9; echo $?
  ARPING 10.0.0.9 from 10.0.0.1 a0
  Sent 3 probes (3 broadcast(s))
  Received 0 response(s)
  1
  $ ip netns exec a arping -c 2 -w 5 -I a0 10.0.0.9; echo $?
  ARPING 10.0.0.9 from 10.0.0.1 a0
  Sent 2 probes (2 broadcast(s))
  Received 0 response(s)
  1
