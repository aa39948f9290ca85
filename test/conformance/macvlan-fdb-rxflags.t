macvlan address filters and receive flags: bridge fdb add/del self takes multicast on any macvlan and unicast only in passthru mode, the lists reach the lower device (dev_uc_sync/dev_mc_sync), promisc and allmulti on a running macvlan count on the lower and are given back when it goes down, bcqueuelen 0 and mode changes to or from passthru.
  $ ip link add e0 address 02:00:00:00:00:01 type veth peer name e1 address 02:00:00:00:00:02
  $ ip link add link e0 name mv0 address 02:00:00:00:00:11 type macvlan mode bridge
  $ ip link add link e0 name mp0 address 02:00:00:00:00:12 type macvlan mode private
  $ ip link add link e1 name pt0 type macvlan mode passthru
  $ ip link set e0 up; ip link set e1 up; ip link set mv0 up; ip link set pt0 up
  $ bridge fdb show dev mv0
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  33:33:ff:00:00:11 self permanent
  $ bridge fdb show dev e0
  02:00:00:00:00:11 self permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  33:33:ff:00:00:01 self permanent
  33:33:ff:00:00:11 self permanent
  $ bridge fdb add 02:00:00:00:00:99 dev mv0 self
  RTNETLINK answers: Operation not supported
  [255]
  $ bridge fdb add 01:00:5e:01:01:01 dev mv0 self
  $ bridge fdb show dev mv0
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  33:33:ff:00:00:11 self permanent
  01:00:5e:01:01:01 self permanent
  $ bridge fdb show dev e0
  02:00:00:00:00:11 self permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  33:33:ff:00:00:01 self permanent
  33:33:ff:00:00:11 self permanent
  01:00:5e:01:01:01 self permanent
  $ bridge fdb add 02:00:00:00:00:98 dev pt0 self
  $ bridge fdb add 02:00:00:00:00:98 dev pt0 self
  RTNETLINK answers: File exists
  [255]
  $ bridge fdb replace 01:00:5e:01:01:02 dev mv0 self
  RTNETLINK answers: Operation not supported
  [255]
  $ bridge fdb del 02:00:00:00:00:97 dev pt0 self
  RTNETLINK answers: No such file or directory
  [255]
  $ bridge fdb del 02:00:00:00:00:99 dev mv0 self
  RTNETLINK answers: Operation not supported
  [255]
  $ bridge fdb show dev pt0
  02:00:00:00:00:98 self permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  33:33:ff:00:00:02 self permanent
  $ bridge fdb show dev e1
  02:00:00:00:00:98 self permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  33:33:ff:00:00:02 self permanent
  $ bridge fdb del 01:00:5e:01:01:01 dev mv0 self
  $ bridge fdb del 02:00:00:00:00:98 dev pt0 self
  $ bridge fdb show dev e1
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  33:33:ff:00:00:02 self permanent
  $ ip -d link show e0 | grep -o 'promiscuity [0-9]*\|allmulti [0-9]*'
  promiscuity 1
  allmulti 0
  $ ip -d link show e1 | grep -o 'promiscuity [0-9]*\|allmulti [0-9]*'
  promiscuity 1
  allmulti 0
  $ ip link set mv0 promisc on
  $ ip link set mv0 allmulticast on
  $ ip -d link show e0 | grep -o 'promiscuity [0-9]*\|allmulti [0-9]*'
  promiscuity 2
  allmulti 1
  $ ip link show mv0 | head -1
  4: mv0@e0: <BROADCAST,MULTICAST,ALLMULTI,PROMISC,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
  $ ip maddr show dev e0
  3:	e0
  	link  33:33:00:00:00:01 users 2
  	link  01:00:5e:00:00:01 users 2
  	link  33:33:ff:00:00:01
  	link  33:33:ff:00:00:11
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip maddr show dev mv0
  4:	mv0
  	link  33:33:00:00:00:01 users 2
  	link  01:00:5e:00:00:01 users 2
  	link  33:33:ff:00:00:11 users 2
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:11
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip link set mv0 down
  $ ip -d link show e0 | grep -o 'promiscuity [0-9]*\|allmulti [0-9]*'
  promiscuity 0
  allmulti 0
  $ ip maddr show dev e0
  3:	e0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	link  33:33:ff:00:00:01
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip link add link e0 name mv9 type macvlan bcqueuelen 0
  $ ip -d link show mv9 | grep -o 'bcqueuelen [0-9]* usedbcqueuelen [0-9]*'
  bcqueuelen 0 usedbcqueuelen 1000
  $ ip link set mv9 type macvlan bcqueuelen 5000
  $ ip -d link show mv9 | grep -o 'bcqueuelen [0-9]* usedbcqueuelen [0-9]*'
  bcqueuelen 5000 usedbcqueuelen 5000
  $ ip -d link show mp0 | grep -o 'bcqueuelen [0-9]* usedbcqueuelen [0-9]*'
  bcqueuelen 1000 usedbcqueuelen 5000
  $ ip link set pt0 type macvlan mode bridge
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set mv0 type macvlan mode passthru
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set mv0 type macvlan mode source
  $ ip -d link show mv0 | sed -n 3p | cut -c1-60
      macvlan mode source bcqueuelen 1000 usedbcqueuelen 5000 
  $ ip link set mv0 up
  $ ip -d link show e0 | grep -o 'promiscuity [0-9]*\|allmulti [0-9]*'
  promiscuity 2
  allmulti 1
  $ ip link set mv0 promisc off
  $ ip -d link show e0 | grep -o 'promiscuity [0-9]*\|allmulti [0-9]*'
  promiscuity 1
  allmulti 1
  $ ip link set pt0 promisc on
  $ ip -d link show e1 | grep -o 'promiscuity [0-9]*\|allmulti [0-9]*'
  promiscuity 1
  allmulti 0
  $ ip link set pt0 down
  $ ip -d link show e1 | grep -o 'promiscuity [0-9]*\|allmulti [0-9]*'
  promiscuity 0
  allmulti 0
  $ bridge fdb show dev e1
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  33:33:ff:00:00:02 self permanent
