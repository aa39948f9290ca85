/sys/class/net files of a macvlan and its lower: type, iflink, addr_assign_type (random, set, changed), operstate and carrier following the lower, flags, and the lower's upper_ link.
  $ ip netns add n
  $ ip -n n link add eth0 address 02:00:00:00:00:01 type veth peer name peer0 address 02:00:00:00:00:02
  $ ip -n n link add link eth0 name mv0 address 02:00:00:00:00:11 type macvlan mode bridge
  $ ip -n n link add link eth0 name mv1 type macvlan mode private
  $ ip netns exec n sh -c 'cd /sys/class/net/mv0; cat type addr_len address broadcast mtu flags tx_queue_len link_mode dormant netdev_group dev_id dev_port addr_assign_type name_assign_type'
  1
  6
  02:00:00:00:00:11
  ff:ff:ff:ff:ff:ff
  1500
  0x1002
  1000
  0
  cat: dormant: Invalid argument
  0
  0x0
  0
  3
  3
  [1]
  $ ip netns exec n sh -c 'cd /sys/class/net/mv0; cat operstate carrier'
  down
  cat: carrier: Invalid argument
  [1]
  $ ip netns exec n cat /sys/class/net/mv1/addr_assign_type /sys/class/net/mv1/name_assign_type
  1
  3
  $ ip netns exec n cat /sys/class/net/eth0/addr_assign_type
  3
  $ ip netns exec n sh -c '[ "$(cat /sys/class/net/mv0/ifindex)" = "$(ip -o link show mv0 | cut -d: -f1)" ] && echo ifindex ok'
  ifindex ok
  $ ip netns exec n sh -c '[ "$(cat /sys/class/net/mv0/iflink)" = "$(cat /sys/class/net/eth0/ifindex)" ] && echo iflink ok'
  iflink ok
  $ ip netns exec n sh -c 'ls -d /sys/class/net/eth0/upper_* | sort'
  /sys/class/net/eth0/upper_mv0
  /sys/class/net/eth0/upper_mv1
  $ ip netns exec n sh -c 'ls -d /sys/class/net/mv0/lower_*'
  /sys/class/net/mv0/lower_eth0
  $ ip -n n link set mv0 up
  $ ip netns exec n sh -c 'cd /sys/class/net/mv0; cat operstate flags carrier'
  lowerlayerdown
  0x1003
  0
  $ ip -n n link set eth0 up
  $ ip netns exec n sh -c 'cd /sys/class/net/mv0; cat operstate carrier'
  lowerlayerdown
  0
  $ ip -n n link set peer0 up
  $ sleep 2
  $ ip netns exec n sh -c 'cd /sys/class/net/mv0; cat operstate carrier flags'
  up
  1
  0x1003
  $ ip -n n link set mv0 address 02:00:00:00:00:21
  $ ip netns exec n sh -c 'cd /sys/class/net/mv0; cat address addr_assign_type'
  02:00:00:00:00:21
  3
  $ ip -n n link set eth0 down
  $ ip netns exec n sh -c 'cd /sys/class/net/mv0; cat operstate carrier'
  lowerlayerdown
  0
  $ ip netns exec n cat /sys/class/net/eth0/operstate /sys/class/net/eth0/carrier
  down
  cat: /sys/class/net/eth0/carrier: Invalid argument
  [1]
  $ ip -n n link set mv0 mtu 1400
  $ ip netns exec n cat /sys/class/net/mv0/mtu
  1400
  $ ip -n n link set eth0 mtu 1300
  $ ip netns exec n cat /sys/class/net/mv0/mtu /sys/class/net/mv1/mtu
  1300
  1300
  $ ip -n n link del eth0
  $ ip netns exec n sh -c 'ls /sys/class/net | sort'
  lo
