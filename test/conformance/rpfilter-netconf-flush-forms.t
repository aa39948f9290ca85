ip netconf's and ip route flush/show cache's argument forms around rp_filter: unknown and missing devices, all/default, abbreviations and aliases, help, an extra word, -j/-p/-o/-d/-s/-br, flush cache with selectors and -s, flush without a selector.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.1.0.1/24 dev a0
  $ sysctl -qw net.ipv4.conf.a0.rp_filter=2 net.ipv4.conf.all.rp_filter=1
  $ ip netconf show dev nosuch
  Device "nosuch" does not exist.
  [1]
  $ ip netconf show dev
  Command line is not complete. Try option "help"
  [255]
  $ ip netconf show dev all
  Device "all" does not exist.
  [1]
  $ ip netconf show dev default
  Device "default" does not exist.
  [1]
  $ ip -4 netconf show dev all
  Device "all" does not exist.
  [1]
  $ ip netconf sh dev a0
  inet a0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netconf list dev a0
  inet a0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netconf ls
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet b0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet a0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding off rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 default forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netconf help
  Usage: ip netconf show [ dev STRING ]
  [255]
  $ ip netconf show a0
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet b0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet a0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding off rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 default forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netconf show dev a0 extra
  inet a0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -j netconf show dev a0
  [{"family":"inet","interface":"a0","forwarding":false,"rp_filter":"loose","mc_forwarding":false,"proxy_neigh":false,"ignore_routes_with_linkdown":false},{"family":"inet6","interface":"a0","forwarding":false,"proxy_neigh":false,"ignore_routes_with_linkdown":false}]
  $ ip -j -p netconf show dev a0
  [ {
          "family": "inet",
          "interface": "a0",
          "forwarding": false,
          "rp_filter": "loose",
          "mc_forwarding": false,
          "proxy_neigh": false,
          "ignore_routes_with_linkdown": false
      },{
          "family": "inet6",
          "interface": "a0",
          "forwarding": false,
          "proxy_neigh": false,
          "ignore_routes_with_linkdown": false
      } ]
  $ ip -o netconf show dev a0
  inet a0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -d netconf show dev a0
  inet a0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -s netconf show dev a0
  inet a0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -br netconf show dev a0
  inet a0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -4 netconf | head -3
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet b0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet a0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip route flush cache table main
  $ ip route flush cache dev a0
  $ ip -s route flush cache
  *** IPv4 routing cache is flushed.
  $ ip route flush cached
  $ ip route flush cache 10.1.0.0/24 proto kernel
  $ ip route show cache table local
  $ ip -j -p route show cache
  [ ]
  $ ip -d -s route show cache
  $ ip route flush cache extra; echo $?
  Error: any valid prefix is expected rather than "extra".
  1
  $ ip route flush; echo $?
  "ip route flush" requires arguments.
  1
  $ ip route flush cache help 2>&1 | head -1
  Error: any valid prefix is expected rather than "help".
