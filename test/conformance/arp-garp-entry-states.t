A gratuitous ARP (arping -U request, -A reply) from a host against the entry the receiver already has for it, by state, with arp_accept 0: INCOMPLETE (a ping waiting for an answer the peer never gives), FAILED, STALE and REACHABLE with another MAC, PERMANENT and NOARP (admin entries are never changed by the wire), and a new MAC for a REACHABLE entry from a request sent to the receiver itself.
  $ for n in x y; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add x0 netns x address 02:00:00:00:00:01 type veth peer name y0 netns y address 02:00:00:00:00:02
  $ ip -n x link set x0 up; ip -n y link set y0 up
  $ ip -n x addr add 10.0.0.1/24 dev x0
  $ ip -n y addr add 10.0.0.2/24 dev y0
  $ ip -n y addr add 10.0.0.3/24 dev y0
  $ ip -n y addr add 10.0.0.4/24 dev y0
  $ ip -n y addr add 10.0.0.5/24 dev y0
  $ ip netns exec y sysctl -qw net.ipv4.conf.y0.arp_ignore=8
  $ ip netns exec x ping -c 1 -W 3 10.0.0.2 > out & sleep 0.5; ip -n x neigh show nud all
  10.0.0.2 dev x0 INCOMPLETE 
  $ ip netns exec y arping -q -c 1 -w 1 -I y0 -U -s 10.0.0.2 10.0.0.2; sleep 0.2; ip -n x neigh show nud all
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 DELAY 
  $ wait; grep -c 'bytes from' out
  1
  $ ip netns exec x ping -c 1 -W 1 10.0.0.3 > /dev/null; sleep 3.5; ip -n x neigh show 10.0.0.3 nud all
  10.0.0.3 dev x0 FAILED 
  $ ip netns exec y arping -q -c 1 -w 1 -I y0 -A -s 10.0.0.3 10.0.0.3; ip -n x neigh show 10.0.0.3 nud all
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:02 STALE 
  $ ip -n x neigh add 10.0.0.4 lladdr 02:00:00:00:00:44 dev x0
  $ ip -n x neigh add 10.0.0.5 lladdr 02:00:00:00:00:55 dev x0 nud noarp
  $ ip netns exec y arping -q -c 1 -w 1 -I y0 -U -s 10.0.0.4 10.0.0.4; ip netns exec y arping -q -c 1 -w 1 -I y0 -A -s 10.0.0.5 10.0.0.5; ip -n x neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.2 dev x0 FAILED 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:02 STALE 
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:44 PERMANENT 
  10.0.0.5 dev x0 lladdr 02:00:00:00:00:55 NOARP 
  $ ip -n x neigh replace 10.0.0.4 lladdr 02:00:00:00:00:44 dev x0 nud stale
  $ ip -n x neigh replace 10.0.0.5 lladdr 02:00:00:00:00:55 dev x0 nud reachable
  $ sleep 1.1; ip netns exec y arping -q -c 1 -w 1 -I y0 -U -s 10.0.0.4 10.0.0.4; ip netns exec y arping -q -c 1 -w 1 -I y0 -U -s 10.0.0.5 10.0.0.5; ip -n x neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.2 dev x0 FAILED 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:02 STALE 
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:02 STALE 
  10.0.0.5 dev x0 lladdr 02:00:00:00:00:02 STALE 
  $ ip -n x neigh replace 10.0.0.4 lladdr 02:00:00:00:00:44 dev x0 nud reachable
  $ ip netns exec y sysctl -qw net.ipv4.conf.y0.arp_ignore=0
  $ ip netns exec y arping -c 1 -w 1 -I y0 -s 10.0.0.4 10.0.0.1 | sort; ip -n x neigh show 10.0.0.4
  ARPING 10.0.0.1 from 10.0.0.4 y0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.1 [02:00:00:00:00:01]  *ms (glob)
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:02 STALE 
  $ ip -n x neigh replace 10.0.0.4 lladdr 02:00:00:00:00:44 dev x0 nud reachable
  $ ip netns exec y arping -c 1 -w 1 -I y0 -s 10.0.0.4 -A 10.0.0.4 | sort; ip -n x neigh show 10.0.0.4
  ARPING 10.0.0.4 from 10.0.0.4 y0
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:02 STALE 
  $ ip -n x -s neigh show 10.0.0.4 | sed -E 's/used [0-9/]+/used X/'
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:02  used Xprobes 0 STALE 
  $ ip -n x neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.2 dev x0 FAILED 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:02 STALE 
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:02 STALE 
  10.0.0.5 dev x0 lladdr 02:00:00:00:00:02 STALE 
