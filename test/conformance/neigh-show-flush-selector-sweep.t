ip neigh show and flush with every selector (nud values, proxy, to prefixes, dev, master, unused, proto, flags) in a loop over a mixed table.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip link add br0 type bridge; ip link set y0 master br0
  $ ip link set x0 up; ip link set y0 up; ip link set br0 up
  $ ip addr add 10.0.0.1/24 dev x0; ip addr add 10.0.1.1/24 dev br0
  $ ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev x0
  $ ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev x0 nud stale
  $ ip neigh add 10.0.0.4 lladdr 02:00:00:00:00:04 dev x0 nud reachable router
  $ ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev x0 nud noarp protocol 7
  $ ip neigh add 10.0.0.6 dev x0 nud incomplete
  $ ip neigh add 10.0.1.2 lladdr 02:00:00:00:01:02 dev br0 nud stale extern_learn
  $ ip neigh add proxy 10.0.0.50 dev x0; ip neigh add proxy 10.0.1.50 dev br0
  $ for s in "" "nud all" "nud none" "nud permanent" "nud stale" "nud reachable" "nud noarp" "nud incomplete" "nud failed" "nud delay" "nud probe" "nud 0x80" "nud bad" "nud stale nud permanent" "proxy" "proxy dev x0" "to 10.0.0.0/24" "to 10.0.0.4" "to 10.0.0.0/30" "10.0.0.0/29" "to bad" "dev x0" "dev nodev" "master br0" "master x0" "nomaster" "vrf br0" "unused" "proto 7" "proto bad" "router" "extern_learn" "-s" "nud all dev br0"; do echo "== $s"; ip neigh show $s 2>&1 | grep -v '^fe80\|^ff0\|^224\.' | sort -V; echo "rc ${PIPESTATUS[0]}"; done
  == 
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:04 router REACHABLE 
  10.0.0.6 dev x0 INCOMPLETE 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  rc 0
  == nud all
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:04 router REACHABLE 
  10.0.0.5 dev x0 lladdr 02:00:00:00:00:05 NOARP proto 7 
  10.0.0.6 dev x0 INCOMPLETE 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  rc 0
  == nud none
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  rc 0
  == nud permanent
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  rc 0
  == nud stale
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  rc 0
  == nud reachable
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:04 router REACHABLE 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  rc 0
  == nud noarp
  10.0.0.5 dev x0 lladdr 02:00:00:00:00:05 NOARP proto 7 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  rc 0
  == nud incomplete
  10.0.0.6 dev x0 INCOMPLETE 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  rc 0
  == nud failed
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  rc 0
  == nud delay
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  rc 0
  == nud probe
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  rc 0
  == nud 0x80
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  rc 0
  == nud bad
  Error: argument "bad" is wrong: nud state is bad
  rc 255
  == nud stale nud permanent
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  rc 0
  == proxy
  10.0.0.50 dev x0 proxy 
  10.0.1.50 dev br0 proxy 
  rc 0
  == proxy dev x0
  10.0.0.50 proxy 
  rc 0
  == to 10.0.0.0/24
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:04 router REACHABLE 
  10.0.0.6 dev x0 INCOMPLETE 
  rc 0
  == to 10.0.0.4
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:04 router REACHABLE 
  rc 0
  == to 10.0.0.0/30
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  rc 0
  == 10.0.0.0/29
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:04 router REACHABLE 
  10.0.0.6 dev x0 INCOMPLETE 
  rc 0
  == to bad
  Error: any valid prefix is expected rather than "bad".
  rc 1
  == dev x0
  10.0.0.2 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.3 lladdr 02:00:00:00:00:03 STALE 
  10.0.0.4 lladdr 02:00:00:00:00:04 router REACHABLE 
  10.0.0.6 INCOMPLETE 
  rc 0
  == dev nodev
  Cannot find device "nodev"
  rc 1
  == master br0
  rc 0
  == master x0
  rc 0
  == nomaster
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  10.0.0.4 dev x0 lladdr 02:00:00:00:00:04 router REACHABLE 
  10.0.0.6 dev x0 INCOMPLETE 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  rc 0
  == vrf br0
  
  Error: argument "br0" is wrong: Not a valid VRF name
  rc 255
  == unused
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  10.0.0.6 dev x0 INCOMPLETE 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  rc 0
  == proto 7
  rc 0
  == proto bad
  
  Error: argument "bad" is wrong: invalid "protocol"
  rc 255
  == router
  Error: any valid prefix is expected rather than "router".
  rc 1
  == extern_learn
  Error: any valid prefix is expected rather than "extern_learn".
  rc 1
  == -s
  Error: any valid prefix is expected rather than "-s".
  rc 1
  == nud all dev br0
  10.0.1.2 lladdr 02:00:00:00:01:02 extern_learn STALE 
  rc 0
  $ for s in "dev x0 nud reachable" "to 10.0.0.2" "dev x0 router" "dev x0 proto 7" "proxy" "nud stale" "dev nodev" "bad" "all"; do echo "== $s"; ip neigh flush $s; echo "rc $?"; ip neigh show nud all | grep -v '^fe80\|^ff0\|^224\.' | sort -V; done 2>&1
  == dev x0 nud reachable
  rc 0
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  10.0.0.5 dev x0 lladdr 02:00:00:00:00:05 NOARP proto 7 
  10.0.0.6 dev x0 INCOMPLETE 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  == to 10.0.0.2
  rc 0
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  10.0.0.5 dev x0 lladdr 02:00:00:00:00:05 NOARP proto 7 
  10.0.0.6 dev x0 INCOMPLETE 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  == dev x0 router
  Error: any valid prefix is expected rather than "router".
  rc 1
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  10.0.0.5 dev x0 lladdr 02:00:00:00:00:05 NOARP proto 7 
  10.0.0.6 dev x0 INCOMPLETE 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  == dev x0 proto 7
  rc 0
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  10.0.0.5 dev x0 lladdr 02:00:00:00:00:05 NOARP proto 7 
  10.0.0.6 dev x0 INCOMPLETE 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  == proxy
  rc 0
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 STALE 
  10.0.0.5 dev x0 lladdr 02:00:00:00:00:05 NOARP proto 7 
  10.0.0.6 dev x0 INCOMPLETE 
  10.0.1.2 dev br0 lladdr 02:00:00:00:01:02 extern_learn STALE 
  == nud stale
  rc 0
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.5 dev x0 lladdr 02:00:00:00:00:05 NOARP proto 7 
  10.0.0.6 dev x0 INCOMPLETE 
  == dev nodev
  Cannot find device "nodev"
  rc 1
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.5 dev x0 lladdr 02:00:00:00:00:05 NOARP proto 7 
  10.0.0.6 dev x0 INCOMPLETE 
  == bad
  Error: any valid prefix is expected rather than "bad".
  rc 1
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.5 dev x0 lladdr 02:00:00:00:00:05 NOARP proto 7 
  10.0.0.6 dev x0 INCOMPLETE 
  == all
  rc 0
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.5 dev x0 lladdr 02:00:00:00:00:05 NOARP proto 7 
