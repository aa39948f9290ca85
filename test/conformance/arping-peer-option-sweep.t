arping against a live peer in another namespace, every mode option in a loop (-D on a taken and a free address, -U/-A with sources, -b, -f, -q, -s foreign, -w deadline with count), exit codes and the peer's neighbour entry after each.
  $ ip netns add p
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name p0 netns p address 02:00:00:00:00:02
  $ ip link set x0 up; ip -n p link set p0 up
  $ ip addr add 10.0.0.1/24 dev x0; ip -n p addr add 10.0.0.2/24 dev p0
  $ for o in "-c 1" "-c 2 -f" "-c 2 -b" "-c 1 -q" "-D -c 1" "-D -c 1 -q" "-c 1 -s 10.0.0.77" "-c 1 -s 0.0.0.0" "-c 1 -w 3" "-c 3 -w 1" "-w 1" "-c 1 -U" "-c 1 -A" "-c 1 -U -s 10.0.0.1"; do echo "== $o"; arping -I x0 $o 10.0.0.2 2>&1 | sed -E 's/[0-9.]+ms/Xms/'; echo "rc ${PIPESTATUS[0]}"; ip -n p neigh show 10.0.0.1; ip -n p neigh show 10.0.0.77; ip -n p neigh flush all; done
  == -c 1
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Xms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  rc 0
  10.0.0.1 dev p0 lladdr 02:00:00:00:00:01 STALE 
  == -c 2 -f
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Xms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  rc 0
  10.0.0.1 dev p0 lladdr 02:00:00:00:00:01 STALE 
  == -c 2 -b
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Xms
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Xms
  Sent 2 probes (2 broadcast(s))
  Received 2 response(s)
  rc 0
  10.0.0.1 dev p0 lladdr 02:00:00:00:00:01 STALE 
  == -c 1 -q
  rc 0
  10.0.0.1 dev p0 lladdr 02:00:00:00:00:01 STALE 
  == -D -c 1
  ARPING 10.0.0.2 from 0.0.0.0 x0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Xms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  rc 1
  == -D -c 1 -q
  rc 1
  == -c 1 -s 10.0.0.77
  arping: bind: Cannot assign requested address
  rc 2
  == -c 1 -s 0.0.0.0
  ARPING 10.0.0.2 from 0.0.0.0 x0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Xms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  rc 0
  == -c 1 -w 3
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Xms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  rc 0
  10.0.0.1 dev p0 lladdr 02:00:00:00:00:01 STALE 
  == -c 3 -w 1
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Xms
  Sent 2 probes (1 broadcast(s))
  Received 1 response(s)
  rc 1
  10.0.0.1 dev p0 lladdr 02:00:00:00:00:01 STALE 
  == -w 1
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Xms
  Sent 2 probes (1 broadcast(s))
  Received 1 response(s)
  rc 0
  10.0.0.1 dev p0 lladdr 02:00:00:00:00:01 STALE 
  == -c 1 -U
  arping: bind: Cannot assign requested address
  rc 2
  == -c 1 -A
  arping: bind: Cannot assign requested address
  rc 2
  == -c 1 -U -s 10.0.0.1
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Xms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  rc 0
  10.0.0.1 dev p0 lladdr 02:00:00:00:00:01 STALE 
  $ for o in "-D -c 1" "-D -c 2 -w 3" "-U -c 1" "-A -c 1"; do echo "== $o"; arping -I x0 $o 10.0.0.9 2>&1 | sed -E 's/[0-9.]+ms/Xms/'; echo "rc ${PIPESTATUS[0]}"; ip -n p neigh show | sort; done
  == -D -c 1
  ARPING 10.0.0.9 from 0.0.0.0 x0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  rc 0
  == -D -c 2 -w 3
  ARPING 10.0.0.9 from 0.0.0.0 x0
  Sent 2 probes (2 broadcast(s))
  Received 0 response(s)
  rc 0
  == -U -c 1
  arping: bind: Cannot assign requested address
  rc 2
  == -A -c 1
  arping: bind: Cannot assign requested address
  rc 2
  $ ip netns del p
