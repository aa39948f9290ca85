Number formats written to /sys/class/net/DEV files (netdev_store(): kstrtoul(buf, 0)) on a bridge port and a macvlan: mtu, tx_queue_len, flags, group, gro_flush_timeout, napi_defer_hard_irqs, carrier.
  $ ip netns add h; ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n h link add e0 address 02:00:00:00:00:01 type veth peer name e1 address 02:00:00:00:00:02
  $ ip -n h link add mv0 link e0 address 02:00:00:00:0a:01 type macvlan
  $ w() { ip netns exec h sh -c "printf '$1' > /sys/class/net/$2; echo \$?; cat /sys/class/net/$2"; }
  $ w '0x578' mv0/mtu
  0
  1400
  $ w '+1400' mv0/mtu
  0
  1400
  $ w ' 1300' mv0/mtu
  sh: 1: printf: printf: I/O error
  1
  1400
  $ w '1300 ' mv0/mtu
  sh: 1: printf: printf: I/O error
  1
  1400
  $ w '1200\n' mv0/mtu
  0
  1200
  $ w '01000' mv0/mtu
  0
  512
  $ w '1e3' mv0/mtu
  sh: 1: printf: printf: I/O error
  1
  512
  $ w '99999999999999999999' mv0/mtu
  sh: 1: printf: printf: I/O error
  1
  512
  $ w '0x10' e0/tx_queue_len
  0
  16
  $ w '+7' e0/tx_queue_len
  0
  7
  $ w '-7' e0/tx_queue_len
  sh: 1: printf: Illegal option -7
  2
  7
  $ w '0x1003' e0/flags
  0
  0x1003
  $ w '+5' e0/group
  sh: 1: cannot create /sys/class/net/e0/group: Permission denied
  2
  cat: /sys/class/net/e0/group: No such file or directory
  [1]
  $ w '010' e0/gro_flush_timeout
  0
  8
  $ w '+2' e0/napi_defer_hard_irqs
  0
  2
  $ w '1' e0/carrier
  sh: 1: printf: printf: I/O error
  1
  0
  $ ip -n h -br link show | sort | cut -c1-40
  e0@e1            LOWERLAYERDOWN 02:00:00
  e1@e0            DOWN           02:00:00
  lo               DOWN           00:00:00
  mv0@e0           DOWN           02:00:00
