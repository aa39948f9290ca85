What /sys/class/net holds for a bridge, a port, a veth and a macvlan: the directory listings (brforward on a bridge only), the upper_/lower_/master links, speed and duplex from the driver's link settings (EINVAL while down: lo here), carrier_up_count and carrier_down_count, and the statistics directory.
  $ ip netns add n
  $ ip -n n link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n n link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip -n n link add link q1 name mv0 address 02:00:00:00:00:11 type macvlan mode bridge
  $ ip -n n link set p1 master br0
  $ ip netns exec n ls /sys/class/net/br0
  addr_assign_type
  addr_len
  address
  brforward
  bridge
  brif
  broadcast
  carrier
  carrier_changes
  carrier_down_count
  carrier_up_count
  dev_id
  dev_port
  dormant
  duplex
  flags
  gro_flush_timeout
  ifalias
  ifindex
  iflink
  link_mode
  lower_p1
  mtu
  name_assign_type
  napi_defer_hard_irqs
  netdev_group
  operstate
  power
  proto_down
  queues
  speed
  statistics
  subsystem
  testing
  threaded
  tx_queue_len
  type
  uevent
  $ ip netns exec n ls /sys/class/net/p1
  addr_assign_type
  addr_len
  address
  broadcast
  brport
  carrier
  carrier_changes
  carrier_down_count
  carrier_up_count
  dev_id
  dev_port
  dormant
  duplex
  flags
  gro_flush_timeout
  ifalias
  ifindex
  iflink
  link_mode
  master
  mtu
  name_assign_type
  napi_defer_hard_irqs
  netdev_group
  operstate
  power
  proto_down
  queues
  speed
  statistics
  subsystem
  testing
  threaded
  tx_queue_len
  type
  uevent
  upper_br0
  $ ip netns exec n ls /sys/class/net/mv0
  addr_assign_type
  addr_len
  address
  broadcast
  carrier
  carrier_changes
  carrier_down_count
  carrier_up_count
  dev_id
  dev_port
  dormant
  duplex
  flags
  gro_flush_timeout
  ifalias
  ifindex
  iflink
  link_mode
  lower_q1
  mtu
  name_assign_type
  napi_defer_hard_irqs
  netdev_group
  operstate
  power
  proto_down
  queues
  speed
  statistics
  subsystem
  testing
  threaded
  tx_queue_len
  type
  uevent
  $ ip netns exec n ls /sys/class/net/q1
  addr_assign_type
  addr_len
  address
  broadcast
  carrier
  carrier_changes
  carrier_down_count
  carrier_up_count
  dev_id
  dev_port
  dormant
  duplex
  flags
  gro_flush_timeout
  ifalias
  ifindex
  iflink
  link_mode
  mtu
  name_assign_type
  napi_defer_hard_irqs
  netdev_group
  operstate
  power
  proto_down
  queues
  speed
  statistics
  subsystem
  testing
  threaded
  tx_queue_len
  type
  uevent
  upper_mv0
  $ ip netns exec n ls /sys/class/net/br0/brif
  p1
  $ ip netns exec n readlink /sys/class/net/p1/master /sys/class/net/p1/upper_br0 /sys/class/net/br0/lower_p1 /sys/class/net/mv0/lower_q1 /sys/class/net/q1/upper_mv0
  ../br0
  ../br0
  ../p1
  ../q1
  ../mv0
  $ ip netns exec n ls /sys/class/net/p1/master/brif
  p1
  $ ip netns exec n cat /sys/class/net/p1/speed
  cat: /sys/class/net/p1/speed: Invalid argument
  [1]
  $ ip netns exec n cat /sys/class/net/p1/duplex
  cat: /sys/class/net/p1/duplex: Invalid argument
  [1]
  $ for d in p1 q1 mv0 br0; do ip -n n link set $d up; done
  $ sleep 1
  $ ip netns exec n sh -c 'for d in p1 q1 mv0 br0 lo; do echo $d $(cat /sys/class/net/$d/speed /sys/class/net/$d/duplex 2>&1); done'
  p1 10000 full
  q1 10000 full
  mv0 10000 full
  br0 10000 unknown
  lo cat: /sys/class/net/lo/speed: Invalid argument cat: /sys/class/net/lo/duplex: Invalid argument
  $ ip netns exec n sh -c 'for d in p1 q1 mv0 br0 lo; do echo $d $(cat /sys/class/net/$d/carrier_changes /sys/class/net/$d/carrier_up_count /sys/class/net/$d/carrier_down_count 2>&1); done'
  p1 2 1 1
  q1 2 1 1
  mv0 1 1 0
  br0 2 1 1
  lo 0 0 0
  $ ip netns exec n ls /sys/class/net/mv0/statistics
  collisions
  multicast
  rx_bytes
  rx_compressed
  rx_crc_errors
  rx_dropped
  rx_errors
  rx_fifo_errors
  rx_frame_errors
  rx_length_errors
  rx_missed_errors
  rx_nohandler
  rx_over_errors
  rx_packets
  tx_aborted_errors
  tx_bytes
  tx_carrier_errors
  tx_compressed
  tx_dropped
  tx_errors
  tx_fifo_errors
  tx_heartbeat_errors
  tx_packets
  tx_window_errors
  $ ip netns exec n sh -c 'cat /sys/class/net/lo/name_assign_type /sys/class/net/lo/addr_assign_type /sys/class/net/lo/type /sys/class/net/lo/flags /sys/class/net/lo/mtu'
  2
  0
  772
  0x8
  65536
  $ ip netns exec n ls /sys/class/net
  br0
  lo
  mv0
  p1
  q1
  $ ip netns exec n ls -l /sys/class/net/br0/brif | sed 's/.* p1 ->/p1 ->/'
  total 0
  p1 -> ../../p1/brport
