IPv6 neighbour entries by hand: ip -6 neigh add/replace/change/del of link-local and global addresses with states, router and proxy entries, get, show filters by prefix and state, flush, the entries' place beside the ARP ones in ip neigh show, and the errors of a family mismatch or a bad address.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ sysctl -qw net.ipv6.conf.b0.disable_ipv6=1
  $ ip link set a0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip -6 neigh add fe80::2 lladdr 02:00:00:00:00:02 dev a0
  $ ip -6 neigh add 2001:db8::2 lladdr 02:00:00:00:00:22 dev a0 nud stale router
  $ ip -6 neigh add 2001:db8::3 lladdr 02:00:00:00:00:33 dev a0 nud noarp
  $ ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev a0
  $ ip -6 neigh show | sort
  2001:db8::2 dev a0 lladdr 02:00:00:00:00:22 router STALE 
  fe80::2 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  $ ip neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  2001:db8::2 dev a0 lladdr 02:00:00:00:00:22 router STALE 
  fe80::2 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  $ ip -4 neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  $ ip -6 neigh show nud noarp
  2001:db8::3 dev a0 lladdr 02:00:00:00:00:33 NOARP 
  $ ip -6 neigh show 2001:db8::/32 | sort
  2001:db8::2 dev a0 lladdr 02:00:00:00:00:22 router STALE 
  $ ip -6 neigh show to fe80::/64
  fe80::2 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  $ ip -6 neigh get 2001:db8::2 dev a0
  2001:db8::2 dev a0 lladdr 02:00:00:00:00:22 router STALE 
  $ ip neigh get fe80::2 dev a0
  fe80::2 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  $ ip -6 neigh get 2001:db8::9 dev a0
  Error: Neighbour entry not found.
  [2]
  $ ip -6 neigh add fe80::2 lladdr 02:00:00:00:00:99 dev a0
  RTNETLINK answers: File exists
  [2]
  $ ip -6 neigh replace fe80::2 lladdr 02:00:00:00:00:99 dev a0 nud reachable
  $ ip -6 neigh change 2001:db8::2 dev a0 nud permanent
  $ ip -6 neigh show dev a0 | sort
  2001:db8::2 lladdr 02:00:00:00:00:22 PERMANENT 
  fe80::2 lladdr 02:00:00:00:00:99 REACHABLE 
  $ ip -6 neigh change 2001:db8::9 lladdr 02:00:00:00:00:09 dev a0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -6 neigh del 2001:db8::3 dev a0
  $ ip -6 neigh del 2001:db8::3 dev a0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -6 neigh add proxy 2001:db8::50 dev a0
  $ ip neigh show proxy
  2001:db8::50 dev a0 proxy 
  $ ip -6 neigh show proxy
  2001:db8::50 dev a0 proxy 
  $ ip -4 neigh show proxy
  $ ip -6 neigh del proxy 2001:db8::50 dev a0
  $ ip -6 neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev a0
  Error: inet6 address is expected rather than "10.0.0.5".
  [1]
  $ ip -4 neigh add fe80::5 lladdr 02:00:00:00:00:05 dev a0
  Error: inet address is expected rather than "fe80::5".
  [1]
  $ ip -6 neigh add fe80::zz lladdr 02:00:00:00:00:05 dev a0
  Error: inet6 address is expected rather than "fe80::zz".
  [1]
  $ ip -6 neigh add fe80::5 lladdr 02:00:00:00:00:05 dev b0
  Error: IPv6 is disabled on this device.
  [2]
  $ ip -s -6 neigh show 2001:db8::2
  2001:db8::2 dev a0 lladdr 02:00:00:00:00:22  used *probes 0 PERMANENT  (glob)
  $ ip -6 neigh flush dev a0
  $ ip -6 neigh show dev a0 | sort
  2001:db8::2 lladdr 02:00:00:00:00:22 PERMANENT 
  $ ip -6 neigh flush all nud all
  $ ip -6 neigh show nud all | grep -v ff02 | sort
  $ ip link set a0 down
  $ ip neigh show nud all | sort
