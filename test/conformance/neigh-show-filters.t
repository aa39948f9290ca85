ip neigh show selectors combined: several nud states at once, nud all/none, dev, to prefix, proxy, router, unused, master of a bridge, protocol, -o and -j output of the same entries, and selector errors.
  $ ip netns add x
  $ ip -n x link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip -n x link add br0 address 02:00:00:00:00:0b type bridge
  $ ip -n x link set y0 master br0
  $ for d in x0 y0 br0; do ip -n x link set $d up; done
  $ ip -n x addr add 10.0.0.1/24 dev x0
  $ ip -n x addr add 10.0.1.1/24 dev br0
  $ ip -n x neigh add 10.0.0.2 lladdr 02:00:00:00:00:22 dev x0
  $ ip -n x neigh add 10.0.0.3 lladdr 02:00:00:00:00:33 dev x0 nud reachable router
  $ ip -n x neigh add 10.0.0.4 lladdr 02:00:00:00:00:44 dev x0 nud stale protocol boot
  $ ip -n x neigh add 10.0.0.5 dev x0 nud noarp
  Error: No link layer address given.
  [2]
  $ ip -n x neigh add 10.0.0.6 lladdr 02:00:00:00:00:66 dev x0 nud noarp protocol 99
  $ ip -n x neigh add 10.0.1.2 lladdr 02:00:00:00:01:22 dev br0 nud stale
  $ ip -n x neigh add 10.0.1.3 dev br0 nud failed
  $ ip -n x neigh add proxy 10.0.0.77 dev x0
  $ ip -n x neigh add proxy 10.0.1.77 dev br0 protocol static
  $ ip -n x -4 neigh show | sort
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:22 PERMANENT 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:33 router REACHABLE 
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:44 STALE proto boot 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:22 STALE 
  10.0.1.3 dev br0 FAILED 
  $ ip -n x -4 neigh show nud all | sort
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:22 PERMANENT 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:33 router REACHABLE 
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:44 STALE proto boot 
  10.0.0.5 dev x0 
  10.0.0.6 dev x0 lladdr 02:00:00:00:00:66 NOARP proto openr 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:22 STALE 
  10.0.1.3 dev br0 FAILED 
  224.0.0.22 dev br0 lladdr 01:00:5e:00:00:16 NOARP 
  $ ip -n x -4 neigh show nud stale nud reachable | sort
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:33 router REACHABLE 
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:44 STALE proto boot 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:22 STALE 
  $ ip -n x -4 neigh show nud noarp nud failed | sort
  10.0.0.6 dev x0 lladdr 02:00:00:00:00:66 NOARP proto openr 
  10.0.1.3 dev br0 FAILED 
  224.0.0.22 dev br0 lladdr 01:00:5e:00:00:16 NOARP 
  $ ip -n x -4 neigh show nud none | sort
  10.0.0.5 dev x0 
  $ ip -n x -4 neigh show nud permanent | sort
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:22 PERMANENT 
  $ ip -n x -4 neigh show to 10.0.0.4/31 | sort
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:44 STALE proto boot 
  $ ip -n x -4 neigh show 10.0.0.0/30 nud all | sort
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:22 PERMANENT 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:33 router REACHABLE 
  $ ip -n x -4 neigh show dev br0 nud all | sort
  10.0.1.2 lladdr 02:00:00:00:01:22 STALE 
  10.0.1.3 FAILED 
  224.0.0.22 lladdr 01:00:5e:00:00:16 NOARP 
  $ ip -n x -4 neigh show master br0 nud all | sort
  $ ip -n x -4 neigh show protocol boot
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:44 STALE proto boot 
  $ ip -n x -4 neigh show protocol 99 nud all
  10.0.0.6 dev x0 lladdr 02:00:00:00:00:66 NOARP proto openr 
  $ ip -n x -4 neigh show proxy | sort
  10.0.0.77 dev x0 proxy 
  10.0.1.77 dev br0 proxy proto static 
  $ ip -n x -4 neigh show proxy dev br0
  10.0.1.77 proxy proto static 
  $ ip -n x -4 neigh show router nud all
  Error: inet prefix is expected rather than "router".
  [1]
  $ ip -n x -4 neigh show unused nud all | sort
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:22 PERMANENT 
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:44 STALE proto boot 
  10.0.0.5 dev x0 
  10.0.0.6 dev x0 lladdr 02:00:00:00:00:66 NOARP proto openr 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:22 STALE 
  10.0.1.3 dev br0 FAILED 
  224.0.0.22 dev br0 lladdr 01:00:5e:00:00:16 NOARP 
  $ ip -n x -4 -o neigh show dev x0 | sort
  10.0.0.2 lladdr 02:00:00:00:00:22 PERMANENT 
  10.0.0.3 lladdr 02:00:00:00:00:33 router REACHABLE 
  10.0.0.4 lladdr 02:00:00:00:00:44 STALE proto boot 
  $ ip -n x -4 -j neigh show 10.0.0.5 dev x0 nud all; echo; ip -n x -4 -j neigh show 10.0.0.6 nud all; echo; ip -n x -4 -j neigh show to 10.0.0.3
  [{"dst":"10.0.0.5"}]
  
  [{"dst":"10.0.0.6","dev":"x0","lladdr":"02:00:00:00:00:66","state":["NOARP"],"protocol":"openr"}]
  
  [{"dst":"10.0.0.3","dev":"x0","lladdr":"02:00:00:00:00:33","router":null,"state":["REACHABLE"]}]
  $ ip -n x -4 -j neigh show proxy dev br0
  [{"dst":"10.0.1.77","proxy":null,"protocol":"static"}]
  $ ip -n x neigh show nud bogus
  Error: argument "bogus" is wrong: nud state is bad
  [255]
  $ ip -n x neigh show dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip -n x neigh show to 10.0.0.300
  Error: any valid prefix is expected rather than "10.0.0.300".
  [1]
  $ ip -n x neigh show vrf br0
  Error: argument "br0" is wrong: Not a valid VRF name
  [255]
  $ ip -n x neigh show master x0
  $ ip -n x neigh show protocol nosuchproto
  Error: argument "nosuchproto" is wrong: invalid "protocol"
  [255]
