Writing a device's addr_gen_mode through sysctl re-runs addrconf_init_auto_addrs() when the value changes: an Ethernet device gets the link-local of the new mode next to its old one, up or down (none makes none), lo gets ::1 back even while down; all's value goes to every device the same way; ip link set addrgenmode only records the mode.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ sysctl -qw net.ipv6.conf.a0.accept_dad=0 net.ipv6.conf.b0.accept_dad=0 net.ipv6.conf.a0.stable_secret=2001:db8::1 net.ipv6.conf.b0.stable_secret=2001:db8::2
  $ ip -6 addr show | grep -v valid_lft
  [1]
  $ sysctl -w net.ipv6.conf.a0.addr_gen_mode=0; ip -6 addr show dev a0 | grep -v valid_lft
  net.ipv6.conf.a0.addr_gen_mode = 0
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default qlen 1000
      inet6 fe80::ff:fe00:1/64 scope link 
  $ sysctl -w net.ipv6.conf.a0.addr_gen_mode=2; ip -6 addr show dev a0 | grep -v valid_lft; ip -6 route show table all dev a0
  net.ipv6.conf.a0.addr_gen_mode = 2
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default qlen 1000
      inet6 fe80::88cf:4891:a68c:e03f/64 scope link stable-privacy 
      inet6 fe80::ff:fe00:1/64 scope link 
  local fe80::ff:fe00:1 table local proto kernel metric 0 pref medium
  local fe80::88cf:4891:a68c:e03f table local proto kernel metric 0 pref medium
  $ sysctl -w net.ipv6.conf.a0.addr_gen_mode=2; sysctl -w net.ipv6.conf.a0.addr_gen_mode=1; ip -6 addr show dev a0 | grep -v valid_lft
  net.ipv6.conf.a0.addr_gen_mode = 2
  net.ipv6.conf.a0.addr_gen_mode = 1
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default qlen 1000
      inet6 fe80::88cf:4891:a68c:e03f/64 scope link stable-privacy 
      inet6 fe80::ff:fe00:1/64 scope link 
  $ sysctl -w net.ipv6.conf.lo.addr_gen_mode=1; ip -6 addr show dev lo | grep -v valid_lft; ip -6 route show table local
  net.ipv6.conf.lo.addr_gen_mode = 1
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000
      inet6 ::1/128 scope host 
  local ::1 dev lo proto kernel metric 0 pref medium
  local fe80::ff:fe00:1 dev a0 proto kernel metric 0 pref medium
  local fe80::88cf:4891:a68c:e03f dev a0 proto kernel metric 0 pref medium
  $ sysctl -w net.ipv6.conf.lo.addr_gen_mode=0; ip -6 addr show dev lo | grep -v valid_lft
  net.ipv6.conf.lo.addr_gen_mode = 0
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000
      inet6 ::1/128 scope host 
  $ ip link set a0 up; ip link set b0 up; sleep 1; ip -6 addr show | grep -v valid_lft
  1: lo: <LOOPBACK> mtu 65536 state DOWN qlen 1000
      inet6 ::1/128 scope host 
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000
      inet6 fe80::5932:ab44:7fea:2858/64 scope link stable-privacy 
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000
      inet6 fe80::88cf:4891:a68c:e03f/64 scope link stable-privacy 
      inet6 fe80::ff:fe00:1/64 scope link 
  $ sysctl -w net.ipv6.conf.b0.addr_gen_mode=0; ip -6 addr show dev b0 | grep -v valid_lft
  net.ipv6.conf.b0.addr_gen_mode = 0
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet6 fe80::ff:fe00:2/64 scope link 
      inet6 fe80::5932:ab44:7fea:2858/64 scope link stable-privacy 
  $ ip link set b0 addrgenmode none; ip -d link show b0 | grep -o 'addrgenmode [a-z_]*'; sysctl net.ipv6.conf.b0.addr_gen_mode; ip -6 addr show dev b0 | grep -v valid_lft
  addrgenmode none
  net.ipv6.conf.b0.addr_gen_mode = 1
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet6 fe80::ff:fe00:2/64 scope link 
      inet6 fe80::5932:ab44:7fea:2858/64 scope link stable-privacy 
  $ sysctl -w net.ipv6.conf.all.addr_gen_mode=0; ip -6 addr show | grep -v valid_lft
  net.ipv6.conf.all.addr_gen_mode = 0
  1: lo: <LOOPBACK> mtu 65536 state DOWN qlen 1000
      inet6 ::1/128 scope host 
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000
      inet6 fe80::ff:fe00:2/64 scope link 
      inet6 fe80::5932:ab44:7fea:2858/64 scope link stable-privacy 
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000
      inet6 fe80::88cf:4891:a68c:e03f/64 scope link stable-privacy 
      inet6 fe80::ff:fe00:1/64 scope link 
  $ sysctl net.ipv6.conf.default.addr_gen_mode net.ipv6.conf.a0.addr_gen_mode net.ipv6.conf.b0.addr_gen_mode net.ipv6.conf.lo.addr_gen_mode
  net.ipv6.conf.default.addr_gen_mode = 0
  net.ipv6.conf.a0.addr_gen_mode = 0
  net.ipv6.conf.b0.addr_gen_mode = 0
  net.ipv6.conf.lo.addr_gen_mode = 0
  $ ip link set a0 down; ip -6 addr show dev a0; sysctl -w net.ipv6.conf.a0.addr_gen_mode=2; ip -6 addr show dev a0 | grep -v valid_lft
  net.ipv6.conf.a0.addr_gen_mode = 2
  3: a0@b0: <BROADCAST,MULTICAST> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
      inet6 fe80::88cf:4891:a68c:e03f/64 scope link stable-privacy 
