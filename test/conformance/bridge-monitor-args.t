bridge monitor's arguments (iproute2 6.1 monitor.c): objects by prefix (l, f, m, v), vni and all exact, unknown words, help; what link and fdb events a port's flag change and an fdb add produce.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link set p1 master br0
  $ bridge -n sw monitor bogus; echo $?
  Argument "bogus" is unknown, try "bridge monitor help".
  255
  $ bridge -n sw monitor al; echo $?
  Argument "al" is unknown, try "bridge monitor help".
  255
  $ bridge -n sw monitor vn help; echo $?
  Argument "vn" is unknown, try "bridge monitor help".
  255
  $ bridge -n sw monitor l f; echo $?
  Command line is not complete. Try option "help"
  255
  $ ip netns exec sw bridge monitor l fd > m1 & ip netns exec sw bridge monitor fdb > m2 & sleep 0.3
  $ bridge -n sw link set dev p1 learning off; bridge -n sw fdb add 02:00:00:00:00:01 dev p1 master static; bridge -n sw fdb del 02:00:00:00:00:01 dev p1 master
  $ sleep 0.3; kill %1 %2; wait; cat m1; echo ==; cat m2
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  02:00:00:00:00:01 dev p1 master br0 static
  Deleted 02:00:00:00:00:01 dev p1 master br0 static
  ==
  02:00:00:00:00:01 dev p1 master br0 static
  Deleted 02:00:00:00:00:01 dev p1 master br0 static
