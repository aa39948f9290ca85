bridge -batch (do_batch() of iproute2's lib/utils.c): commands from a file or stdin, continuation lines, quoted words, comments; a command that returns an error stops the batch unless -force, one that exit()s (an invalid argument, a help text) ends it at once; -family.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link set p1 master br0
  $ printf 'fdb add 02:00:00:00:00:01 \\\n  dev p1 master static\nfdb add 02:00:00:00:00:02 dev "p1" master static # two\nlink set dev p1 priority 9\nfdb show br br0\n' | bridge -n sw -batch -; echo $?
  33:33:00:00:00:01 dev br0 self permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:00:02 dev p1 master br0 static
  02:00:00:00:00:01 dev p1 master br0 static
  02:00:00:00:90:01 dev p1 master br0 permanent
  33:33:00:00:00:01 dev p1 self permanent
  0
  $ printf 'fdb del 02:00:00:00:00:09 dev p1 master\nfdb del 02:00:00:00:00:02 dev p1 master\n' | bridge -n sw -force -batch -; echo $?
  RTNETLINK answers: No such file or directory
  Command failed -:1
  1
  $ printf 'fdb show dev p1 state bogus\nfdb del 02:00:00:00:00:01 dev p1 master\n' | bridge -n sw -force -batch -; echo $?
  Error: argument "bogus" is wrong: invalid state
  255
  $ bridge -n sw fdb show dev p1 | sort
  02:00:00:00:00:01 master br0 static
  02:00:00:00:90:01 master br0 permanent
  33:33:00:00:00:01 self permanent
  $ printf 'link set dev p1 cost 7\nfdb help\nlink set dev p1 cost 8\n' | bridge -n sw -force -batch -; echo $?
  Usage: bridge fdb { add | append | del | replace } ADDR dev DEV
                [ self ] [ master ] [ use ] [ router ] [ extern_learn ]
                [ sticky ] [ local | static | dynamic ] [ vlan VID ]
                { [ dst IPADDR ] [ port PORT] [ vni VNI ] | [ nhid NHID ] }
  	       [ via DEV ] [ src_vni VNI ]
         bridge fdb [ show [ br BRDEV ] [ brport DEV ] [ vlan VID ]
                [ state STATE ] [ dynamic ] ]
         bridge fdb get [ to ] LLADDR [ br BRDEV ] { brport | dev } DEV
                [ vlan VID ] [ vni VNI ] [ self ] [ master ] [ dynamic ]
         bridge fdb flush dev DEV [ brport DEV ] [ vlan VID ]
                [ self ] [ master ] [ [no]permanent | [no]static | [no]dynamic ]
                [ [no]added_by_user ] [ [no]extern_learn ] [ [no]sticky ]
                [ [no]offloaded ]
  255
  $ bridge -n sw link show
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 9 cost 7 
  $ printf 'link set dev nosuch cost 7\nlink set dev p1 cost 6\n' | bridge -n sw -force -batch -; echo $?
  Cannot find bridge device "nosuch"
  Command failed -:1
  1
  $ printf 'fdb add 02:00:00:00:00:05 dev p1 master static "unterminated\nlink set dev p1 cost 5\n' | bridge -n sw -force -batch -; echo $?
  Unterminated quoted string
  1
  $ printf 'help\nlink\n' | bridge -n sw -force -batch -; echo $?
  Usage: bridge [ OPTIONS ] OBJECT { COMMAND | help }
         bridge [ -force ] -batch filename
  where  OBJECT := { link | fdb | mdb | vlan | monitor }
         OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] |
                      -o[neline] | -t[imestamp] | -n[etns] name |
                      -c[ompressvlans] -color -p[retty] -j[son] }
  255
  $ printf 'link show\n' > f; bridge -n sw -batch f -d 2>&1; echo $?
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 9 cost 6 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  0
  $ bridge -n sw -batch; echo $?
  Usage: bridge [ OPTIONS ] OBJECT { COMMAND | help }
         bridge [ -force ] -batch filename
  where  OBJECT := { link | fdb | mdb | vlan | monitor }
         OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] |
                      -o[neline] | -t[imestamp] | -n[etns] name |
                      -c[ompressvlans] -color -p[retty] -j[son] }
  255
  $ bridge -n sw -batch f link show; echo $?
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 9 cost 6 
  0
  $ bridge -n sw -family inet fdb show dev p1 | sort
  02:00:00:00:00:01 master br0 static
  02:00:00:00:90:01 master br0 permanent
  33:33:00:00:00:01 self permanent
  $ bridge -n sw -family inet6 link; echo $?
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 9 cost 6 
  0
  $ bridge -n sw -family ipx link; echo $?
  Error: argument "ipx" is wrong: invalid protocol family
  255
  $ bridge -n sw -f inet link; echo $?
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 9 cost 6 
  0
  $ bridge -n sw -fa link; echo $?
  Error: argument "link" is wrong: invalid protocol family
  255
  $ bridge -n sw link; echo $?
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 9 cost 6 
  0
