addr_assign_type of a bridge as its MAC changes: random at creation (eth_hw_addr_random), still random after taking a port's MAC (br_stp_recalculate_bridge_id() copies it without marking it), set (3) once the user sets one, and the bridge id that follows in sysfs; a veth without an address is random, with one set; a macvlan in passthru mode takes its lower's.
  $ ip netns add n
  $ ip -n n link add br0 type bridge
  $ ip -n n link add p1 address 02:00:00:00:00:05 type veth peer name q1
  $ ip -n n link add p2 address 02:00:00:00:00:03 type veth peer name q2
  $ ip netns exec n sh -c 'for d in br0 p1 q1; do echo $d $(cat /sys/class/net/$d/addr_assign_type); done'
  br0 1
  p1 3
  q1 1
  $ ip -n n link set p1 master br0
  $ ip netns exec n sh -c 'cat /sys/class/net/br0/address /sys/class/net/br0/addr_assign_type /sys/class/net/br0/bridge/bridge_id'
  02:00:00:00:00:05
  1
  8000.020000000005
  $ ip -n n link set p2 master br0
  $ ip netns exec n sh -c 'cat /sys/class/net/br0/address /sys/class/net/br0/addr_assign_type /sys/class/net/br0/bridge/bridge_id'
  02:00:00:00:00:03
  1
  8000.020000000003
  $ ip -n n link set p2 nomaster
  $ ip netns exec n sh -c 'cat /sys/class/net/br0/address /sys/class/net/br0/addr_assign_type'
  02:00:00:00:00:05
  1
  $ ip -n n link set br0 address 02:00:00:00:99:99
  $ ip netns exec n sh -c 'cat /sys/class/net/br0/address /sys/class/net/br0/addr_assign_type /sys/class/net/br0/bridge/bridge_id'
  02:00:00:00:99:99
  3
  8000.020000009999
  $ ip -n n link set p2 master br0
  $ ip netns exec n sh -c 'cat /sys/class/net/br0/address /sys/class/net/br0/addr_assign_type'
  02:00:00:00:99:99
  3
  $ ip -n n link add link q2 name mv0 type macvlan mode passthru
  $ ip netns exec n sh -c 'cat /sys/class/net/mv0/addr_assign_type; [ "$(cat /sys/class/net/mv0/address)" = "$(cat /sys/class/net/q2/address)" ] && echo same'
  1
  same
  $ ip -n n link set q1 address 02:00:00:00:00:41
  $ ip netns exec n sh -c 'cat /sys/class/net/q1/addr_assign_type'
  3
  $ ip -n n link set dev br0 type bridge priority 100
  $ ip netns exec n sh -c 'cat /sys/class/net/br0/bridge/bridge_id /sys/class/net/p1/brport/designated_bridge /sys/class/net/p1/brport/port_id /sys/class/net/p2/brport/port_no'
  0064.020000009999
  8000.020000009999
  0x8001
  0x2
