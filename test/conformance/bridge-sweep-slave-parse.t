ip link set type bridge_slave: every on/off option with bad, numeric and case-changed values, numeric options with bad values, the error text and exit status; the resulting -d listing.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip link set p1 master br0
  $ for o in guard hairpin fastleave root_block learning flood proxy_arp proxy_arp_wifi mcast_fast_leave mcast_flood bcast_flood mcast_to_unicast neigh_suppress vlan_tunnel isolated locked mab; do for v in yes 1 On; do echo "== $o $v"; ip link set p1 type bridge_slave $o $v 2>&1; echo "rc $?"; done; done
  == guard yes
  Error: argument of "guard" must be one of "off", "on", not "yes"
  rc 1
  == guard 1
  Error: argument of "guard" must be one of "off", "on", not "1"
  rc 1
  == guard On
  Error: argument of "guard" must be one of "off", "on", not "On"
  rc 1
  == hairpin yes
  Error: argument of "hairpin" must be one of "off", "on", not "yes"
  rc 1
  == hairpin 1
  Error: argument of "hairpin" must be one of "off", "on", not "1"
  rc 1
  == hairpin On
  Error: argument of "hairpin" must be one of "off", "on", not "On"
  rc 1
  == fastleave yes
  Error: argument of "fastleave" must be one of "off", "on", not "yes"
  rc 1
  == fastleave 1
  Error: argument of "fastleave" must be one of "off", "on", not "1"
  rc 1
  == fastleave On
  Error: argument of "fastleave" must be one of "off", "on", not "On"
  rc 1
  == root_block yes
  Error: argument of "root_block" must be one of "off", "on", not "yes"
  rc 1
  == root_block 1
  Error: argument of "root_block" must be one of "off", "on", not "1"
  rc 1
  == root_block On
  Error: argument of "root_block" must be one of "off", "on", not "On"
  rc 1
  == learning yes
  Error: argument of "learning" must be one of "off", "on", not "yes"
  rc 1
  == learning 1
  Error: argument of "learning" must be one of "off", "on", not "1"
  rc 1
  == learning On
  Error: argument of "learning" must be one of "off", "on", not "On"
  rc 1
  == flood yes
  Error: argument of "flood" must be one of "off", "on", not "yes"
  rc 1
  == flood 1
  Error: argument of "flood" must be one of "off", "on", not "1"
  rc 1
  == flood On
  Error: argument of "flood" must be one of "off", "on", not "On"
  rc 1
  == proxy_arp yes
  Error: argument of "proxy_arp" must be one of "off", "on", not "yes"
  rc 1
  == proxy_arp 1
  Error: argument of "proxy_arp" must be one of "off", "on", not "1"
  rc 1
  == proxy_arp On
  Error: argument of "proxy_arp" must be one of "off", "on", not "On"
  rc 1
  == proxy_arp_wifi yes
  Error: argument of "proxy_arp_wifi" must be one of "off", "on", not "yes"
  rc 1
  == proxy_arp_wifi 1
  Error: argument of "proxy_arp_wifi" must be one of "off", "on", not "1"
  rc 1
  == proxy_arp_wifi On
  Error: argument of "proxy_arp_wifi" must be one of "off", "on", not "On"
  rc 1
  == mcast_fast_leave yes
  Error: argument of "mcast_fast_leave" must be one of "off", "on", not "yes"
  rc 1
  == mcast_fast_leave 1
  Error: argument of "mcast_fast_leave" must be one of "off", "on", not "1"
  rc 1
  == mcast_fast_leave On
  Error: argument of "mcast_fast_leave" must be one of "off", "on", not "On"
  rc 1
  == mcast_flood yes
  Error: argument of "mcast_flood" must be one of "off", "on", not "yes"
  rc 1
  == mcast_flood 1
  Error: argument of "mcast_flood" must be one of "off", "on", not "1"
  rc 1
  == mcast_flood On
  Error: argument of "mcast_flood" must be one of "off", "on", not "On"
  rc 1
  == bcast_flood yes
  Error: argument of "bcast_flood" must be one of "off", "on", not "yes"
  rc 1
  == bcast_flood 1
  Error: argument of "bcast_flood" must be one of "off", "on", not "1"
  rc 1
  == bcast_flood On
  Error: argument of "bcast_flood" must be one of "off", "on", not "On"
  rc 1
  == mcast_to_unicast yes
  Error: argument of "mcast_to_unicast" must be one of "off", "on", not "yes"
  rc 1
  == mcast_to_unicast 1
  Error: argument of "mcast_to_unicast" must be one of "off", "on", not "1"
  rc 1
  == mcast_to_unicast On
  Error: argument of "mcast_to_unicast" must be one of "off", "on", not "On"
  rc 1
  == neigh_suppress yes
  Error: argument of "neigh_suppress" must be one of "off", "on", not "yes"
  rc 1
  == neigh_suppress 1
  Error: argument of "neigh_suppress" must be one of "off", "on", not "1"
  rc 1
  == neigh_suppress On
  Error: argument of "neigh_suppress" must be one of "off", "on", not "On"
  rc 1
  == vlan_tunnel yes
  Error: argument of "vlan_tunnel" must be one of "off", "on", not "yes"
  rc 1
  == vlan_tunnel 1
  Error: argument of "vlan_tunnel" must be one of "off", "on", not "1"
  rc 1
  == vlan_tunnel On
  Error: argument of "vlan_tunnel" must be one of "off", "on", not "On"
  rc 1
  == isolated yes
  Error: argument of "isolated" must be one of "off", "on", not "yes"
  rc 1
  == isolated 1
  Error: argument of "isolated" must be one of "off", "on", not "1"
  rc 1
  == isolated On
  Error: argument of "isolated" must be one of "off", "on", not "On"
  rc 1
  == locked yes
  Error: argument of "locked" must be one of "off", "on", not "yes"
  rc 1
  == locked 1
  Error: argument of "locked" must be one of "off", "on", not "1"
  rc 1
  == locked On
  Error: argument of "locked" must be one of "off", "on", not "On"
  rc 1
  == mab yes
  bridge_slave: unknown option "mab"?
  Usage: ... bridge_slave [ fdb_flush ]
  			[ state STATE ]
  			[ priority PRIO ]
  			[ cost COST ]
  			[ guard {on | off} ]
  			[ hairpin {on | off} ]
  			[ fastleave {on | off} ]
  			[ root_block {on | off} ]
  			[ learning {on | off} ]
  			[ flood {on | off} ]
  			[ proxy_arp {on | off} ]
  			[ proxy_arp_wifi {on | off} ]
  			[ mcast_router MULTICAST_ROUTER ]
  			[ mcast_fast_leave {on | off} ]
  			[ mcast_flood {on | off} ]
  			[ bcast_flood {on | off} ]
  			[ mcast_to_unicast {on | off} ]
  			[ group_fwd_mask MASK ]
  			[ neigh_suppress {on | off} ]
  			[ vlan_tunnel {on | off} ]
  			[ isolated {on | off} ]
  			[ locked {on | off} ]
  			[ backup_port DEVICE ] [ nobackup_port ]
  rc 1
  == mab 1
  bridge_slave: unknown option "mab"?
  Usage: ... bridge_slave [ fdb_flush ]
  			[ state STATE ]
  			[ priority PRIO ]
  			[ cost COST ]
  			[ guard {on | off} ]
  			[ hairpin {on | off} ]
  			[ fastleave {on | off} ]
  			[ root_block {on | off} ]
  			[ learning {on | off} ]
  			[ flood {on | off} ]
  			[ proxy_arp {on | off} ]
  			[ proxy_arp_wifi {on | off} ]
  			[ mcast_router MULTICAST_ROUTER ]
  			[ mcast_fast_leave {on | off} ]
  			[ mcast_flood {on | off} ]
  			[ bcast_flood {on | off} ]
  			[ mcast_to_unicast {on | off} ]
  			[ group_fwd_mask MASK ]
  			[ neigh_suppress {on | off} ]
  			[ vlan_tunnel {on | off} ]
  			[ isolated {on | off} ]
  			[ locked {on | off} ]
  			[ backup_port DEVICE ] [ nobackup_port ]
  rc 1
  == mab On
  bridge_slave: unknown option "mab"?
  Usage: ... bridge_slave [ fdb_flush ]
  			[ state STATE ]
  			[ priority PRIO ]
  			[ cost COST ]
  			[ guard {on | off} ]
  			[ hairpin {on | off} ]
  			[ fastleave {on | off} ]
  			[ root_block {on | off} ]
  			[ learning {on | off} ]
  			[ flood {on | off} ]
  			[ proxy_arp {on | off} ]
  			[ proxy_arp_wifi {on | off} ]
  			[ mcast_router MULTICAST_ROUTER ]
  			[ mcast_fast_leave {on | off} ]
  			[ mcast_flood {on | off} ]
  			[ bcast_flood {on | off} ]
  			[ mcast_to_unicast {on | off} ]
  			[ group_fwd_mask MASK ]
  			[ neigh_suppress {on | off} ]
  			[ vlan_tunnel {on | off} ]
  			[ isolated {on | off} ]
  			[ locked {on | off} ]
  			[ backup_port DEVICE ] [ nobackup_port ]
  rc 1
  $ for o in state priority cost mcast_router group_fwd_mask; do for v in abc -1 0x10 65536; do echo "== $o $v"; ip link set p1 type bridge_slave $o $v 2>&1; echo "rc $?"; done; done
  == state abc
  Error: argument "abc" is wrong: state is invalid
  rc 255
  == state -1
  Error: argument "-1" is wrong: state is invalid
  rc 255
  == state 0x10
  RTNETLINK answers: Invalid argument
  rc 2
  == state 65536
  Error: argument "65536" is wrong: state is invalid
  rc 255
  == priority abc
  Error: argument "abc" is wrong: priority is invalid
  rc 255
  == priority -1
  Error: argument "-1" is wrong: priority is invalid
  rc 255
  == priority 0x10
  rc 0
  == priority 65536
  Error: argument "65536" is wrong: priority is invalid
  rc 255
  == cost abc
  Error: argument "abc" is wrong: cost is invalid
  rc 255
  == cost -1
  Error: argument "-1" is wrong: cost is invalid
  rc 255
  == cost 0x10
  rc 0
  == cost 65536
  RTNETLINK answers: Numerical result out of range
  rc 2
  == mcast_router abc
  Error: argument "abc" is wrong: invalid mcast_router
  rc 255
  == mcast_router -1
  Error: argument "-1" is wrong: invalid mcast_router
  rc 255
  == mcast_router 0x10
  RTNETLINK answers: Invalid argument
  rc 2
  == mcast_router 65536
  Error: argument "65536" is wrong: invalid mcast_router
  rc 255
  == group_fwd_mask abc
  Error: argument "abc" is wrong: invalid group_fwd_mask
  rc 255
  == group_fwd_mask -1
  Error: argument "-1" is wrong: invalid group_fwd_mask
  rc 255
  == group_fwd_mask 0x10
  rc 0
  == group_fwd_mask 65536
  Error: argument "65536" is wrong: invalid group_fwd_mask
  rc 255
  $ ip link set p1 type bridge_slave backup_port nosuch
  Error: argument "nosuch" is wrong: Device does not exist
  [255]
  $ ip link set p1 type bridge_slave backup_port p1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set p1 type bridge_slave nosuchopt
  bridge_slave: unknown option "nosuchopt"?
  Usage: ... bridge_slave [ fdb_flush ]
  			[ state STATE ]
  			[ priority PRIO ]
  			[ cost COST ]
  			[ guard {on | off} ]
  			[ hairpin {on | off} ]
  			[ fastleave {on | off} ]
  			[ root_block {on | off} ]
  			[ learning {on | off} ]
  			[ flood {on | off} ]
  			[ proxy_arp {on | off} ]
  			[ proxy_arp_wifi {on | off} ]
  			[ mcast_router MULTICAST_ROUTER ]
  			[ mcast_fast_leave {on | off} ]
  			[ mcast_flood {on | off} ]
  			[ bcast_flood {on | off} ]
  			[ mcast_to_unicast {on | off} ]
  			[ group_fwd_mask MASK ]
  			[ neigh_suppress {on | off} ]
  			[ vlan_tunnel {on | off} ]
  			[ isolated {on | off} ]
  			[ locked {on | off} ]
  			[ backup_port DEVICE ] [ nobackup_port ]
  [1]
  $ ip link set p1 type bridge_slave flush
  bridge_slave: unknown option "flush"?
  Usage: ... bridge_slave [ fdb_flush ]
  			[ state STATE ]
  			[ priority PRIO ]
  			[ cost COST ]
  			[ guard {on | off} ]
  			[ hairpin {on | off} ]
  			[ fastleave {on | off} ]
  			[ root_block {on | off} ]
  			[ learning {on | off} ]
  			[ flood {on | off} ]
  			[ proxy_arp {on | off} ]
  			[ proxy_arp_wifi {on | off} ]
  			[ mcast_router MULTICAST_ROUTER ]
  			[ mcast_fast_leave {on | off} ]
  			[ mcast_flood {on | off} ]
  			[ bcast_flood {on | off} ]
  			[ mcast_to_unicast {on | off} ]
  			[ group_fwd_mask MASK ]
  			[ neigh_suppress {on | off} ]
  			[ vlan_tunnel {on | off} ]
  			[ isolated {on | off} ]
  			[ locked {on | off} ]
  			[ backup_port DEVICE ] [ nobackup_port ]
  [1]
  $ ip link set p1 type bridge_slave guard on hairpin on learning off flood off
  $ ip -d link show p1 | grep -o 'bridge_slave .*' | sed 's/ hold_timer.*//'
  bridge_slave state disabled priority 16 cost 16 hairpin on guard on root_block off fastleave off learning off flood off port_id 0x4001 port_no 0x1 designated_port 16385 designated_cost 0 designated_bridge 8000.2:0:0:0:99:99 designated_root 8000.2:0:0:0:99:99
