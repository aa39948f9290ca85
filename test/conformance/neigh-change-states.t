ip neigh change/replace between states, router flag, and -s statistics of static entries; entries after a device goes down.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:22 dev a0 nud reachable
  $ ip neigh change 10.0.0.2 lladdr 02:00:00:00:00:23 dev a0 nud stale
  $ ip neigh show 10.0.0.2
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:23 STALE 
  $ ip neigh replace 10.0.0.2 lladdr 02:00:00:00:00:24 dev a0 nud permanent router
  $ ip neigh show 10.0.0.2
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:24 router PERMANENT 
  $ ip -j neigh show 10.0.0.2
  [{"dst":"10.0.0.2","dev":"a0","lladdr":"02:00:00:00:00:24","router":null,"state":["PERMANENT"]}]
  $ ip neigh change 10.0.0.2 dev a0 nud noarp
  $ ip neigh show 10.0.0.2
  $ ip neigh change 10.0.0.2 lladdr 02:00:00:00:00:25 dev a0
  $ ip neigh show 10.0.0.2
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:25 PERMANENT 
  $ ip neigh replace 10.0.0.3 dev a0 lladdr 02:00:00:00:00:33
  $ ip neigh show 10.0.0.3
  10.0.0.3 dev a0 lladdr 02:00:00:00:00:33 PERMANENT 
  $ ip neigh replace 10.0.0.3 dev a0 nud failed
  $ ip neigh show 10.0.0.3
  10.0.0.3 dev a0 FAILED 
  $ ip -s neigh show 10.0.0.3
  10.0.0.3 dev a0  used *probes 0 FAILED  (glob)
  $ ip neigh add 10.0.0.4 dev a0
  Error: No link layer address given.
  [2]
  $ ip neigh show 10.0.0.4
  $ ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:55 dev b0
  $ ip neigh show dev b0
  10.0.0.5 lladdr 02:00:00:00:00:55 PERMANENT 
  $ ip link set a0 down
  $ ip neigh show dev a0 | sort
  $ ip neigh show nud all dev a0 | sort
  $ ip link set a0 up
  $ ip neigh show dev a0 | sort
  $ ip link set b0 down; ip link del b0
  $ ip neigh show dev b0
  Cannot find device "b0"
  [1]
  $ ip neigh show
