Writing /sys/class/net files of a macvlan and a bridge: mtu (bounds as ip link set), tx_queue_len, flags (up through sysfs), ifalias (shown by ip link), netdev_group, carrier on a device without ndo_change_carrier, proto_down, and read-only files refused at open. (Writes through bash -c: dash's messages differ.)
  $ ip netns add n
  $ ip -n n link add eth0 address 02:00:00:00:00:01 type veth peer name peer0 address 02:00:00:00:00:02
  $ ip -n n link add link eth0 name mv0 address 02:00:00:00:00:11 type macvlan mode bridge
  $ ip -n n link add br0 address 02:00:00:00:99:99 type bridge
  $ ip netns exec n bash -c 'echo 1400 > /sys/class/net/mv0/mtu'
  $ ip netns exec n bash -c 'echo 1600 > /sys/class/net/mv0/mtu'
  bash: line 1: echo: write error: Invalid argument
  [1]
  $ ip netns exec n bash -c 'echo 10 > /sys/class/net/mv0/mtu'
  bash: line 1: echo: write error: Invalid argument
  [1]
  $ ip netns exec n bash -c 'echo abc > /sys/class/net/mv0/mtu'
  bash: line 1: echo: write error: Invalid argument
  [1]
  $ ip netns exec n bash -c 'echo 0x500 > /sys/class/net/br0/mtu'
  $ ip netns exec n bash -c 'echo 77 > /sys/class/net/mv0/tx_queue_len'
  $ ip netns exec n bash -c 'echo 5 > /sys/class/net/mv0/netdev_group'
  $ ip netns exec n bash -c 'echo my alias > /sys/class/net/mv0/ifalias'
  $ ip -n n link show mv0
  4: mv0@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1400 qdisc noop state DOWN mode DEFAULT group 5 qlen 77
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
      alias my alias
  $ ip -n n link show br0
  5: br0: <BROADCAST,MULTICAST> mtu 1280 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
  $ ip netns exec n bash -c 'cat /sys/class/net/mv0/ifalias /sys/class/net/mv0/netdev_group'
  my alias
  5
  $ ip netns exec n bash -c 'echo 0x1003 > /sys/class/net/br0/flags'
  $ ip -n n link show br0
  5: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1280 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
  $ ip netns exec n bash -c 'echo 0 > /sys/class/net/mv0/carrier'
  bash: line 1: echo: write error: Operation not supported
  [1]
  $ ip netns exec n bash -c 'echo 0x1003 > /sys/class/net/mv0/flags; echo 0 > /sys/class/net/mv0/carrier'
  bash: line 1: echo: write error: Operation not supported
  [1]
  $ ip netns exec n bash -c 'echo 1 > /sys/class/net/mv0/proto_down'
  $ ip netns exec n bash -c 'echo 1 > /sys/class/net/eth0/proto_down'
  bash: line 1: echo: write error: Operation not supported
  [1]
  $ ip netns exec n bash -c 'echo 5 > /sys/class/net/mv0/ifindex'
  bash: line 1: /sys/class/net/mv0/ifindex: Permission denied
  [1]
  $ ip netns exec n bash -c 'echo 5 > /sys/class/net/mv0/statistics/rx_packets'
  bash: line 1: /sys/class/net/mv0/statistics/rx_packets: Permission denied
  [1]
  $ ip netns exec n bash -c 'echo > /sys/class/net/mv0/ifalias'
  $ ip -n n link show mv0
  4: mv0@eth0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1400 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group 5 qlen 77
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff protodown on 
  $ ip netns exec n bash -c 'echo 99999999999 > /sys/class/net/mv0/tx_queue_len'
  bash: line 1: echo: write error: Numerical result out of range
  [1]
  $ ip netns exec n bash -c 'echo -1 > /sys/class/net/mv0/mtu'
  bash: line 1: echo: write error: Invalid argument
  [1]
  $ ip netns exec n cat /sys/class/net/mv0/tx_queue_len
  77
