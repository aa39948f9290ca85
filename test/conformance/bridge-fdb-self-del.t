bridge fdb del ... self on a device without its own fdb (a veth, a bridge port): ndo_dflt_fdb_del() takes only local entries (the default state, permanent, local), refusing static and dynamic with EINVAL before looking the address up; a unicast or multicast address not in the device's lists is ENOENT; add and del round trips on the device's own address lists (uc: promiscuity, mc) and on the bridge itself.
  $ ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link set v1 master br0
  $ bridge fdb add 02:00:00:00:aa:01 dev v0 self; echo $?
  0
  $ bridge fdb add 01:00:5e:01:02:03 dev v0 self permanent; echo $?
  0
  $ bridge fdb show dev v0 | sort
  01:00:5e:01:02:03 self permanent
  02:00:00:00:aa:01 self permanent
  33:33:00:00:00:01 self permanent
  $ bridge fdb del 02:00:00:00:aa:01 dev v0 self static; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ bridge fdb del 02:00:00:00:aa:01 dev v0 self dynamic; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ bridge fdb del 02:00:00:00:aa:01 dev v0 static; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ bridge fdb del 02:00:00:00:aa:09 dev v0 self static; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ bridge fdb del 01:00:5e:01:02:03 dev v0 dynamic; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ bridge fdb del 02:00:00:00:aa:09 dev v0 self; echo $?
  RTNETLINK answers: No such file or directory
  255
  $ bridge fdb del 01:00:5e:09:09:09 dev v0 self local; echo $?
  RTNETLINK answers: No such file or directory
  255
  $ bridge fdb del 00:00:00:00:00:00 dev v0 permanent; echo $?
  RTNETLINK answers: No such file or directory
  255
  $ bridge fdb del 01:80:c2:00:00:0e dev v0 permanent; echo $?
  RTNETLINK answers: No such file or directory
  255
  $ bridge fdb del 02:00:00:00:aa:01 dev v0 self local; echo $?
  0
  $ bridge fdb del 01:00:5e:01:02:03 dev v0 permanent; echo $?
  0
  $ bridge fdb show dev v0 | sort
  33:33:00:00:00:01 self permanent
  $ bridge fdb add 02:00:00:00:aa:02 dev v1 self; echo $?
  0
  $ bridge fdb show dev v1 | sort
  02:00:00:00:00:02 master br0 permanent
  02:00:00:00:aa:02 self permanent
  33:33:00:00:00:01 self permanent
  $ bridge fdb del 02:00:00:00:aa:02 dev v1 self static; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ bridge fdb del 02:00:00:00:aa:02 dev v1 master; echo $?
  RTNETLINK answers: No such file or directory
  255
  $ bridge fdb del 02:00:00:00:aa:02 dev v1 master self; echo $?
  RTNETLINK answers: No such file or directory
  255
  $ bridge fdb show dev v1 | sort
  02:00:00:00:00:02 master br0 permanent
  02:00:00:00:aa:02 self permanent
  33:33:00:00:00:01 self permanent
  $ bridge fdb add 02:00:00:00:aa:03 dev br0 self static; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ bridge fdb del 02:00:00:00:aa:03 dev br0 self dynamic; echo $?
  RTNETLINK answers: No such file or directory
  255
  $ bridge fdb show dev br0 | sort
  02:00:00:00:99:99 master br0 permanent
  33:33:00:00:00:01 self permanent
  $ bridge fdb del 02:00:00:00:aa:03 dev br0 self; echo $?
  RTNETLINK answers: No such file or directory
  255
  $ bridge fdb del 02:00:00:00:aa:03 dev br0 self; echo $?
  RTNETLINK answers: No such file or directory
  255
  $ ip -d link show v0 | grep -o 'promiscuity [0-9]*'
  promiscuity 0
