group_fwd_mask through sysfs: the value is an unsigned long checked whole against the restricted bits (the bridge's BR_GROUPFWD_RESTRICTED 0x7, a port's MAC pause 0x2), then stored in the u16 field: bits above 15 are dropped. ip -d link shows the same.
  $ ip netns add sw
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link set p1 master br0
  $ for v in 65536 0x10008 0x14000 65537 0x10004 0xffff8 0x1fff0 -8; do ip netns exec sw sh -c "echo $v > /sys/class/net/br0/bridge/group_fwd_mask" 2>&1; echo "$v -> $? $(ip netns exec sw cat /sys/class/net/br0/bridge/group_fwd_mask)"; done
  65536 -> 0 0x0
  0x10008 -> 0 0x8
  0x14000 -> 0 0x4000
  sh: 1: echo: echo: I/O error
  65537 -> 1 0x4000
  sh: 1: echo: echo: I/O error
  0x10004 -> 1 0x4000
  0xffff8 -> 0 0xfff8
  0x1fff0 -> 0 0xfff0
  sh: 1: echo: echo: I/O error
  -8 -> 1 0xfff0
  $ ip -n sw -d link show br0 | grep -o 'group_fwd_mask [^ ]*'
  group_fwd_mask 0xfff0
  $ for v in 65536 0x10008 0x14000 0x10002 0x10001 0xfffff 0x3fffd -1; do ip netns exec sw sh -c "echo $v > /sys/class/net/p1/brport/group_fwd_mask" 2>&1; echo "$v -> $? $(ip netns exec sw cat /sys/class/net/p1/brport/group_fwd_mask)"; done
  65536 -> 0 0x0
  0x10008 -> 0 0x8
  0x14000 -> 0 0x4000
  sh: 1: echo: echo: I/O error
  0x10002 -> 1 0x4000
  0x10001 -> 0 0x1
  sh: 1: echo: echo: I/O error
  0xfffff -> 1 0x1
  0x3fffd -> 0 0xfffd
  sh: 1: echo: echo: I/O error
  -1 -> 1 0xfffd
  $ ip -n sw -d link show p1 | grep -o 'group_fwd_mask [^ ]*'
  group_fwd_mask 0xfffd
  $ ip -n sw link set br0 type bridge group_fwd_mask 65536; echo $?
  Error: argument "65536" is wrong: invalid group_fwd_mask
  255
  $ ip -n sw link set p1 type bridge_slave group_fwd_mask 0x10000; echo $?
  Error: argument "0x10000" is wrong: invalid group_fwd_mask
  255
