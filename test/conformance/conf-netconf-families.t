ip netconf for families other than inet and inet6: mpls (no MPLS in the reference kernel's build), bridge, link and an unknown family name; show keywords and prefixes (lst, list, sh), a device given twice.
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name x0 address 02:00:00:00:00:02
  $ ip -M netconf; echo rc=$?
  rc=0
  $ ip -f mpls netconf show dev h0; echo rc=$?
  rc=0
  $ ip -f bridge netconf; echo rc=$?
  rc=0
  $ ip -f bridge netconf show dev h0; echo rc=$?
  rc=0
  $ ip -f link netconf; echo rc=$?
  rc=0
  $ ip -f nosuch netconf; echo rc=$?
  Error: argument "nosuch" is wrong: invalid protocol family
  rc=255
  $ ip -4 netconf lst dev h0; echo rc=$?
  inet h0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc=0
  $ ip -4 netconf sh dev h0; echo rc=$?
  inet h0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc=0
  $ ip -4 netconf s dev h0; echo rc=$?
  inet h0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc=0
  $ ip -4 netconf l dev h0; echo rc=$?
  inet h0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc=0
  $ ip -4 netconf show dev h0 dev x0; echo rc=$?
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc=0
  $ ip -4 netconf show dev lo | cat
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -4 -j netconf | head -c 80; echo
  [{"family":"inet","interface":"lo","forwarding":false,"rp_filter":"off","mc_forw
  $ ip -6 -j netconf show dev h0
  inet6 h0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -4 netconf show dev all; echo rc=$?
  Device "all" does not exist.
  rc=1
  $ ip -4 netconf show dev default; echo rc=$?
  Device "default" does not exist.
  rc=1
  $ ip -4 -o netconf show dev h0; echo rc=$?
  inet h0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc=0
  $ ip -f help netconf; echo rc=$?
  Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
         ip [ -force ] -batch filename
  where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |
                     link | macsec | maddress | monitor | mptcp | mroute | mrule |
                     neighbor | neighbour | netconf | netns | nexthop | ntable |
                     ntbl | route | rule | sr | tap | tcpmetrics |
                     token | tunnel | tuntap | vrf | xfrm }
         OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                      -h[uman-readable] | -iec | -j[son] | -p[retty] |
                      -f[amily] { inet | inet6 | mpls | bridge | link } |
                      -4 | -6 | -M | -B | -0 |
                      -l[oops] { maximum-addr-flush-attempts } | -br[ief] |
                      -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |
                      -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |
                      -c[olor]}
  rc=255
  $ ip -M -4 netconf show dev h0; echo rc=$?
  inet h0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc=0
  $ ip -4 -M netconf show dev h0; echo rc=$?
  rc=0
  $ ip -M -j netconf; echo rc=$?
  []
  rc=0
