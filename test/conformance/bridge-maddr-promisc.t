The bridge and its ports' address lists and flags: a port is promiscuous (promiscuity 1, no PROMISC flag), the bridge's own multicast groups in ip maddr, a port leaving gives its promiscuity back, and a bridge with vlan_filtering off and no ports stays non-promisc.
  $ ip netns add s
  $ ip -n s link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n s link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip -n s link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:91:02
  $ ip -n s -d link show p1 | grep -o 'promiscuity [0-9]* allmulti [0-9]*'
  [1]
  $ ip -n s link set p1 master br0
  $ ip -n s -d link show p1 | grep -o 'promiscuity [0-9]* allmulti [0-9]*'
  [1]
  $ ip -n s link show p1
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:01 brd ff:ff:ff:ff:ff:ff
  $ ip -n s -d link show br0 | grep -o 'promiscuity [0-9]* allmulti [0-9]*'
  [1]
  $ ip -n s link set p1 promisc on
  $ ip -n s -d link show p1 | grep -o 'promiscuity [0-9]* allmulti [0-9]*'
  [1]
  $ ip -n s link show p1
  4: p1@q1: <BROADCAST,MULTICAST,PROMISC,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:01 brd ff:ff:ff:ff:ff:ff
  $ ip -n s link set p1 nomaster
  $ ip -n s -d link show p1 | grep -o 'promiscuity [0-9]* allmulti [0-9]*'
  [1]
  $ ip -n s link set p1 promisc off
  $ ip -n s -d link show p1 | grep -o 'promiscuity [0-9]* allmulti [0-9]*'
  [1]
  $ ip -n s link set p1 master br0
  $ ip -n s link set p2 master br0
  $ for d in br0 p1 p2 q1 q2; do ip -n s link set $d up; done
  $ ip -n s maddr show dev br0
  2:	br0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:6a
  	link  33:33:00:00:00:6a
  	link  01:00:5e:00:00:01
  	link  33:33:ff:00:99:99
  	inet  224.0.0.1
  	inet  224.0.0.106
  	inet6 ff02::1:ff00:9999
  	inet6 ff02::6a
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip -n s maddr show dev p1
  4:	p1
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	link  33:33:ff:00:90:01
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:9001
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip -n s link set br0 allmulticast on
  $ ip -n s -d link show br0 | grep -o 'promiscuity [0-9]* allmulti [0-9]*'
  [1]
  $ ip -n s -d link show p1 | grep -o 'promiscuity [0-9]* allmulti [0-9]*'
  [1]
  $ ip -n s link set br0 promisc on
  $ ip -n s -d link show br0 | grep -o 'promiscuity [0-9]* allmulti [0-9]*'
  [1]
  $ ip -n s link show br0
  2: br0: <BROADCAST,MULTICAST,ALLMULTI,PROMISC,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
  $ ip -n s maddr add 01:00:5e:01:01:01 dev br0
  $ ip -n s maddr show dev br0 | grep 01:01:01
  	link  01:00:5e:01:01:01 static
  $ bridge -n s fdb show dev br0 | grep -v 33:33
  01:00:5e:00:00:6a self permanent
  01:00:5e:00:00:01 self permanent
  01:00:5e:01:01:01 self permanent
  02:00:00:00:99:99 master br0 permanent
  $ ip -n s link del p2
  $ ip -n s -d link show q2
  Device "q2" does not exist.
  [1]
  $ ip -n s link show master br0
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:01 brd ff:ff:ff:ff:ff:ff
