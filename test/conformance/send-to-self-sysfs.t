sysfs views of two NICs of one host and of lo after traffic between their addresses (it crossed lo, not the NICs): /sys/class/net listing, the attribute files of a veth (carrier counts, speed and duplex of a running device, name_assign_type, uevent...) and of lo (no link settings: EINVAL), statistics of both, the permission bits of read-only and writable attributes, and /proc/net/dev.
  $ ip netns add h
  $ ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add eth1 netns h address 02:00:00:00:00:e1 type veth peer name eth2 netns h address 02:00:00:00:00:e2
  $ for d in lo eth1 eth2; do ip -n h link set $d up; done
  $ ip -n h addr add 192.168.1.1/24 dev eth1
  $ ip -n h addr add 192.168.2.2/24 dev eth2
  $ ip netns exec h ping -c 2 -i 0.2 -I 192.168.1.1 192.168.2.2 | grep received
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec h ls /sys/class/net
  eth1
  eth2
  lo
  $ for f in address mtu operstate carrier ifindex iflink flags type tx_queue_len addr_len broadcast dormant duplex speed link_mode netdev_group proto_down carrier_changes carrier_up_count carrier_down_count; do echo "$f=$(ip netns exec h cat /sys/class/net/eth1/$f 2>&1)"; done
  address=02:00:00:00:00:e1
  mtu=1500
  operstate=up
  carrier=1
  ifindex=3
  iflink=2
  flags=0x1003
  type=1
  tx_queue_len=1000
  addr_len=6
  broadcast=ff:ff:ff:ff:ff:ff
  dormant=0
  duplex=full
  speed=10000
  link_mode=0
  netdev_group=0
  proto_down=0
  carrier_changes=2
  carrier_up_count=1
  carrier_down_count=1
  $ for f in rx_packets tx_packets rx_bytes tx_bytes rx_dropped tx_dropped multicast; do echo "lo $f=$(ip netns exec h cat /sys/class/net/lo/statistics/$f) eth1 $f=$(ip netns exec h cat /sys/class/net/eth1/statistics/$f)"; done
  lo rx_packets=4 eth1 rx_packets=0
  lo tx_packets=4 eth1 tx_packets=0
  lo rx_bytes=336 eth1 rx_bytes=0
  lo tx_bytes=336 eth1 tx_bytes=0
  lo rx_dropped=0 eth1 rx_dropped=0
  lo tx_dropped=0 eth1 tx_dropped=0
  lo multicast=0 eth1 multicast=0
  $ ip netns exec h cat /sys/class/net/lo/flags /sys/class/net/lo/type /sys/class/net/lo/mtu /sys/class/net/lo/operstate
  0x9
  772
  65536
  unknown
  $ ip netns exec h ls /sys/class/net/eth1/statistics | head -30
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
  $ ip netns exec h ls -l /sys/class/net/eth1/ | awk '{print $1, $NF}' | grep -v -e power -e queues -e class/net -e total
  -r--r--r-- addr_assign_type
  -r--r--r-- addr_len
  -r--r--r-- address
  -r--r--r-- broadcast
  -rw-r--r-- carrier
  -r--r--r-- carrier_changes
  -r--r--r-- carrier_down_count
  -r--r--r-- carrier_up_count
  -r--r--r-- dev_id
  -r--r--r-- dev_port
  -r--r--r-- dormant
  -r--r--r-- duplex
  -rw-r--r-- flags
  -rw-r--r-- gro_flush_timeout
  -rw-r--r-- ifalias
  -r--r--r-- ifindex
  -r--r--r-- iflink
  -r--r--r-- link_mode
  -rw-r--r-- mtu
  -r--r--r-- name_assign_type
  -rw-r--r-- napi_defer_hard_irqs
  -rw-r--r-- netdev_group
  -r--r--r-- operstate
  -rw-r--r-- proto_down
  -r--r--r-- speed
  drwxr-xr-x statistics
  -r--r--r-- testing
  -rw-r--r-- threaded
  -rw-r--r-- tx_queue_len
  -r--r--r-- type
  -rw-r--r-- uevent
  $ ip netns exec h ls -l /sys/class/net/eth1/statistics | awk '{print $1, $NF}' | sed -n 2,4p
  -r--r--r-- collisions
  -r--r--r-- multicast
  -r--r--r-- rx_bytes
  $ ip netns exec h sh -c 'for f in dev_id dev_port name_assign_type testing gro_flush_timeout napi_defer_hard_irqs threaded phys_port_id phys_port_name phys_switch_id uevent; do echo "$f=$(cat /sys/class/net/eth1/$f 2>&1)"; done'
  dev_id=0x0
  dev_port=0
  name_assign_type=3
  testing=0
  gro_flush_timeout=0
  napi_defer_hard_irqs=0
  threaded=0
  phys_port_id=cat: /sys/class/net/eth1/phys_port_id: No such file or directory
  phys_port_name=cat: /sys/class/net/eth1/phys_port_name: No such file or directory
  phys_switch_id=cat: /sys/class/net/eth1/phys_switch_id: No such file or directory
  uevent=INTERFACE=eth1
  IFINDEX=3
  $ ip netns exec h sh -c 'for f in dormant duplex speed carrier; do echo "$f=$(cat /sys/class/net/lo/$f 2>&1)"; done'
  dormant=0
  duplex=cat: /sys/class/net/lo/duplex: Invalid argument
  speed=cat: /sys/class/net/lo/speed: Invalid argument
  carrier=1
  $ ip -n h link set eth2 down
  $ ip netns exec h sh -c 'for f in carrier dormant testing speed duplex operstate carrier_up_count carrier_down_count carrier_changes; do echo "$f=$(cat /sys/class/net/eth2/$f 2>&1)"; done'
  carrier=cat: /sys/class/net/eth2/carrier: Invalid argument
  dormant=cat: /sys/class/net/eth2/dormant: Invalid argument
  testing=cat: /sys/class/net/eth2/testing: Invalid argument
  speed=cat: /sys/class/net/eth2/speed: Invalid argument
  duplex=cat: /sys/class/net/eth2/duplex: Invalid argument
  operstate=down
  carrier_up_count=1
  carrier_down_count=2
  carrier_changes=3
  $ ip netns exec h sh -c 'for f in dormant duplex speed carrier name_assign_type; do echo "$f=$(cat /sys/class/net/lo/$f 2>&1)"; done'
  dormant=0
  duplex=cat: /sys/class/net/lo/duplex: Invalid argument
  speed=cat: /sys/class/net/lo/speed: Invalid argument
  carrier=1
  name_assign_type=2
  $ ip netns exec h cat /proc/net/dev | sed -E 's/ +/ /g'
  Inter-| Receive | Transmit
   face |bytes packets errs drop fifo frame compressed multicast|bytes packets errs drop fifo colls carrier compressed
   lo: 336 4 0 0 0 0 0 0 336 4 0 0 0 0 0 0
   eth2: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
   eth1: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
