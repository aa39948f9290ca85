Writing a bridge port's sysfs files through the bridge's brif/ link (BRIDGE/brif/PORT/FILE is PORT/brport/FILE): the value shows on both paths; read-only files refuse the open; bad values are refused as through brport/.
  $ ip netns add s
  $ ip -n s link add br0 address 02:00:00:00:0d:00 type bridge
  $ ip -n s link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip -n s link set v0 master br0
  $ ip netns exec s cat /sys/class/net/br0/brif/v0/path_cost /sys/class/net/v0/brport/path_cost
  2
  2
  $ ip netns exec s bash -c 'echo 7 > /sys/class/net/br0/brif/v0/path_cost'; echo rc=$?
  rc=0
  $ ip netns exec s cat /sys/class/net/br0/brif/v0/path_cost /sys/class/net/v0/brport/path_cost
  7
  7
  $ ip netns exec s bash -c 'echo 1 > /sys/class/net/br0/brif/v0/hairpin_mode'; echo rc=$?
  rc=0
  $ ip -n s -d link show v0 | grep -o 'hairpin [a-z]*'
  hairpin on
  $ ip netns exec s bash -c 'echo 0 > /sys/class/net/br0/brif/v0/learning'; echo rc=$?
  rc=0
  $ ip netns exec s bridge -d link show dev v0 | grep -o 'learning [a-z]*'
  learning off
  $ ip netns exec s bash -c 'echo 3 > /sys/class/net/br0/brif/v0/state'; echo rc=$?
  bash: line 1: /sys/class/net/br0/brif/v0/state: Permission denied
  rc=1
  $ ip netns exec s bash -c 'echo 70000 > /sys/class/net/br0/brif/v0/priority'; echo rc=$?
  bash: line 1: echo: write error: Numerical result out of range
  rc=1
  $ ip netns exec s cat /sys/class/net/br0/brif/v0/priority
  32
  $ ip netns exec s bash -c 'echo x > /sys/class/net/br0/brif/v0/path_cost'; echo rc=$?
  bash: line 1: echo: write error: Invalid argument
  rc=1
  $ ip netns exec s cat /sys/class/net/v0/brport/path_cost
  7
