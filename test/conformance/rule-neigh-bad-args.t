ip rule and ip neigh with bad or odd arguments: prefixes, priorities, fwmarks, TOS, port and uid ranges, goto targets, duplicate rules; lladdr forms, nud states, neighbours on lo, of multicast, zero and broadcast addresses, deletes of missing entries, show filters; statuses by echo $? and the lists after.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 up; ip link set b0 up; ip addr add 10.0.0.1/24 dev a0
  $ ip rule add; echo $?
  "ip rule add" requires arguments.
  1
  $ ip rule add from foo; echo $?
  Error: any valid prefix is expected rather than "foo".
  1
  $ ip rule add from 10.0.0.0/33 table 5; echo $?
  Error: any valid prefix is expected rather than "10.0.0.0/33".
  1
  $ ip rule add from 10.0.0.1/24 table 5; echo $?
  0
  $ ip rule add to 10.0.0.0/8 table 0; echo $?
  0
  $ ip rule add table 5 pref 0; echo $?
  0
  $ ip rule add table 5 pref 4294967295; echo $?
  0
  $ ip rule add table 5 pref 4294967296; echo $?
  Error: argument "4294967296" is wrong: preference value is invalid
  
  255
  $ ip rule add table 5 pref -1; echo $?
  Error: argument "-1" is wrong: preference value is invalid
  
  255
  $ ip rule add fwmark 0x1/0x1/0x1 table 5; echo $?
  Error: argument "0x1/0x1" is wrong: fwmask value is invalid
  
  255
  $ ip rule add fwmark foo table 5; echo $?
  Error: argument "foo" is wrong: fwmark value is invalid
  
  255
  $ ip rule add tos 0x1ff table 5; echo $?
  Error: argument "0x1ff" is wrong: TOS value is invalid
  
  255
  $ ip rule add tos 3 table 5; echo $?
  Error: Invalid dsfield (tos): ECN bits must be 0.
  2
  $ ip rule add dsfield 4 table 5; echo $?
  0
  $ ip rule add ipproto foo table 5; echo $?
  Error: argument "foo" is wrong: Invalid "ipproto" value
  
  255
  $ ip rule add sport 70000 table 5; echo $?
  0
  $ ip rule add sport 10-5 table 5; echo $?
  Error: Invalid sport range.
  2
  $ ip rule add dport 1-2-3 table 5; echo $?
  0
  $ ip rule add uidrange 10 table 5; echo $?
  Error: argument "10" is wrong: invalid UID range
  
  255
  $ ip rule add uidrange 10-5 table 5; echo $?
  Error: Invalid uid range.
  2
  $ ip rule add iif lo oif lo table 5; echo $?
  0
  $ ip rule add goto 5; echo $?
  0
  $ ip rule add goto 99999 pref 100; echo $?
  0
  $ ip rule add nop; echo $?
  0
  $ ip rule add prohibit pref 200 l3mdev; echo $?
  0
  $ ip rule add table 5 suppress_prefixlength 33; echo $?
  0
  $ ip rule add table 5 suppress_ifgroup foo; echo $?
  Error: argument "foo" is wrong: Invalid "suppress_ifgroup" value
  
  255
  $ ip rule add table 5 realms foo; echo $?
  Error: argument "foo" is wrong: invalid realms
  
  255
  $ ip rule add table 5 protocol foo; echo $?
  Error: argument "foo" is wrong: "protocol" value is invalid
  
  255
  $ ip rule add table 5 foo; echo $?
  Error: argument "foo" is wrong: Failed to parse rule type
  255
  $ ip rule add table 5 pref 500; ip rule add table 5 pref 500; echo $?
  RTNETLINK answers: File exists
  2
  $ ip rule add table 5 pref 500 from 1.2.3.4; echo $?
  0
  $ ip rule
  0:	from all lookup local
  0:	from all lookup 5
  0:	from all tos 0x04 lookup 5
  0:	from all sport 4464 lookup 5
  0:	from all dport 1-2 lookup 5
  0:	from all iif lo oif lo lookup 5
  0:	from all goto 5 [unresolved]
  0:	from all nop
  0:	from all lookup 5 suppress_prefixlength 33
  100:	from all goto 99999 [unresolved]
  200:	from all lookup [l3mdev-table] prohibit
  500:	from all lookup 5
  500:	from 1.2.3.4 lookup 5
  32764:	from all to 10.0.0.0/8 lookup 1
  32765:	from 10.0.0.1/24 lookup 5
  32766:	from all lookup main
  32767:	from all lookup default
  4294967295:	from all lookup 5
  $ ip rule del pref 501; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip rule del table 77; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip rule del from 9.9.9.9; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip rule del; echo $?
  "ip rule del" requires arguments.
  1
  $ ip rule flush table 5; echo $?
  0
  $ ip rule show foo; echo $?
  Error: inet prefix is expected rather than "foo".
  1
  $ ip rule show pref foo; echo $?
  Error: argument "foo" is wrong: preference value is invalid
  
  255
  $ ip rule list table foo; echo $?
  Error: argument "foo" is wrong: table id value is invalid
  
  255
  $ ip rule
  0:	from all lookup local
  0:	from all lookup 5
  0:	from all tos 0x04 lookup 5
  0:	from all sport 4464 lookup 5
  0:	from all dport 1-2 lookup 5
  0:	from all iif lo oif lo lookup 5
  0:	from all goto 5 [unresolved]
  0:	from all nop
  0:	from all lookup 5 suppress_prefixlength 33
  100:	from all goto 99999 [unresolved]
  200:	from all lookup [l3mdev-table] prohibit
  32764:	from all to 10.0.0.0/8 lookup 1
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip neigh add 10.0.0.5 dev a0; echo $?
  Error: No link layer address given.
  2
  $ ip neigh add 10.0.0.5 lladdr zz dev a0; echo $?
  "zz" is invalid lladdr.
  1
  $ ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05:06:07 dev a0; echo $?
  RTNETLINK answers: File exists
  2
  $ ip neigh add 10.0.0.5 lladdr 2 dev a0; echo $?
  Error: Invalid link address.
  2
  $ ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev a0 nud foo; echo $?
  Error: argument "foo" is wrong: nud state is bad
  255
  $ ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05; echo $?
  Device and destination are required arguments.
  255
  $ ip neigh add foo lladdr 02:00:00:00:00:05 dev a0; echo $?
  Error: any valid address is expected rather than "foo".
  1
  $ ip neigh add 10.0.0.5/24 lladdr 02:00:00:00:00:05 dev a0; echo $?
  Error: any valid address is expected rather than "10.0.0.5/24".
  1
  $ ip neigh add 10.0.0.6 lladdr 02:00:00:00:00:06 dev a0 nud none; echo $?
  0
  $ ip neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev a0 nud incomplete; echo $?
  0
  $ ip neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev a0 nud noarp; echo $?
  0
  $ ip neigh add 10.0.0.8 lladdr 02:00:00:00:00:09 dev a0; echo $?
  RTNETLINK answers: File exists
  2
  $ ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev a0 router extra; echo $?
  Error: either "to" is duplicate, or "extra" is a garbage.
  255
  $ ip neigh add 10.0.0.10 lladdr 02:00:00:00:00:10 dev lo; echo $?
  0
  $ ip neigh add 224.0.0.1 lladdr 01:00:5e:00:00:01 dev a0; echo $?
  0
  $ ip neigh add 0.0.0.0 lladdr 02:00:00:00:00:10 dev a0; echo $?
  0
  $ ip neigh add 10.0.0.255 lladdr 02:00:00:00:00:10 dev a0; echo $?
  0
  $ ip neigh change 10.0.0.77 lladdr 02:00:00:00:00:10 dev a0; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip neigh del 10.0.0.77 dev a0; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip neigh del 10.0.0.8; echo $?
  Device and destination are required arguments.
  255
  $ ip neigh show | sort
  0.0.0.0 dev a0 lladdr 02:00:00:00:00:10 PERMANENT 
  0.0.0.0 dev lo lladdr 02:00:00:00:00:10 PERMANENT 
  10.0.0.255 dev a0 lladdr 02:00:00:00:00:10 PERMANENT 
  10.0.0.7 dev a0 INCOMPLETE 
  224.0.0.1 dev a0 lladdr 01:00:5e:00:00:01 PERMANENT 
  $ ip neigh show nud foo; echo $?
  Error: argument "foo" is wrong: nud state is bad
  255
  $ ip neigh show dev nosuch; echo $?
  Cannot find device "nosuch"
  1
  $ ip neigh flush; echo $?
  Flush requires arguments.
  1
  $ ip neigh flush foo; echo $?
  Error: any valid prefix is expected rather than "foo".
  1
  $ ip neigh get 10.0.0.99 dev a0; echo $?
  Error: Neighbour entry not found.
  2
  $ ip neigh get 10.0.0.8; echo $?
  Device and address are required arguments.
  1
  $ ip neigh foo; echo $?
  Command "foo" is unknown, try "ip neigh help".
  255
  $ ip neigh show | sort
  0.0.0.0 dev a0 lladdr 02:00:00:00:00:10 PERMANENT 
  0.0.0.0 dev lo lladdr 02:00:00:00:00:10 PERMANENT 
  10.0.0.255 dev a0 lladdr 02:00:00:00:00:10 PERMANENT 
  10.0.0.7 dev a0 INCOMPLETE 
  224.0.0.1 dev a0 lladdr 01:00:5e:00:00:01 PERMANENT 
