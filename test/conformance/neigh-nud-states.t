ip neigh: add states permanent/noarp/reachable/stale/none/incomplete, proxy entries, flush by state, show filters, errors.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:22 dev a0
  $ ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:33 dev a0 nud noarp
  $ ip neigh add 10.0.0.4 lladdr 02:00:00:00:00:44 dev a0 nud reachable
  $ ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:55 dev a0 nud stale
  $ ip neigh add 10.0.0.6 dev a0 nud none
  $ ip neigh add 10.0.0.7 dev a0 nud incomplete
  $ ip neigh add 10.0.0.8 lladdr 02:00:00:00:00:88 dev a0 nud delay
  $ ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:99 dev a0 nud probe
  $ ip neigh add 10.0.0.10 lladdr 02:00:00:00:00:aa dev a0 nud failed
  $ ip neigh show dev a0 | sort
  10.0.0.10 FAILED 
  10.0.0.2 lladdr 02:00:00:00:00:22 PERMANENT 
  10.0.0.4 lladdr 02:00:00:00:00:44 REACHABLE 
  10.0.0.5 lladdr 02:00:00:00:00:55 STALE 
  10.0.0.7 INCOMPLETE 
  10.0.0.8 lladdr 02:00:00:00:00:88 PROBE 
  10.0.0.9 lladdr 02:00:00:00:00:99 PROBE 
  $ ip neigh show nud permanent
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:22 PERMANENT 
  $ ip neigh show nud noarp
  10.0.0.3 dev a0 lladdr 02:00:00:00:00:33 NOARP 
  ff02::16 dev a0 lladdr 33:33:00:00:00:16 NOARP 
  ff02::16 dev b0 lladdr 33:33:00:00:00:16 NOARP 
  $ ip neigh show nud all | sort
  10.0.0.10 dev a0 FAILED 
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:22 PERMANENT 
  10.0.0.3 dev a0 lladdr 02:00:00:00:00:33 NOARP 
  10.0.0.4 dev a0 lladdr 02:00:00:00:00:44 REACHABLE 
  10.0.0.5 dev a0 lladdr 02:00:00:00:00:55 STALE 
  10.0.0.6 dev a0 
  10.0.0.7 dev a0 INCOMPLETE 
  10.0.0.8 dev a0 lladdr 02:00:00:00:00:88 PROBE 
  10.0.0.9 dev a0 lladdr 02:00:00:00:00:99 PROBE 
  ff02::16 dev a0 lladdr 33:33:00:00:00:16 NOARP 
  ff02::16 dev b0 lladdr 33:33:00:00:00:16 NOARP 
  $ ip neigh show nud stale
  10.0.0.5 dev a0 lladdr 02:00:00:00:00:55 STALE 
  $ ip neigh show nud reachable
  10.0.0.4 dev a0 lladdr 02:00:00:00:00:44 REACHABLE 
  $ ip -j neigh show 10.0.0.2
  [{"dst":"10.0.0.2","dev":"a0","lladdr":"02:00:00:00:00:22","state":["PERMANENT"]}]
  $ ip -j -p neigh show 10.0.0.3
  [ ]
  $ ip -s neigh show 10.0.0.2
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:22  used *probes 0 PERMANENT  (glob)
  $ ip neigh show to 10.0.0.0/30 | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:22 PERMANENT 
  $ ip neigh show 10.0.0.5 dev a0
  10.0.0.5 lladdr 02:00:00:00:00:55 STALE 
  $ ip neigh add proxy 10.0.0.50 dev a0
  $ ip neigh add proxy 10.0.0.51 dev a0
  $ ip neigh show proxy
  10.0.0.51 dev a0 proxy 
  10.0.0.50 dev a0 proxy 
  $ ip -j neigh show proxy
  [{"dst":"10.0.0.51","dev":"a0","proxy":null},{"dst":"10.0.0.50","dev":"a0","proxy":null}]
  $ ip neigh del proxy 10.0.0.51 dev a0
  $ ip neigh show proxy
  10.0.0.50 dev a0 proxy 
  $ ip neigh del proxy 10.0.0.51 dev a0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip neigh add proxy 10.0.0.52
  $ ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:22 dev a0
  RTNETLINK answers: File exists
  [2]
  $ ip neigh add 10.0.0.20 lladdr 02:00:00:00:00:22
  Device and destination are required arguments.
  [255]
  $ ip neigh add 10.0.0.20 lladdr 02:00 dev a0
  Error: Invalid link address.
  [2]
  $ ip neigh add 10.0.0.20 lladdr 02:00:00:00:00:22 dev a0 nud bogus
  Error: argument "bogus" is wrong: nud state is bad
  [255]
  $ ip neigh add 10.0.0.20 lladdr 02:00:00:00:00:22 dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip neigh del 10.0.0.99 dev a0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip neigh change 10.0.0.99 lladdr 02:00:00:00:00:22 dev a0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip neigh replace 10.0.0.99 lladdr 02:00:00:00:00:23 dev a0
  $ ip neigh show 10.0.0.99
  10.0.0.99 dev a0 lladdr 02:00:00:00:00:23 PERMANENT 
  $ ip neigh flush dev a0 nud stale
  $ ip neigh show dev a0 | sort
  10.0.0.10 FAILED 
  10.0.0.2 lladdr 02:00:00:00:00:22 PERMANENT 
  10.0.0.4 lladdr 02:00:00:00:00:44 REACHABLE 
  10.0.0.7 INCOMPLETE 
  10.0.0.8 lladdr 02:00:00:00:00:88 PROBE 
  10.0.0.9 lladdr 02:00:00:00:00:99 PROBE 
  10.0.0.99 lladdr 02:00:00:00:00:23 PERMANENT 
  $ ip -s neigh flush dev a0 nud permanent
  
  *** Round 1, deleting 2 entries ***
  *** Flush is complete after 1 round ***
  $ ip neigh show dev a0 | sort
  10.0.0.10 FAILED 
  10.0.0.4 lladdr 02:00:00:00:00:44 REACHABLE 
  10.0.0.7 INCOMPLETE 
  10.0.0.8 lladdr 02:00:00:00:00:88 PROBE 
  10.0.0.9 lladdr 02:00:00:00:00:99 PROBE 
  $ ip neigh flush all
  $ ip neigh show | sort
  $ ip neigh flush
  Flush requires arguments.
  [1]
  $ ip neigh show proxy
  10.0.0.50 dev a0 proxy 
  10.0.0.52 proxy 
