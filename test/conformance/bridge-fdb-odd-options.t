bridge fdb with the options meant for vxlan or other drivers given to a bridge port (dst, port, vni, via, src_vni, nhid, router, use, activity_notify), show filters by vlan, state and brport together, and the -s/-j/-d forms of the entries.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:80:02
  $ ip -n sw link set p1 master br0; ip -n sw link set p2 master br0
  $ bridge -n sw fdb add 02:00:00:00:00:01 dev p1 master static dst 10.0.0.1; echo $?
  0
  $ bridge -n sw fdb add 02:00:00:00:00:02 dev p1 master static port 4789; echo $?
  0
  $ bridge -n sw fdb add 02:00:00:00:00:03 dev p1 master static vni 5; echo $?
  0
  $ bridge -n sw fdb add 02:00:00:00:00:04 dev p1 master static via p2; echo $?
  0
  $ bridge -n sw fdb add 02:00:00:00:00:05 dev p1 master static src_vni 7; echo $?
  0
  $ bridge -n sw fdb add 02:00:00:00:00:06 dev p1 master static nhid 3; echo $?
  0
  $ bridge -n sw fdb add 02:00:00:00:00:07 dev p1 master static router; echo $?
  0
  $ bridge -n sw fdb add 02:00:00:00:00:08 dev p1 master static use; echo $?
  0
  $ bridge -n sw fdb add 02:00:00:00:00:09 dev p1 master static activity_notify; echo $?
  Error: either "to" is duplicate, or "activity_notify" is a garbage.
  255
  $ bridge -n sw fdb add 02:00:00:00:00:0a dev p1 master static vlan 5; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ bridge -n sw fdb add 02:00:00:00:00:0b dev p2 master dynamic vlan 0; echo $?
  Error: invalid vlan id.
  255
  $ bridge -n sw fdb add 02:00:00:00:00:0c dev p2 master dynamic vlan 4095; echo $?
  Error: invalid vlan id.
  255
  $ bridge -n sw fdb add 02:00:00:00:00:0d dev p2 master dynamic vlan 4094; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ bridge -n sw fdb add 02:00:00:00:00:0e dev p2 master norefcount; echo $?
  Error: either "to" is duplicate, or "norefcount" is a garbage.
  255
  $ bridge -n sw fdb add 02:00:00:00:00:0f dev p2 master inactive; echo $?
  Error: either "to" is duplicate, or "inactive" is a garbage.
  255
  $ bridge -n sw fdb add 02:00:00:00:00:10 dev p2 master extern_learn sticky; echo $?
  0
  $ bridge -n sw fdb show br br0 | sort
  02:00:00:00:00:01 dev p1 master br0 static
  02:00:00:00:00:02 dev p1 master br0 static
  02:00:00:00:00:03 dev p1 master br0 static
  02:00:00:00:00:04 dev p1 master br0 static
  02:00:00:00:00:05 dev p1 master br0 static
  02:00:00:00:00:06 dev p1 master br0 static
  02:00:00:00:00:07 dev p1 master br0 static
  02:00:00:00:00:10 dev p2 extern_learn master br0 
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  33:33:00:00:00:01 dev br0 self permanent
  33:33:00:00:00:01 dev p1 self permanent
  33:33:00:00:00:01 dev p2 self permanent
  $ bridge -n sw fdb show vlan 5; echo $?
  0
  $ bridge -n sw fdb show br br0 vlan 5; echo $?
  0
  $ bridge -n sw fdb show brport p2 state static | sort
  $ bridge -n sw fdb show brport p2 state reachable | sort
  02:00:00:00:00:10 extern_learn master br0 
  $ bridge -n sw fdb show brport p2 state stale | sort
  $ bridge -n sw fdb show dev p1 state permanent | sort
  02:00:00:00:90:01 master br0 permanent
  33:33:00:00:00:01 self permanent
  $ bridge -n sw fdb show state noarp; echo $?
  Error: argument "noarp" is wrong: invalid state
  255
  $ bridge -n sw fdb show state 0x40 | sort
  02:00:00:00:00:01 dev p1 master br0 static
  02:00:00:00:00:02 dev p1 master br0 static
  02:00:00:00:00:03 dev p1 master br0 static
  02:00:00:00:00:04 dev p1 master br0 static
  02:00:00:00:00:05 dev p1 master br0 static
  02:00:00:00:00:06 dev p1 master br0 static
  02:00:00:00:00:07 dev p1 master br0 static
  $ bridge -n sw fdb show br p1; echo $?
  0
  $ bridge -n sw fdb show brport br0 | sort
  02:00:00:00:99:99 master br0 permanent
  33:33:00:00:00:01 self permanent
  $ bridge -n sw fdb show dev nosuch; echo $?
  Cannot find device "nosuch"
  255
  $ bridge -n sw -s -j fdb show dev p2 | sed -E 's/"(used|updated)":[0-9]+/"\1":X/g'
  [{"mac":"02:00:00:00:00:10","used":X,"updated":X,"flags":["extern_learn"],"master":"br0","state":""},{"mac":"02:00:00:00:90:02","used":X,"updated":X,"flags":[],"master":"br0","state":"permanent"},{"mac":"33:33:00:00:00:01","flags":["self"],"state":"permanent"}]
  $ bridge -n sw -s -d fdb show dev p2 | sed -E 's/used [0-9]+\/[0-9]+/used X/' | sort
  02:00:00:00:00:10 used X extern_learn master br0 
  02:00:00:00:90:02 used X master br0 permanent
  33:33:00:00:00:01 self permanent
  $ bridge -n sw -j -p fdb show dev p1 vlan 5
  [ ]
  $ bridge -n sw fdb get 02:00:00:00:00:0a br br0 vlan 5; echo $?
  Error: Fdb entry not found.
  254
  $ bridge -n sw fdb get 02:00:00:00:00:0a br br0; echo $?
  Error: Fdb entry not found.
  254
  $ bridge -n sw fdb get 02:00:00:00:00:0b dev p2 vlan 0; echo $?
  Error: invalid vlan id.
  254
  $ bridge -n sw fdb del 02:00:00:00:00:0a dev p1 master; echo $?
  RTNETLINK answers: No such file or directory
  255
  $ bridge -n sw fdb del 02:00:00:00:00:0a dev p1 master vlan 5; echo $?
  RTNETLINK answers: No such file or directory
  255
  $ bridge -n sw fdb flush dev br0 vlan 4094; echo $?
  0
  $ bridge -n sw fdb flush dev br0 dynamic nosticky; echo $?
  0
  $ bridge -n sw fdb show br br0 | sort
  02:00:00:00:00:01 dev p1 master br0 static
  02:00:00:00:00:02 dev p1 master br0 static
  02:00:00:00:00:03 dev p1 master br0 static
  02:00:00:00:00:04 dev p1 master br0 static
  02:00:00:00:00:05 dev p1 master br0 static
  02:00:00:00:00:06 dev p1 master br0 static
  02:00:00:00:00:07 dev p1 master br0 static
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  33:33:00:00:00:01 dev br0 self permanent
  33:33:00:00:00:01 dev p1 self permanent
  33:33:00:00:00:01 dev p2 self permanent
