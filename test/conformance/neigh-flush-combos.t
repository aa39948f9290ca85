ip neigh flush and show with combined selectors: to a prefix and nud, dev and nud, several nud keywords, negated nud (nud all minus), a prefix without dev, -s and -s -s reports of each round, and what remains after each.
  $ ip netns add a
  $ ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n a link add a0 address 02:00:00:00:0a:00 type veth peer name b0 address 02:00:00:00:0b:00
  $ ip -n a link add a1 address 02:00:00:00:0a:01 type veth peer name b1 address 02:00:00:00:0b:01
  $ for d in a0 b0 a1 b1; do ip -n a link set $d up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.0.1.1/24 dev a1
  $ mk() { for i in 2 3 4 5 6; do ip -n a neigh replace 10.0.$1.$i lladdr 02:00:00:00:0$1:0$i dev a$1 nud $2; done; ip -n a neigh replace 10.0.$1.10 lladdr 02:00:00:00:0$1:10 dev a$1 nud permanent; ip -n a neigh replace 10.0.$1.11 lladdr 02:00:00:00:0$1:11 dev a$1 nud reachable; ip -n a neigh replace 10.0.$1.12 dev a$1 nud failed 2>/dev/null; ip -n a neigh replace 10.0.$1.13 lladdr 02:00:00:00:0$1:13 dev a$1 nud noarp; }
  $ mk 0 stale; mk 1 stale
  $ ip -n a neigh show nud all | sort
  10.0.0.10 dev a0 lladdr 02:00:00:00:00:10 PERMANENT 
  10.0.0.11 dev a0 lladdr 02:00:00:00:00:11 REACHABLE 
  10.0.0.12 dev a0 FAILED 
  10.0.0.13 dev a0 lladdr 02:00:00:00:00:13 NOARP 
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 STALE 
  10.0.0.3 dev a0 lladdr 02:00:00:00:00:03 STALE 
  10.0.0.4 dev a0 lladdr 02:00:00:00:00:04 STALE 
  10.0.0.5 dev a0 lladdr 02:00:00:00:00:05 STALE 
  10.0.0.6 dev a0 lladdr 02:00:00:00:00:06 STALE 
  10.0.1.10 dev a1 lladdr 02:00:00:00:01:10 PERMANENT 
  10.0.1.11 dev a1 lladdr 02:00:00:00:01:11 REACHABLE 
  10.0.1.12 dev a1 FAILED 
  10.0.1.13 dev a1 lladdr 02:00:00:00:01:13 NOARP 
  10.0.1.2 dev a1 lladdr 02:00:00:00:01:02 STALE 
  10.0.1.3 dev a1 lladdr 02:00:00:00:01:03 STALE 
  10.0.1.4 dev a1 lladdr 02:00:00:00:01:04 STALE 
  10.0.1.5 dev a1 lladdr 02:00:00:00:01:05 STALE 
  10.0.1.6 dev a1 lladdr 02:00:00:00:01:06 STALE 
  $ ip -n a neigh show to 10.0.0.0/29 | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 STALE 
  10.0.0.3 dev a0 lladdr 02:00:00:00:00:03 STALE 
  10.0.0.4 dev a0 lladdr 02:00:00:00:00:04 STALE 
  10.0.0.5 dev a0 lladdr 02:00:00:00:00:05 STALE 
  10.0.0.6 dev a0 lladdr 02:00:00:00:00:06 STALE 
  $ ip -n a neigh show 10.0.1.0/28 nud permanent
  10.0.1.10 dev a1 lladdr 02:00:00:00:01:10 PERMANENT 
  $ ip -n a neigh show nud stale nud reachable dev a1 | sort
  10.0.1.11 lladdr 02:00:00:00:01:11 REACHABLE 
  10.0.1.2 lladdr 02:00:00:00:01:02 STALE 
  10.0.1.3 lladdr 02:00:00:00:01:03 STALE 
  10.0.1.4 lladdr 02:00:00:00:01:04 STALE 
  10.0.1.5 lladdr 02:00:00:00:01:05 STALE 
  10.0.1.6 lladdr 02:00:00:00:01:06 STALE 
  $ ip -n a -s neigh flush to 10.0.0.0/29 nud stale
  
  *** Round 1, deleting 5 entries ***
  *** Flush is complete after 1 round ***
  $ ip -n a neigh show dev a0 | sort
  10.0.0.10 lladdr 02:00:00:00:00:10 PERMANENT 
  10.0.0.11 lladdr 02:00:00:00:00:11 REACHABLE 
  10.0.0.12 FAILED 
  $ ip -n a -s -s neigh flush dev a1 nud reachable
  10.0.1.11 lladdr 02:00:00:00:01:11  ref 1 used *probes 0 REACHABLE  (glob)
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip -n a -s neigh flush 10.0.1.0/30
  
  *** Round 1, deleting 2 entries ***
  *** Flush is complete after 1 round ***
  $ ip -n a neigh show dev a1 | sort
  10.0.1.10 lladdr 02:00:00:00:01:10 PERMANENT 
  10.0.1.12 FAILED 
  10.0.1.4 lladdr 02:00:00:00:01:04 STALE 
  10.0.1.5 lladdr 02:00:00:00:01:05 STALE 
  10.0.1.6 lladdr 02:00:00:00:01:06 STALE 
  $ ip -n a -s neigh flush nud noarp nud permanent
  
  *** Round 1, deleting 4 entries ***
  *** Flush is complete after 1 round ***
  $ ip -n a neigh show nud all | sort
  10.0.0.11 dev a0 lladdr 02:00:00:00:00:11 REACHABLE 
  10.0.0.12 dev a0 FAILED 
  10.0.1.12 dev a1 FAILED 
  10.0.1.4 dev a1 lladdr 02:00:00:00:01:04 STALE 
  10.0.1.5 dev a1 lladdr 02:00:00:00:01:05 STALE 
  10.0.1.6 dev a1 lladdr 02:00:00:00:01:06 STALE 
  $ ip -n a -s neigh flush to 10.0.5.0/24
  Nothing to flush.
  $ ip -n a neigh flush dev a1 to 10.0.0.0/24
  $ ip -n a -s neigh flush nud all
  
  *** Round 1, deleting 6 entries ***
  *** Flush is complete after 1 round ***
  $ ip -n a neigh show nud all | sort
  $ mk 0 delay
  $ ip -n a -s neigh flush
  Flush requires arguments.
  [1]
  $ ip -n a neigh show nud all | sort
  10.0.0.10 dev a0 lladdr 02:00:00:00:00:10 PERMANENT 
  10.0.0.11 dev a0 lladdr 02:00:00:00:00:11 REACHABLE 
  10.0.0.12 dev a0 FAILED 
  10.0.0.13 dev a0 lladdr 02:00:00:00:00:13 NOARP 
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 PROBE 
  10.0.0.3 dev a0 lladdr 02:00:00:00:00:03 PROBE 
  10.0.0.4 dev a0 lladdr 02:00:00:00:00:04 PROBE 
  10.0.0.5 dev a0 lladdr 02:00:00:00:00:05 PROBE 
  10.0.0.6 dev a0 lladdr 02:00:00:00:00:06 PROBE 
  $ ip -n a neigh flush nud bogus
  Error: argument "bogus" is wrong: nud state is bad
  [255]
  $ ip -n a neigh flush to 10.0.0.0/33
  Error: any valid prefix is expected rather than "10.0.0.0/33".
  [1]
  $ ip -n a neigh flush dev a0 dev a1
  Error: duplicate "dev": "a1" is the second value.
  [255]
  $ ip -n a neigh show nud incomplete nud delay
