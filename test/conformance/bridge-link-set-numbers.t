bridge link set parses cost, priority, state and mcast_router with atoi()/strtol() into narrow C types (__u32, __s16, __s8): wrapped values are sent or silently dropped; state names, on/off errors, an empty dev, a missing backup port; the kernel's limits on what arrives (path cost 1-65535, priority 0-63, state 0-4, mcast_router 0-3).
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link set p1 master br0
  $ s() { bridge -n sw link set dev p1 "$@"; echo "rc $?"; ip netns exec sw sh -c 'cd /sys/class/net/p1/brport; echo $(cat path_cost priority state multicast_router)'; }
  $ s cost 0
  rc 0
  2 32 0 1
  $ s cost 7x
  rc 0
  7 32 0 1
  $ s cost -1
  RTNETLINK answers: Numerical result out of range
  rc 255
  7 32 0 1
  $ s cost 65536
  RTNETLINK answers: Numerical result out of range
  rc 255
  7 32 0 1
  $ s cost 65535
  rc 0
  65535 32 0 1
  $ s cost 4294967297
  rc 0
  1 32 0 1
  $ s priority 64
  RTNETLINK answers: Numerical result out of range
  rc 255
  1 32 0 1
  $ s priority 65536
  rc 0
  1 0 0 1
  $ s priority 32768
  rc 0
  1 0 0 1
  $ s priority 63
  rc 0
  1 63 0 1
  $ s priority -5
  rc 0
  1 63 0 1
  $ s priority 3abc
  rc 0
  1 3 0 1
  $ s state 5
  RTNETLINK answers: Invalid argument
  rc 255
  1 3 0 1
  $ s state 256
  RTNETLINK answers: Network is down
  rc 255
  1 3 0 1
  $ s state 255
  rc 0
  1 3 0 1
  $ s state 129
  rc 0
  1 3 0 1
  $ s state blocking
  RTNETLINK answers: Network is down
  rc 255
  1 3 0 1
  $ s state listening
  RTNETLINK answers: Network is down
  rc 255
  1 3 0 1
  $ s state forwarding
  RTNETLINK answers: Network is down
  rc 255
  1 3 0 1
  $ s state learn
  Error: invalid STP port state
  rc 255
  1 3 0 1
  $ s state 0x3
  Error: invalid STP port state
  rc 255
  1 3 0 1
  $ s state ""
  Error: invalid STP port state
  rc 255
  1 3 0 1
  $ s state -1
  rc 0
  1 3 0 1
  $ s state 3
  RTNETLINK answers: Network is down
  rc 255
  1 3 0 1
  $ s mcast_router 4
  RTNETLINK answers: Invalid argument
  rc 255
  1 3 0 1
  $ s mcast_router 256
  rc 0
  1 3 0 0
  $ s mcast_router 258
  rc 0
  1 3 0 2
  $ s mcast_router 255
  rc 0
  1 3 0 2
  $ s mcast_router x
  rc 0
  1 3 0 0
  $ s learning maybe
  Error: argument of "learning" must be one of "off", "on", not "maybe"
  rc 234
  1 3 0 0
  $ s learning ON
  Error: argument of "learning" must be one of "off", "on", not "ON"
  rc 234
  1 3 0 0
  $ s learning 1
  Error: argument of "learning" must be one of "off", "on", not "1"
  rc 234
  1 3 0 0
  $ s hwmode vepb
  Mode argument must be "vepa" or "veb".
  rc 255
  1 3 0 0
  $ s backup_port nosuch
  Error: device nosuch does not exist
  rc 255
  1 3 0 0
  $ s backup_port p1
  RTNETLINK answers: Invalid argument
  rc 255
  1 3 0 0
  $ s backup_port br0
  RTNETLINK answers: No such file or directory
  rc 255
  1 3 0 0
  $ bridge -n sw link set dev nosuch cost 5; echo $?
  Cannot find bridge device "nosuch"
  255
  $ bridge -n sw link set cost 5; echo $?
  Device is a required argument.
  255
  $ bridge -n sw link set dev p1 frobnicate 2>&1 | head -2; echo $?
  Usage: bridge link set dev DEV [ cost COST ] [ priority PRIO ] [ state STATE ]
                                 [ guard {on | off} ]
  0
  $ bridge -n sw link set dev p1; echo $?
  0
  $ bridge -n sw link set dev q1 cost 5; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge -n sw link set dev br0 cost 5; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge -n sw -d link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 3 cost 1 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 0 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
