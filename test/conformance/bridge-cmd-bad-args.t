bridge fdb and bridge link with bad or odd arguments: duplicate and missing entries, VLAN ids, devices that are no bridge port, unknown keywords, port costs, priorities and states out of range; statuses by echo $? and the fdb and ports after.
  $ ip link add br0 address 02:00:00:00:00:10 type bridge; ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02; ip link set a0 master br0
  $ bridge fdb add 02:00:00:00:00:09 dev a0; echo $?
  0
  $ bridge fdb add 02:00:00:00:00:09 dev a0; echo $?
  RTNETLINK answers: File exists
  255
  $ bridge fdb replace 02:00:00:00:00:09 dev a0 static; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ bridge fdb add 02:00:00:00:00:0a; echo $?
  Device and address are required arguments.
  255
  $ bridge fdb add dev a0; echo $?
  Device and address are required arguments.
  255
  $ bridge fdb add 02:00:00:00:00:0b dev a0 vlan 5000; echo $?
  Error: invalid vlan id.
  255
  $ bridge fdb add 02:00:00:00:00:0b dev a0 vlan foo; echo $?
  Error: invalid vlan id.
  255
  $ bridge fdb add 02:00:00:00:00:0b dev a0 foo; echo $?
  Error: either "to" is duplicate, or "foo" is a garbage.
  255
  $ bridge fdb add 02:00:00:00:00:0b dev a0 dst 10.0.0.1; echo $?
  0
  $ bridge fdb add 02:00:00:00:00:0b dev b0; echo $?
  0
  $ bridge fdb add 02:00:00:00:00:0b dev br0; echo $?
  0
  $ bridge fdb del 02:00:00:00:00:0c dev a0; echo $?
  RTNETLINK answers: No such file or directory
  255
  $ bridge fdb del 02:00:00:00:00:09 dev b0; echo $?
  RTNETLINK answers: No such file or directory
  255
  $ bridge fdb show br nosuch; echo $?
  Cannot find bridge device "nosuch"
  255
  $ bridge fdb show brport nosuch; echo $?
  Cannot find device "nosuch"
  255
  $ bridge fdb show br0; echo $?
  33:33:00:00:00:01 dev br0 self permanent
  02:00:00:00:00:0b dev br0 master br0 permanent
  02:00:00:00:00:10 dev br0 master br0 permanent
  02:00:00:00:00:0b dev b0 self permanent
  33:33:00:00:00:01 dev b0 self permanent
  02:00:00:00:00:01 dev a0 master br0 permanent
  02:00:00:00:00:09 dev a0 self permanent
  02:00:00:00:00:0b dev a0 self permanent
  33:33:00:00:00:01 dev a0 self permanent
  0
  $ bridge fdb get 02:00:00:00:00:09; echo $?
  Device or master and address are required arguments.
  255
  $ bridge fdb get 02:00:00:00:00:09 br br0; echo $?
  Error: Fdb entry not found.
  254
  $ bridge fdb get 02:00:00:00:00:7f br br0; echo $?
  Error: Fdb entry not found.
  254
  $ bridge link set dev a0 cost 0; echo $?
  0
  $ bridge link set dev a0 cost foo; echo $?
  0
  $ bridge link set dev a0 priority 64; echo $?
  RTNETLINK answers: Numerical result out of range
  255
  $ bridge link set dev a0 state 9; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ bridge link set dev a0 state foo; echo $?
  Error: invalid STP port state
  255
  $ bridge link set dev a0 guard maybe; echo $?
  Error: argument of "guard" must be one of "off", "on", not "maybe"
  234
  $ bridge link set dev a0 foo; echo $?
  Usage: bridge link set dev DEV [ cost COST ] [ priority PRIO ] [ state STATE ]
                                 [ guard {on | off} ]
                                 [ hairpin {on | off} ]
                                 [ fastleave {on | off} ]
                                 [ root_block {on | off} ]
                                 [ learning {on | off} ]
                                 [ learning_sync {on | off} ]
                                 [ flood {on | off} ]
                                 [ mcast_router MULTICAST_ROUTER ]
                                 [ mcast_flood {on | off} ]
                                 [ bcast_flood {on | off} ]
                                 [ mcast_to_unicast {on | off} ]
                                 [ neigh_suppress {on | off} ]
                                 [ vlan_tunnel {on | off} ]
                                 [ isolated {on | off} ]
                                 [ locked {on | off} ]
                                 [ hwmode {vepa | veb} ]
                                 [ backup_port DEVICE ] [ nobackup_port ]
                                 [ self ] [ master ]
         bridge link show [dev DEV]
  255
  $ bridge link set dev b0 cost 5; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge link set; echo $?
  Device is a required argument.
  255
  $ bridge link show dev nosuch; echo $?
  Cannot find device "nosuch"
  255
  $ bridge link foo; echo $?
  Command "foo" is unknown, try "bridge link help".
  255
  $ bridge -s link show dev a0 | head -1; echo $?
  4: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  0
  $ bridge fdb show dev a0 | sort
  02:00:00:00:00:01 master br0 permanent
  02:00:00:00:00:09 self permanent
  02:00:00:00:00:0b self permanent
  33:33:00:00:00:01 self permanent
  $ bridge link show
  4: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
