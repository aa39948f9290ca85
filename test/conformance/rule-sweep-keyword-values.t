ip rule add/del and ip nexthop add: every keyword at the end of the line (missing value) and with a garbage value, iproute2's messages and exit codes.
  $ ip link set lo up
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ for k in from to tos dsfield fwmark realms table lookup goto priority pref order iif oif l3mdev uidrange sport dport ipproto protocol proto suppress_prefixlength suppress_ifgroup nat map-to type not prohibit blackhole unreachable nop flowlabel; do echo "== $k"; ip rule add pref 5 $k 2>&1; echo $?; ip rule add pref 6 $k zz9 2>&1; echo $?; ip rule del $k zz9 2>&1; echo $?; ip rule del pref 5 2>/dev/null; ip rule del pref 6 2>/dev/null; done
  == from
  Command line is not complete. Try option "help"
  255
  Error: any valid prefix is expected rather than "zz9".
  1
  Error: any valid prefix is expected rather than "zz9".
  1
  == to
  Command line is not complete. Try option "help"
  255
  Error: any valid prefix is expected rather than "zz9".
  1
  Error: any valid prefix is expected rather than "zz9".
  1
  == tos
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: TOS value is invalid
  
  255
  Error: argument "zz9" is wrong: TOS value is invalid
  
  255
  == dsfield
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: TOS value is invalid
  
  255
  Error: argument "zz9" is wrong: TOS value is invalid
  
  255
  == fwmark
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: fwmark value is invalid
  
  255
  Error: argument "zz9" is wrong: fwmark value is invalid
  
  255
  == realms
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: invalid realms
  
  255
  Error: argument "zz9" is wrong: invalid realms
  
  255
  == table
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: invalid table ID
  
  255
  Error: argument "zz9" is wrong: invalid table ID
  
  255
  == lookup
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: invalid table ID
  
  255
  Error: argument "zz9" is wrong: invalid table ID
  
  255
  == goto
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: invalid target
  
  255
  Error: argument "zz9" is wrong: invalid target
  
  255
  == priority
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: preference value is invalid
  
  255
  Error: argument "zz9" is wrong: preference value is invalid
  
  255
  == pref
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: preference value is invalid
  
  255
  Error: argument "zz9" is wrong: preference value is invalid
  
  255
  == order
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: preference value is invalid
  
  255
  Error: argument "zz9" is wrong: preference value is invalid
  
  255
  == iif
  Command line is not complete. Try option "help"
  255
  0
  0
  == oif
  Command line is not complete. Try option "help"
  255
  0
  0
  == l3mdev
  0
  Error: argument "zz9" is wrong: Failed to parse rule type
  255
  Error: argument "zz9" is wrong: Failed to parse rule type
  255
  == uidrange
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: invalid UID range
  
  255
  Error: argument "zz9" is wrong: invalid UID range
  
  255
  == sport
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: invalid port range
  
  255
  Error: argument "zz9" is wrong: invalid port range
  
  255
  == dport
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: invalid dport range
  
  255
  Error: argument "zz9" is wrong: invalid dport range
  
  255
  == ipproto
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: Invalid "ipproto" value
  
  255
  Error: argument "zz9" is wrong: Invalid "ipproto" value
  
  255
  == protocol
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "protocol" value is invalid
  
  255
  Error: argument "zz9" is wrong: "protocol" value is invalid
  
  255
  == proto
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "protocol" value is invalid
  
  255
  Error: argument "zz9" is wrong: "protocol" value is invalid
  
  255
  == suppress_prefixlength
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: suppress_prefixlength value is invalid
  
  255
  Error: argument "zz9" is wrong: suppress_prefixlength value is invalid
  
  255
  == suppress_ifgroup
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: Invalid "suppress_ifgroup" value
  
  255
  Error: argument "zz9" is wrong: Invalid "suppress_ifgroup" value
  
  255
  == nat
  Command line is not complete. Try option "help"
  255
  Warning: route NAT is deprecated
  Error: an IP address is expected rather than "zz9"
  1
  Warning: route NAT is deprecated
  Error: an IP address is expected rather than "zz9"
  1
  == map-to
  Command line is not complete. Try option "help"
  255
  Warning: route NAT is deprecated
  Error: an IP address is expected rather than "zz9"
  1
  Warning: route NAT is deprecated
  Error: an IP address is expected rather than "zz9"
  1
  == type
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: Failed to parse rule type
  255
  Error: argument "zz9" is wrong: Failed to parse rule type
  255
  == not
  0
  Error: argument "zz9" is wrong: Failed to parse rule type
  255
  Error: argument "zz9" is wrong: Failed to parse rule type
  255
  == prohibit
  0
  Error: argument "zz9" is wrong: Failed to parse rule type
  255
  Error: argument "zz9" is wrong: Failed to parse rule type
  255
  == blackhole
  0
  Error: argument "zz9" is wrong: Failed to parse rule type
  255
  Error: argument "zz9" is wrong: Failed to parse rule type
  255
  == unreachable
  0
  Error: argument "zz9" is wrong: Failed to parse rule type
  255
  Error: argument "zz9" is wrong: Failed to parse rule type
  255
  == nop
  0
  Error: argument "zz9" is wrong: Failed to parse rule type
  255
  Error: argument "zz9" is wrong: Failed to parse rule type
  255
  == flowlabel
  Error: argument "flowlabel" is wrong: Failed to parse rule type
  255
  Error: argument "flowlabel" is wrong: Failed to parse rule type
  255
  Error: argument "flowlabel" is wrong: Failed to parse rule type
  255
  [2]
  $ for k in id dev via blackhole fdb onlink group type protocol proto encap bogus; do echo "== $k"; ip nexthop add id 5 $k 2>&1; echo $?; ip nexthop add id 6 $k zz9 2>&1; echo $?; ip nexthop flush >/dev/null 2>&1; done
  == id
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: invalid id value
  255
  == dev
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: Device does not exist
  
  255
  == via
  Command line is not complete. Try option "help"
  255
  Error: any valid address is expected rather than "zz9".
  1
  == blackhole
  0
  Error: argument "zz9" is wrong: 
  255
  == fdb
  Error: Invalid address family.
  2
  Error: argument "zz9" is wrong: 
  255
  == onlink
  Error: Invalid address family.
  2
  Error: argument "zz9" is wrong: 
  255
  == group
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "group" value is invalid
  
  255
  == type
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "type" value is invalid
  
  255
  == protocol
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "protocol" value is invalid
  
  255
  == proto
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "protocol" value is invalid
  
  255
  == encap
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "encap type" value is invalid
  
  255
  == bogus
  Error: argument "bogus" is wrong: 
  255
  Error: argument "bogus" is wrong: 
  255
  $ ip rule show
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
