What an incoming ARP packet teaches the receiver (arp_process): a request for one of its addresses creates a STALE entry for the sender, a request for another host or an announcement does not (arp_accept 0), a DAD probe (sender 0.0.0.0) gets a reply but leaves no entry, a request from a sender of another subnet is answered only when the reverse route passes rp_filter, requests for a broadcast, loopback or multicast target get no answer; each time the receiver's table, sorted.
  $ for n in x c; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add x0 netns x address 02:00:00:00:00:01 type veth peer name c0 netns c address 02:00:00:00:00:03
  $ ip -n x link set x0 up; ip -n c link set c0 up
  $ ip -n x addr add 10.0.0.1/24 dev x0
  $ ip -n c addr add 10.0.0.3/24 dev c0
  $ ip -n c addr add 10.0.0.4/24 dev c0
  $ ip -n c addr add 192.168.7.7/24 dev c0
  $ ip netns exec c arping -c 1 -w 1 -I c0 10.0.0.1 | sort; ip -n x neigh show nud all | sort
  ARPING 10.0.0.1 from 10.0.0.3 c0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.1 [02:00:00:00:00:01]  *ms (glob)
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  $ ip netns exec c arping -c 1 -w 1 -I c0 10.0.0.99 | sort; ip -n x neigh show nud all | sort
  ARPING 10.0.0.99 from 10.0.0.3 c0
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  $ ip netns exec c arping -q -c 1 -w 1 -I c0 -s 10.0.0.4 10.0.0.99; ip -n x neigh show nud all | sort
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  $ ip netns exec c arping -q -c 1 -w 1 -I c0 -U -s 10.0.0.4 10.0.0.4; ip -n x neigh show nud all | sort
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  $ ip netns exec c arping -c 1 -w 1 -I c0 -D 10.0.0.1 | sort; echo rc=$?; ip -n x neigh show nud all | sort
  ARPING 10.0.0.1 from 0.0.0.0 c0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.1 [02:00:00:00:00:01]  *ms (glob)
  rc=0
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  $ ip netns exec c arping -c 1 -w 1 -I c0 -D 10.0.0.50 | sort; ip -n x neigh show nud all | sort
  ARPING 10.0.0.50 from 0.0.0.0 c0
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  $ ip netns exec c arping -c 1 -w 1 -I c0 -s 192.168.7.7 10.0.0.1 | sort; ip -n x neigh show nud all | sort
  ARPING 10.0.0.1 from 192.168.7.7 c0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.1 [02:00:00:00:00:01]  *ms (glob)
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  192.168.7.7 dev x0 lladdr 02:00:00:00:00:03 STALE 
  $ ip netns exec x sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip -n x neigh flush dev x0
  $ ip netns exec c arping -c 1 -w 1 -I c0 -s 192.168.7.7 10.0.0.1 | sort; ip -n x neigh show nud all | sort
  ARPING 10.0.0.1 from 192.168.7.7 c0
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  $ ip netns exec x sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ ip netns exec c arping -c 1 -w 1 -I c0 -s 192.168.7.7 10.0.0.1 | sort; ip -n x neigh show nud all | sort
  ARPING 10.0.0.1 from 192.168.7.7 c0
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  $ ip -n x route add 192.168.7.0/24 dev x0
  $ ip netns exec x sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip -n x neigh flush dev x0
  $ ip netns exec c arping -c 1 -w 1 -I c0 -s 192.168.7.7 10.0.0.1 | sort; ip -n x neigh show nud all | sort
  ARPING 10.0.0.1 from 192.168.7.7 c0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.1 [02:00:00:00:00:01]  *ms (glob)
  192.168.7.7 dev x0 lladdr 02:00:00:00:00:03 STALE 
  $ ip netns exec c arping -c 1 -w 1 -I c0 10.0.0.255 | sort
  arping: connect: Permission denied
  $ ip netns exec c arping -c 1 -w 1 -I c0 -b 10.0.0.1 | sort
  ARPING 10.0.0.1 from 10.0.0.3 c0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.1 [02:00:00:00:00:01]  *ms (glob)
  $ ip netns exec c arping -c 1 -w 1 -I c0 224.0.0.1 | sort
  ARPING 224.0.0.1 from 10.0.0.3 c0
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  $ ip -n x addr add 10.0.0.255/32 dev x0
  $ ip netns exec c arping -c 1 -w 1 -I c0 10.0.0.255 | sort
  arping: connect: Permission denied
  $ ip -n x addr add 127.1.2.3/8 dev x0
  $ ip -n c route add 127.1.2.3/32 dev c0
  $ ip netns exec c arping -c 1 -w 1 -I c0 127.1.2.3 | sort
  ARPING 127.1.2.3 from 10.0.0.3 c0
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  $ ip -n x neigh show nud all | sort
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  192.168.7.7 dev x0 lladdr 02:00:00:00:00:03 STALE 
  $ ip -n x -s neigh show 10.0.0.3 | sed -E 's/used [0-9/]+/used X/'
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03  used Xprobes 0 STALE 
