A macvlan passes its multicast list to its lower device (dev_mc_sync): the lower device's shared addresses count both users, the macvlan's own are held twice; down, up and deletion of the macvlan give them back (dev_mc_unsync). bridge fdb show lists the lower device's addresses too.
  $ ip link add a0 type veth peer name b0
  $ ip link set a0 address 02:00:00:00:00:01
  $ ip link set b0 address 02:00:00:00:00:02
  $ ip link add m0 link a0 type macvlan mode bridge
  $ ip link set m0 address 02:00:00:00:00:03
  $ ip link add m1 link a0 type macvlan mode private
  $ ip link set m1 address 02:00:00:00:00:04
  $ ip link set a0 up
  $ ip link set b0 up
  $ sleep 3
  $ ip -0 maddr show dev a0
  3:	a0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	link  33:33:ff:00:00:01
  $ ip link set m0 up
  $ sleep 3
  $ ip -0 maddr show dev a0
  3:	a0
  	link  33:33:00:00:00:01 users 2
  	link  01:00:5e:00:00:01 users 2
  	link  33:33:ff:00:00:01
  	link  33:33:ff:00:00:03
  $ ip -0 maddr show dev m0
  4:	m0
  	link  33:33:00:00:00:01 users 2
  	link  01:00:5e:00:00:01 users 2
  	link  33:33:ff:00:00:03 users 2
  $ ip maddr add 01:00:5e:44:44:44 dev m0
  $ ip link set m1 up
  $ sleep 3
  $ cat /proc/net/dev_mcast
  2    b0              1     0     333300000001
  2    b0              1     0     01005e000001
  2    b0              1     0     3333ff000002
  3    a0              3     0     333300000001
  3    a0              3     0     01005e000001
  3    a0              1     0     3333ff000001
  3    a0              1     0     3333ff000003
  3    a0              1     0     01005e444444
  3    a0              1     0     3333ff000004
  4    m0              2     0     333300000001
  4    m0              2     0     01005e000001
  4    m0              2     0     3333ff000003
  4    m0              2     1     01005e444444
  5    m1              2     0     333300000001
  5    m1              2     0     01005e000001
  5    m1              2     0     3333ff000004
  $ bridge fdb show dev a0
  02:00:00:00:00:03 self permanent
  02:00:00:00:00:04 self permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  33:33:ff:00:00:01 self permanent
  33:33:ff:00:00:03 self permanent
  01:00:5e:44:44:44 self permanent
  33:33:ff:00:00:04 self permanent
  $ ip link set m0 down
  $ ip -0 maddr show dev a0
  3:	a0
  	link  33:33:00:00:00:01 users 2
  	link  01:00:5e:00:00:01 users 2
  	link  33:33:ff:00:00:01
  	link  33:33:ff:00:00:04
  $ ip -0 maddr show dev m0
  4:	m0
  	link  01:00:5e:44:44:44 static
  $ ip link set m0 up
  $ ip -0 maddr show dev a0
  3:	a0
  	link  33:33:00:00:00:01 users 3
  	link  01:00:5e:00:00:01 users 3
  	link  33:33:ff:00:00:01
  	link  33:33:ff:00:00:04
  	link  01:00:5e:44:44:44
  	link  33:33:ff:00:00:03
  $ ip maddr del 01:00:5e:44:44:44 dev m0
  $ ip link del m1
  $ cat /proc/net/dev_mcast
  2    b0              1     0     333300000001
  2    b0              1     0     01005e000001
  2    b0              1     0     3333ff000002
  3    a0              2     0     333300000001
  3    a0              2     0     01005e000001
  3    a0              1     0     3333ff000001
  3    a0              1     0     3333ff000003
  4    m0              2     0     01005e000001
  4    m0              2     0     333300000001
  4    m0              2     0     3333ff000003
