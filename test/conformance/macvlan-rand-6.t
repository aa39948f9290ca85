Random differential scenario (seed 6): macvlans of random modes (private, vepa, bridge, passthru, source with macaddr lists, nopromisc) on h's e0, each in its own namespace, e0 on a bridge (hairpin or not) with host x; pings and arpings between them, mode changes, then what each one counted (ip -s link), ip -d link and the neighbour tables.

  $ for n in s h x m1 m2; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip -n s link add sw type bridge mcast_snooping 0; ip -n s link set sw up
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name p1 netns s; ip link add x0 netns x address 02:00:00:00:02:00 type veth peer name p2 netns s
  $ for p in p1 p2; do ip -n s link set $p master sw; ip -n s link set $p up; done; ip -n h link set e0 up; ip -n x link set x0 up
  $ ip -n x addr add 10.0.0.100/24 dev x0
  $ ip -n s link set p1 type bridge_slave hairpin on
  $ ip -n h addr add 10.0.0.1/24 dev e0
  $ ip -n h link add mv1 link e0 address 02:00:00:00:0a:01 type macvlan mode private nopromisc; echo $?
  macvlan: nopromisc flag only valid in passthru mode
  Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  1
  $ ip -n h link set mv1 netns m1 && ip -n m1 addr add 10.0.0.11/24 dev mv1 && ip -n m1 link set mv1 up; echo $?
  Cannot find device "mv1"
  1
  $ ip -n h link add mv2 link e0 address 02:00:00:00:0a:02 type macvlan mode passthru; echo $?
  0
  $ ip -n h link set mv2 netns m2 && ip -n m2 addr add 10.0.0.12/24 dev mv2 && ip -n m2 link set mv2 up; echo $?
  0
  $ ip netns exec m2 ping -c 1 -W 1 10.0.0.11 >/dev/null 2>&1; echo $?; sleep 0.05
  1
  $ ip -n s link set p1 type bridge_slave hairpin on; echo $?
  0
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.0.1; echo $?
  ARPING 10.0.0.1 from 10.0.0.100 x0
  Unicast reply from 10.0.0.1 [02:00:00:00:01:00]  *ms (glob)
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  0
  $ ip -n m1 link set mv1 down; ip -n m1 link set mv1 up; echo $?
  Cannot find device "mv1"
  Cannot find device "mv1"
  1
  $ ip netns exec h ping -c 1 -W 1 -b 10.0.0.255 >/dev/null 2>&1; echo $?; sleep 0.05
  1
  $ ip netns exec m1 ping -c 1 -W 1 10.0.0.100 >/dev/null 2>&1; echo $?; sleep 0.05
  2
  $ sleep 1.1; for n in h x m1 m2; do echo "== $n"; ip -n $n neigh show | sort; done
  == h
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
  == x
  == m1
  == m2
  10.0.0.11 dev mv2 FAILED 
  $ ip -n m1 -s link show mv1; ip -n m1 -d link show mv1 | sed -n 3p
  Device "mv1" does not exist.
  Device "mv1" does not exist.
  $ ip -n m2 -s link show mv2; ip -n m2 -d link show mv2 | sed -n 3p
  3: mv2@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:00 brd ff:ff:ff:ff:ff:ff link-netns h
      RX:  bytes packets errors dropped  missed   mcast           
              42       5      0       0       0       1 
      TX:  bytes packets errors dropped carrier collsns           
             126       3      0       0       0       0 
      macvlan mode passthru bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h -s link show e0; ip -n h -d link show e0 | grep -o 'promiscuity [0-9]*'
  2: e0@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:00 brd ff:ff:ff:ff:ff:ff link-netns s
      RX:  bytes packets errors dropped  missed   mcast           
             266       5      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             266       5      0       0       0       0 
  promiscuity 1
  $ ip -n x -s link show x0
  2: x0@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:02:00 brd ff:ff:ff:ff:ff:ff link-netns s
      RX:  bytes packets errors dropped  missed   mcast           
             266       5      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
              42       1      0       0       0       0 
