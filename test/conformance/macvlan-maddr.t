Multicast lists of macvlans and their lower device: ip maddr and /proc/net/dev_mcast show the groups each macvlan joins (IPv4 all-hosts, IPv6 all-nodes and solicited-node, a joined group), dev_mc_sync() copies them to the lower device while the macvlan is up, and they leave when it goes down or is deleted.
  $ ip netns add h
  $ ip -n h link add eth0 address 02:00:00:00:00:01 type veth peer name peer0 address 02:00:00:00:00:02
  $ ip -n h link add link eth0 name mv0 address 02:00:00:00:00:11 type macvlan mode bridge
  $ ip -n h link add link eth0 name mv1 address 02:00:00:00:00:12 type macvlan mode private
  $ ip -n h maddr show dev eth0
  3:	eth0
  	link  33:33:00:00:00:01
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip -n h link set eth0 up
  $ ip -n h maddr show dev eth0
  3:	eth0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip -n h link set mv0 up
  $ ip -n h maddr show dev mv0
  4:	mv0
  	link  33:33:00:00:00:01 users 2
  	link  01:00:5e:00:00:01 users 2
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip -n h maddr show dev eth0
  3:	eth0
  	link  33:33:00:00:00:01 users 2
  	link  01:00:5e:00:00:01 users 2
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip -n h maddr add 01:00:5e:01:02:03 dev mv0
  $ ip -n h maddr show dev mv0
  4:	mv0
  	link  33:33:00:00:00:01 users 2
  	link  01:00:5e:00:00:01 users 2
  	link  01:00:5e:01:02:03 users 2 static
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip -n h maddr show dev eth0
  3:	eth0
  	link  33:33:00:00:00:01 users 2
  	link  01:00:5e:00:00:01 users 2
  	link  01:00:5e:01:02:03
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip netns exec h sh -c 'sort /proc/net/dev_mcast'
  2    peer0           1     0     333300000001
  3    eth0            1     0     01005e010203
  3    eth0            2     0     01005e000001
  3    eth0            2     0     333300000001
  4    mv0             2     0     01005e000001
  4    mv0             2     0     333300000001
  4    mv0             2     1     01005e010203
  5    mv1             1     0     333300000001
  $ ip -n h link set mv1 up
  $ ip -n h -4 maddr show
  3:	eth0
  	inet  224.0.0.1
  4:	mv0
  	inet  224.0.0.1
  5:	mv1
  	inet  224.0.0.1
  $ ip -n h link set mv0 down
  $ ip -n h maddr show dev eth0
  3:	eth0
  	link  33:33:00:00:00:01 users 2
  	link  01:00:5e:00:00:01 users 2
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip -n h maddr show dev mv0
  4:	mv0
  	link  33:33:00:00:00:01
  	link  01:00:5e:01:02:03 static
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip -n h maddr del 01:00:5e:01:02:03 dev mv0
  $ ip -n h maddr del 01:00:5e:01:02:03 dev mv0
  ioctl: No such file or directory
  [1]
  $ ip -n h link del mv1
  $ ip -n h maddr show dev eth0
  3:	eth0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip -n h maddr add 33:33:00:00:00:99 dev eth0
  $ ip -n h maddr add 33:33:00:00:00:99 dev eth0
  $ ip -n h maddr show dev eth0
  3:	eth0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	link  33:33:00:00:00:99 static
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip -n h maddr add 02:00:00:00:00:77 dev eth0
  $ ip -n h maddr show dev eth0 | grep 77
  	link  02:00:00:00:00:77 static
