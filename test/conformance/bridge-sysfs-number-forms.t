Number formats written to bridge and port sysfs files (kstrtoul(buf, 0): hex and octal prefixes, a leading '+', one trailing newline, no blanks, no sign, overflow) and the write errors sh reports.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link set p1 master br0
  $ w() { ip netns exec sw sh -c "printf '$1' > /sys/class/net/$2; echo \$?; cat /sys/class/net/$2"; }
  $ w '0x10' br0/bridge/priority
  0
  16
  $ w '010' br0/bridge/priority
  0
  8
  $ w '+20' br0/bridge/priority
  0
  20
  $ w ' 30' br0/bridge/priority
  sh: 1: printf: printf: I/O error
  1
  20
  $ w '40 ' br0/bridge/priority
  sh: 1: printf: printf: I/O error
  1
  20
  $ w '50\n' br0/bridge/priority
  0
  50
  $ w '60\n\n' br0/bridge/priority
  sh: 1: printf: printf: I/O error
  1
  50
  $ w '-1' br0/bridge/priority
  sh: 1: printf: Illegal option -1
  2
  50
  $ w '0x' br0/bridge/priority
  sh: 1: printf: printf: I/O error
  1
  50
  $ w '' br0/bridge/priority
  0
  50
  $ w '99999999999999999999' br0/bridge/priority
  sh: 1: printf: printf: I/O error
  1
  50
  $ w '65536' br0/bridge/priority
  0
  0
  $ w '08' br0/bridge/priority
  sh: 1: printf: printf: I/O error
  1
  0
  $ w '0x1F' p1/brport/path_cost
  0
  31
  $ w '1e3' p1/brport/path_cost
  0
  1
  $ w '0' p1/brport/path_cost
  sh: 1: printf: printf: I/O error
  1
  1
  $ w '65536' p1/brport/path_cost
  sh: 1: printf: printf: I/O error
  1
  1
  $ w '2' p1/brport/learning
  0
  1
  $ w '0x0' p1/brport/learning
  0
  0
  $ w '+1\n' p1/brport/learning
  sh: 1: printf: printf: I/O error
  1
  0
  $ w 'on' p1/brport/learning
  sh: 1: printf: printf: I/O error
  1
  0
  $ w '63' p1/brport/priority
  0
  63
  $ w '64' p1/brport/priority
  sh: 1: printf: printf: I/O error
  1
  63
  $ w '4' p1/brport/state
  sh: 1: cannot create /sys/class/net/p1/brport/state: Permission denied
  2
  0
  $ w '5' p1/brport/state
  sh: 1: cannot create /sys/class/net/p1/brport/state: Permission denied
  2
  0
  $ w '1' p1/brport/flush
  0
  cat: /sys/class/net/p1/brport/flush: Permission denied
  [1]
  $ w 'x' p1/brport/flush
  sh: 1: printf: printf: I/O error
  1
  cat: /sys/class/net/p1/brport/flush: Permission denied
  [1]
  $ w '3' br0/bridge/multicast_router
  sh: 1: printf: printf: I/O error
  1
  1
  $ w '4' br0/bridge/multicast_router
  sh: 1: printf: printf: I/O error
  1
  1
  $ w '0x8000' br0/bridge/group_fwd_mask
  0
  0x8000
  $ w '0x4000' br0/bridge/group_fwd_mask
  0
  0x4000
