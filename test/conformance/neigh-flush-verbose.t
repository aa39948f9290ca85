ip neigh flush: the -s rounds report, flush by state, by prefix, by device, of proxy entries, with nothing to flush, and its errors.
  $ ip netns add a
  $ ip -n a link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip -n a link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ for d in a0 b0 a1 b1; do ip -n a link set $d up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.1.0.1/24 dev a1
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:22 dev a0 nud stale
  $ ip -n a neigh add 10.0.0.3 lladdr 02:00:00:00:00:33 dev a0 nud reachable
  $ ip -n a neigh add 10.0.0.4 lladdr 02:00:00:00:00:44 dev a0
  $ ip -n a neigh add 10.0.0.5 lladdr 02:00:00:00:00:55 dev a0 nud noarp
  $ ip -n a neigh add 10.1.0.2 lladdr 02:00:00:00:01:22 dev a1 nud stale
  $ ip -n a neigh add 10.1.0.3 lladdr 02:00:00:00:01:33 dev a1 nud delay
  $ ip -n a neigh add proxy 10.0.0.50 dev a0
  $ ip -n a neigh add proxy 10.1.0.50 dev a1
  $ ip -n a neigh flush
  Flush requires arguments.
  [1]
  $ ip -n a -s neigh flush dev a1
  
  *** Round 1, deleting 2 entries ***
  *** Flush is complete after 1 round ***
  $ ip -n a -4 neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:22 STALE 
  10.0.0.3 dev a0 lladdr 02:00:00:00:00:33 REACHABLE 
  10.0.0.4 dev a0 lladdr 02:00:00:00:00:44 PERMANENT 
  $ ip -n a -s -s neigh flush to 10.0.0.3/32
  10.0.0.3 dev a0 lladdr 02:00:00:00:00:33  ref 1 used *probes 0 REACHABLE  (glob)
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip -n a -4 neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:22 STALE 
  10.0.0.4 dev a0 lladdr 02:00:00:00:00:44 PERMANENT 
  $ ip -n a -4 -s neigh flush nud noarp
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip -n a -s neigh flush dev a0 nud permanent
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip -n a -4 neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:22 STALE 
  $ ip -n a -s neigh flush dev a0
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip -n a -s neigh flush dev a0
  Nothing to flush.
  $ ip -n a neigh show proxy | sort
  10.0.0.50 dev a0 proxy 
  10.1.0.50 dev a1 proxy 
  $ ip -n a neigh flush proxy dev a1
  $ ip -n a neigh show proxy | sort
  10.0.0.50 dev a0 proxy 
  $ ip -n a neigh flush dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip -n a neigh flush nud bogus
  Error: argument "bogus" is wrong: nud state is bad
  [255]
  $ ip -n a neigh flush to 10.0.0.300
  Error: any valid prefix is expected rather than "10.0.0.300".
  [1]
  $ ip -n a -4 neigh flush all
  $ ip -n a neigh add 10.0.0.9 lladdr 02:00:00:00:00:99 dev a0 nud stale
  $ ip -n a -s neigh flush 10.0.0.9
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip -n a neigh flush all nud all
  $ ip -n a -4 neigh show nud all | sort
