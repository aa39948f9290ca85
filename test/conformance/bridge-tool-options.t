The bridge tool's own options (iproute2 6.1 bridge.c): -batch files with errors and -force, -o/-oneline, -s/-d repeated, -json with -pretty, -c/-compressvlans, unknown options and objects, abbreviated objects (f, l, m, v), help texts and their exit codes.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link set p1 master br0
  $ printf 'fdb add 02:00:00:00:00:01 dev p1 master static\nfdb add 02:00:00:00:00:01 dev p1 master static\nlink set dev p1 cost 9\n' > b1
  $ bridge -n sw -batch b1; echo $?
  RTNETLINK answers: File exists
  Command failed b1:2
  1
  $ bridge -n sw -force -batch b1; echo $?
  RTNETLINK answers: File exists
  Command failed b1:1
  RTNETLINK answers: File exists
  Command failed b1:2
  1
  $ printf '# comment\n\nfdb show dev p1\nfrob\nlink show\n' > b2
  $ bridge -n sw -force -b b2; echo $?
  02:00:00:00:00:01 master br0 static
  02:00:00:00:90:01 master br0 permanent
  33:33:00:00:00:01 self permanent
  Object "frob" is unknown, try "bridge help".
  Command failed b2:4
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 9 
  1
  $ bridge -n sw -b nosuchfile; echo $?
  Cannot open file "nosuchfile" for reading: No such file or directory
  1
  $ bridge -n sw f sh dev p1 | sort
  02:00:00:00:00:01 master br0 static
  02:00:00:00:90:01 master br0 permanent
  33:33:00:00:00:01 self permanent
  $ bridge -n sw l
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 9 
  $ bridge -n sw m; echo $?
  0
  $ bridge -n sw v; echo $?
  port              vlan-id  
  0
  $ bridge -n sw x; echo $?
  Object "x" is unknown, try "bridge help".
  255
  $ bridge -n sw -x link; echo $?
  Option "-x" is unknown, try "bridge help".
  255
  $ bridge -n sw -s -s -d link show
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 9 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  $ bridge -n sw -o -d link show
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 9 \    hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  $ bridge -n sw -c vlan show; echo $?
  port              vlan-id  
  0
  $ bridge -n sw -j -p link show
  [ {
          "ifindex": 4,
          "link": "q1",
          "ifname": "p1",
          "flags": [ "BROADCAST","MULTICAST","M-DOWN" ],
          "mtu": 1500,
          "master": "br0",
          "state": "disabled",
          "priority": 32,
          "cost": 9
      } ]
  $ bridge -n sw link help 2>&1 | head -3; echo $?
  Usage: bridge link set dev DEV [ cost COST ] [ priority PRIO ] [ state STATE ]
                                 [ guard {on | off} ]
                                 [ hairpin {on | off} ]
  0
  $ bridge -n sw fdb help 2>&1 | head -2
  Usage: bridge fdb { add | append | del | replace } ADDR dev DEV
                [ self ] [ master ] [ use ] [ router ] [ extern_learn ]
  $ bridge -n sw mdb help 2>&1 | head -2
  Usage: bridge mdb { add | del } dev DEV port PORT grp GROUP [src SOURCE] [permanent | temp] [vid VID]
         bridge mdb {show} [ dev DEV ] [ vid VID ]
  $ bridge help 2>&1 | head -4; bridge help > /dev/null 2>&1; echo $?
  Usage: bridge [ OPTIONS ] OBJECT { COMMAND | help }
         bridge [ -force ] -batch filename
  where  OBJECT := { link | fdb | mdb | vlan | monitor }
         OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] |
  255
  $ bridge -V | sed 's/[0-9.]*$/X/'
  bridge utility, X
  $ bridge -n nosuch link; echo $?
  Cannot open network namespace "nosuch": No such file or directory
  255
  $ bridge -n sw link show dev nosuch; echo $?
  Cannot find device "nosuch"
  255
  $ bridge -n sw link show dev q1; echo $?
  0
  $ bridge -n sw link show dev br0; echo $?
  0
  $ bridge -n sw fdb show dev nosuch; echo $?
  Cannot find device "nosuch"
  255
  $ bridge -n sw link set; echo $?
  Device is a required argument.
  255
