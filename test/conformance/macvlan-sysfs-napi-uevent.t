Writable net-sysfs files without a netlink twin: gro_flush_timeout and napi_defer_hard_irqs keep what is written (ERANGE past S32_MAX, EINVAL for a non-number), threaded is EOPNOTSUPP on a device without NAPI instances, uevent takes an action word (kobject_synth_uevent()) and refuses others. (Writes through bash -c: dash's messages differ.)
  $ ip netns add n
  $ ip -n n link add p1 type veth peer name q1
  $ ip -n n link add link q1 name mv0 type macvlan mode bridge
  $ ip netns exec n bash -c 'echo 250 > /sys/class/net/mv0/gro_flush_timeout; cat /sys/class/net/mv0/gro_flush_timeout /sys/class/net/q1/gro_flush_timeout'
  250
  0
  $ ip netns exec n bash -c 'echo 5000 > /sys/class/net/p1/gro_flush_timeout; cat /sys/class/net/p1/gro_flush_timeout'
  5000
  $ ip netns exec n bash -c 'echo 7 > /sys/class/net/p1/napi_defer_hard_irqs; cat /sys/class/net/p1/napi_defer_hard_irqs'
  7
  $ ip netns exec n bash -c 'echo 2147483648 > /sys/class/net/p1/napi_defer_hard_irqs'
  bash: line 1: echo: write error: Numerical result out of range
  [1]
  $ ip netns exec n bash -c 'echo x > /sys/class/net/p1/gro_flush_timeout'
  bash: line 1: echo: write error: Invalid argument
  [1]
  $ ip netns exec n bash -c 'echo 1 > /sys/class/net/p1/threaded'
  bash: line 1: echo: write error: Operation not supported
  [1]
  $ ip netns exec n bash -c 'echo 0 > /sys/class/net/p1/threaded'
  bash: line 1: echo: write error: Operation not supported
  [1]
  $ ip netns exec n bash -c 'echo add > /sys/class/net/p1/uevent'
  $ ip netns exec n bash -c 'echo bogus > /sys/class/net/p1/uevent'
  bash: line 1: echo: write error: Invalid argument
  [1]
  $ ip -n n -d link show p1 | grep -o 'gro_max_size [0-9]*'
  gro_max_size 65536
