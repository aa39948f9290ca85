arping between macvlan siblings of each mode and their parent's peer: replies in bridge mode, none across private/vepa siblings (no hairpin on a veth), duplicate address detection (-D) seeing a sibling that holds the address, unsolicited ARP (-U/-A) updating the peer's cache, arp_ignore on the parent's peer.
  $ ip netns add ext
  $ ip link add eth0 address 02:00:00:00:00:10 type veth peer name x0 netns ext address 02:00:00:00:00:20
  $ ip link add link eth0 name mb1 address 02:00:00:00:00:31 type macvlan mode bridge
  $ ip link add link eth0 name mb2 address 02:00:00:00:00:32 type macvlan mode bridge
  $ ip link add link eth0 name mp1 address 02:00:00:00:00:33 type macvlan mode private
  $ for n in b1 b2 p1; do ip netns add $n; done
  $ ip link set mb1 netns b1; ip link set mb2 netns b2; ip link set mp1 netns p1
  $ ip link set eth0 up; ip -n ext link set x0 up
  $ ip -n ext addr add 10.0.0.254/24 dev x0
  $ ip -n b1 addr add 10.0.0.11/24 dev mb1; ip -n b1 link set mb1 up
  $ ip -n b2 addr add 10.0.0.12/24 dev mb2; ip -n b2 link set mb2 up
  $ ip -n p1 addr add 10.0.0.13/24 dev mp1; ip -n p1 link set mp1 up
  $ ip netns exec b1 arping -c 2 -w 3 -I mb1 10.0.0.12 | sed -E 's/  [0-9.]+ms/  Tms/'
  ARPING 10.0.0.12 from 10.0.0.11 mb1
  Unicast reply from 10.0.0.12 [02:00:00:00:00:32]  Tms
  Unicast reply from 10.0.0.12 [02:00:00:00:00:32]  Tms
  Sent 2 probes (1 broadcast(s))
  Received 2 response(s)
  $ ip netns exec b1 arping -c 1 -w 2 -I mb1 10.0.0.254 | sed -E 's/  [0-9.]+ms/  Tms/'
  ARPING 10.0.0.254 from 10.0.0.11 mb1
  Unicast reply from 10.0.0.254 [02:00:00:00:00:20]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec b1 arping -c 1 -w 1 -I mb1 10.0.0.13 | sed -E 's/  [0-9.]+ms/  Tms/'; echo rc=$?
  ARPING 10.0.0.13 from 10.0.0.11 mb1
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  rc=0
  $ ip netns exec p1 arping -c 1 -w 2 -I mp1 10.0.0.254 | sed -E 's/  [0-9.]+ms/  Tms/'
  ARPING 10.0.0.254 from 10.0.0.13 mp1
  Unicast reply from 10.0.0.254 [02:00:00:00:00:20]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec b2 arping -D -c 1 -w 2 -I mb2 10.0.0.11 | sed -E 's/  [0-9.]+ms/  Tms/'; echo rc=$?
  ARPING 10.0.0.11 from 0.0.0.0 mb2
  Unicast reply from 10.0.0.11 [02:00:00:00:00:31]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  rc=0
  $ ip netns exec b2 arping -D -c 1 -w 1 -I mb2 10.0.0.99; echo rc=$?
  ARPING 10.0.0.99 from 0.0.0.0 mb2
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  rc=0
  $ ip netns exec b2 arping -D -c 1 -w 2 -I mb2 10.0.0.254 | sed -E 's/  [0-9.]+ms/  Tms/'; echo rc=$?
  ARPING 10.0.0.254 from 0.0.0.0 mb2
  Unicast reply from 10.0.0.254 [02:00:00:00:00:20]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  rc=0
  $ ip -n ext neigh show | sort
  10.0.0.11 dev x0 lladdr 02:00:00:00:00:31 STALE 
  10.0.0.13 dev x0 lladdr 02:00:00:00:00:33 STALE 
  $ ip netns exec b1 arping -U -c 1 -I mb1 10.0.0.11
  ARPING 10.0.0.11 from 10.0.0.11 mb1
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec p1 arping -A -c 1 -I mp1 10.0.0.13
  ARPING 10.0.0.13 from 10.0.0.13 mp1
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip -n ext neigh show | sort
  10.0.0.11 dev x0 lladdr 02:00:00:00:00:31 STALE 
  10.0.0.13 dev x0 lladdr 02:00:00:00:00:33 STALE 
  $ ip -n b2 neigh show | sort
  10.0.0.11 dev mb2 lladdr 02:00:00:00:00:31 REACHABLE 
  $ ip -n ext addr add 10.0.1.254/24 dev x0
  $ ip netns exec ext sysctl -qw net.ipv4.conf.all.arp_ignore=1
  $ ip netns exec b1 arping -c 1 -w 1 -I mb1 10.0.1.254 | sed -E 's/  [0-9.]+ms/  Tms/'; echo rc=$?
  ARPING 10.0.1.254 from 10.0.0.11 mb1
  Unicast reply from 10.0.1.254 [02:00:00:00:00:20]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  rc=0
  $ ip netns exec ext sysctl -qw net.ipv4.conf.all.arp_ignore=0
  $ ip netns exec b1 arping -c 1 -w 2 -I mb1 10.0.1.254 | sed -E 's/  [0-9.]+ms/  Tms/'; echo rc=$?
  ARPING 10.0.1.254 from 10.0.0.11 mb1
  Unicast reply from 10.0.1.254 [02:00:00:00:00:20]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  rc=0
