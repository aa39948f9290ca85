ip neigh: add/change/replace/del, states, proxy entries and errors.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev a0
  $ ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev a0
  RTNETLINK answers: File exists
  [2]
  $ ip neigh add 10.0.0.6 lladdr 02:00:00:00:00:06 dev a0 nud reachable
  $ ip neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev a0 nud stale
  $ ip neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev a0 nud noarp
  $ ip neigh add 10.0.0.9 dev a0 nud incomplete
  $ ip neigh add 10.0.0.10 lladdr 02:00:00:00:00:0a dev a0 nud bogus
  Error: argument "bogus" is wrong: nud state is bad
  [255]
  $ ip neigh add 10.0.0.11 lladdr zz:00 dev a0
  "zz" is invalid lladdr.
  [1]
  $ ip neigh add 10.0.0.12 lladdr 02:00:00:00:00:0c dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip neigh add 10.0.0.12 lladdr 02:00:00:00:00:0c
  Device and destination are required arguments.
  [255]
  $ ip neigh show dev a0 | sort
  10.0.0.5 lladdr 02:00:00:00:00:05 PERMANENT 
  10.0.0.6 lladdr 02:00:00:00:00:06 REACHABLE 
  10.0.0.7 lladdr 02:00:00:00:00:07 STALE 
  10.0.0.9 INCOMPLETE 
  $ ip neigh show nud permanent
  10.0.0.5 dev a0 lladdr 02:00:00:00:00:05 PERMANENT 
  $ ip neigh show nud stale
  10.0.0.7 dev a0 lladdr 02:00:00:00:00:07 STALE 
  $ ip neigh show nud noarp
  10.0.0.8 dev a0 lladdr 02:00:00:00:00:08 NOARP 
  $ ip neigh show nud all dev a0 | sort
  10.0.0.5 lladdr 02:00:00:00:00:05 PERMANENT 
  10.0.0.6 lladdr 02:00:00:00:00:06 REACHABLE 
  10.0.0.7 lladdr 02:00:00:00:00:07 STALE 
  10.0.0.8 lladdr 02:00:00:00:00:08 NOARP 
  10.0.0.9 INCOMPLETE 
  $ ip neigh change 10.0.0.5 lladdr 02:00:00:00:00:55 dev a0
  $ ip neigh change 10.0.0.50 lladdr 02:00:00:00:00:55 dev a0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip neigh replace 10.0.0.51 lladdr 02:00:00:00:00:51 dev a0
  $ ip neigh show 10.0.0.5
  10.0.0.5 dev a0 lladdr 02:00:00:00:00:55 PERMANENT 
  $ ip neigh show 10.0.0.51
  10.0.0.51 dev a0 lladdr 02:00:00:00:00:51 PERMANENT 
  $ ip neigh del 10.0.0.51 dev a0
  $ ip neigh del 10.0.0.51 dev a0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip neigh del 10.0.0.52
  Device and destination are required arguments.
  [255]
  $ ip neigh add proxy 10.0.0.100 dev a0
  $ ip neigh add proxy 10.0.0.100 dev a0
  $ ip neigh show proxy
  10.0.0.100 dev a0 proxy 
  $ ip neigh del proxy 10.0.0.100 dev a0
  $ ip neigh show proxy
  $ ip -o neigh show 10.0.0.6
  10.0.0.6 dev a0 lladdr 02:00:00:00:00:06 REACHABLE 
  $ ip -j neigh show 10.0.0.8
  []
  $ ip neigh flush dev a0 nud stale
  $ ip neigh show dev a0 | sort
  10.0.0.5 lladdr 02:00:00:00:00:55 PERMANENT 
  10.0.0.6 lladdr 02:00:00:00:00:06 REACHABLE 
  10.0.0.9 INCOMPLETE 
  $ ip neigh flush all
  $ ip neigh show dev a0 | sort
  10.0.0.5 lladdr 02:00:00:00:00:55 PERMANENT 
