sysfs links across namespaces: a macvlan moved to another namespace loses its lower_ link and its lower its upper_ link (netdev_adjacent_is_neigh_list() wants both in one namespace), the iflink stays the lower's index, and they come back when it returns; a bridge port's brport/bridge and master links, renamed with the bridge.
  $ ip netns add a
  $ ip netns add b
  $ ip -n a link add eth0 address 02:00:00:00:00:01 type veth peer name peer0 address 02:00:00:00:00:02
  $ ip -n a link add link eth0 name mv0 address 02:00:00:00:00:11 type macvlan mode bridge
  $ ip netns exec a sh -c 'ls -d /sys/class/net/eth0/upper_* /sys/class/net/mv0/lower_*'
  /sys/class/net/eth0/upper_mv0
  /sys/class/net/mv0/lower_eth0
  $ ip -n a link set mv0 netns b
  $ ip netns exec a sh -c 'ls -d /sys/class/net/eth0/upper_* 2>&1'
  ls: cannot access '/sys/class/net/eth0/upper_*': No such file or directory
  [2]
  $ ip netns exec b sh -c 'ls -d /sys/class/net/mv0/lower_* 2>&1; cat /sys/class/net/mv0/iflink'
  ls: cannot access '/sys/class/net/mv0/lower_*': No such file or directory
  3
  $ ip netns exec a cat /sys/class/net/eth0/ifindex
  3
  $ ip -n b link set mv0 netns a
  $ ip netns exec a sh -c 'ls -d /sys/class/net/eth0/upper_* /sys/class/net/mv0/lower_*'
  /sys/class/net/eth0/upper_mv0
  /sys/class/net/mv0/lower_eth0
  $ ip -n a link set eth0 name lan0
  $ ip netns exec a sh -c 'ls -d /sys/class/net/lan0/upper_* /sys/class/net/mv0/lower_*; readlink /sys/class/net/mv0/lower_lan0'
  /sys/class/net/lan0/upper_mv0
  /sys/class/net/mv0/lower_lan0
  ../lan0
  $ ip -n a link add br0 type bridge
  $ ip -n a link set peer0 master br0
  $ ip netns exec a sh -c 'readlink /sys/class/net/peer0/master /sys/class/net/peer0/brport/bridge; ls /sys/class/net/peer0/brport/bridge/brif'
  ../br0
  ../../br0
  peer0
  $ ip -n a link set br0 name sw0
  $ ip netns exec a sh -c 'readlink /sys/class/net/peer0/master /sys/class/net/peer0/upper_sw0 /sys/class/net/sw0/lower_peer0'
  ../sw0
  ../sw0
  ../peer0
  $ ip netns exec a sh -c 'cat /sys/class/net/sw0/name_assign_type /sys/class/net/peer0/name_assign_type /sys/class/net/mv0/name_assign_type'
  4
  3
  3
  $ ip netns exec a sh -c 'cat /sys/class/net/sw0/brif/peer0/state /sys/class/net/peer0/brport/bridge/bridge/stp_state'
  0
  0
  $ ip -n a link set peer0 nomaster
  $ ip netns exec a sh -c 'ls /sys/class/net/peer0/ | grep -c "master\|upper\|brport"'
  0
  [1]
