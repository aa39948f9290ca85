ip neigh argument forms a user tries: abbreviations (n, neigh, neighbour, a, s, del), lladdr spellings, nud names in any case, the use/managed/extern_learn/router flags together, get of a proxy entry, show nomaster, -s -s, -br, flush with several selectors, and the errors of each.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip link add br0 type bridge; ip link set y0 master br0
  $ ip link set x0 up; ip link set y0 up; ip link set br0 up
  $ ip addr add 10.0.0.1/24 dev x0
  $ ip n a 10.0.0.2 lladdr 2:0:0:0:0:2 dev x0
  $ ip neighbour add 10.0.0.3 lladdr 02-00-00-00-00-03 dev x0
  Error: Invalid link address.
  [2]
  $ ip neigh add 10.0.0.4 lladdr 0200.0000.0004 dev x0
  Error: Invalid link address.
  [2]
  $ ip neigh add 10.0.0.5 lladdr 020000000005 dev x0
  Error: Invalid link address.
  [2]
  $ ip neigh add 10.0.0.6 lladdr 02:00:00:00:00:06 dev x0 nud REACHABLE
  Error: argument "REACHABLE" is wrong: nud state is bad
  [255]
  $ ip neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev x0 nud Stale router extern_learn
  Error: argument "Stale" is wrong: nud state is bad
  [255]
  $ ip neigh add 10.0.0.8 dev x0 managed
  $ ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev x0 use
  $ ip neigh add 10.0.1.1 lladdr 02:00:00:00:01:01 dev br0 nud stale
  $ ip neigh add proxy 10.0.0.77 dev x0
  $ ip n s dev x0 | sort
  10.0.0.2 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.8 managed INCOMPLETE 
  10.0.0.9 INCOMPLETE 
  $ ip neigh show nomaster nud all | grep -v '^fe80\|^ff02' | sort
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.8 dev x0 managed INCOMPLETE 
  10.0.0.9 dev x0 INCOMPLETE 
  10.0.1.1 dev br0 lladdr 02:00:00:00:01:01 STALE 
  224.0.0.22 dev br0 lladdr 01:00:5e:00:00:16 NOARP 
  $ ip neigh get proxy 10.0.0.77 dev x0
  10.0.0.77 dev x0 proxy 
  $ ip neigh get 10.0.0.77 dev x0
  Error: Neighbour entry not found.
  [2]
  $ ip neigh get 10.0.0.7 dev x0
  Error: Neighbour entry not found.
  [2]
  $ ip -s -s neigh show 10.0.0.2 | sed -E 's/used [0-9/]+/used X/'
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02  used Xprobes 0 PERMANENT 
  $ ip -br neigh show dev x0 2>&1 | sort | head -3
  10.0.0.2                                02:00:00:00:00:02
  10.0.0.8                                
  10.0.0.9                                
  $ ip neigh flush dev x0 nud stale nud reachable; ip neigh show dev x0 | sort
  10.0.0.2 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.8 managed INCOMPLETE 
  10.0.0.9 INCOMPLETE 
  $ ip neigh flush to 10.0.0.0/29 dev x0 nud permanent; ip -4 neigh show dev x0 nud all | sort
  10.0.0.8 managed INCOMPLETE 
  10.0.0.9 INCOMPLETE 
  $ ip neigh add 10.0.0.12 lladdr 02:00:00:00:00:0g dev x0
  $ ip neigh add 10.0.0.12 lladdr 02:00:00:00:00:00:00 dev x0
  RTNETLINK answers: File exists
  [2]
  $ ip neigh add 10.0.0.12 lladdr 02:00:00:00:00:12 dev x0 nud bogus
  Error: argument "bogus" is wrong: nud state is bad
  [255]
  $ ip neigh add 10.0.0.12 lladdr 02:00:00:00:00:12 dev x0 router managed nud permanent
  RTNETLINK answers: File exists
  [2]
  $ ip neigh add 10.0.0.12 lladdr 02:00:00:00:00:12
  Device and destination are required arguments.
  [255]
  $ ip neigh add 10.0.0.12 lladdr 02:00:00:00:00:12 dev x0 protocol bogus
  Error: argument "bogus" is wrong: "protocol" value is invalid
  [255]
  $ ip neigh get 10.0.0.12
  Device and address are required arguments.
  [1]
  $ ip neigh get proxy 10.0.0.78 dev x0
  Error: Proxy neighbour entry not found.
  [2]
  $ ip neigh del 10.0.0.77 dev x0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip neigh del proxy 10.0.0.77 dev x0; ip neigh show proxy
