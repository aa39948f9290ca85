disable_ipv6 on lo and on a running veth: the addresses (::1, the link-local) and their local routes go and come back, the multicast memberships follow, ip -6 netconf keeps the device; all.disable_ipv6 reaches every device including lo.
  $ ip link set lo up; ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ sysctl -qw net.ipv6.conf.a0.accept_dad=0 net.ipv6.conf.b0.accept_dad=0; ip link set a0 up; ip link set b0 up; sleep 1
  $ ip -6 addr show | grep -v valid_lft
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 state UNKNOWN qlen 1000
      inet6 ::1/128 scope host 
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000
      inet6 fe80::ff:fe00:2/64 scope link 
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000
      inet6 fe80::ff:fe00:1/64 scope link 
  $ ip -6 route show table local
  local ::1 dev lo proto kernel metric 0 pref medium
  local fe80::ff:fe00:1 dev a0 proto kernel metric 0 pref medium
  local fe80::ff:fe00:2 dev b0 proto kernel metric 0 pref medium
  multicast ff00::/8 dev b0 proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 proto kernel metric 256 pref medium
  $ sysctl -w net.ipv6.conf.lo.disable_ipv6=1; ip -6 addr show dev lo; ip -6 route show table local
  net.ipv6.conf.lo.disable_ipv6 = 1
  local fe80::ff:fe00:1 dev a0 proto kernel metric 0 pref medium
  local fe80::ff:fe00:2 dev b0 proto kernel metric 0 pref medium
  multicast ff00::/8 dev b0 proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 proto kernel metric 256 pref medium
  $ ip -6 netconf show dev lo
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ sysctl -w net.ipv6.conf.lo.disable_ipv6=0; ip -6 addr show dev lo | grep -v valid_lft; ip -6 route show table local
  net.ipv6.conf.lo.disable_ipv6 = 0
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      inet6 ::1/128 scope host 
  local ::1 dev lo proto kernel metric 0 pref medium
  local fe80::ff:fe00:1 dev a0 proto kernel metric 0 pref medium
  local fe80::ff:fe00:2 dev b0 proto kernel metric 0 pref medium
  multicast ff00::/8 dev b0 proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 proto kernel metric 256 pref medium
  $ sysctl -w net.ipv6.conf.a0.disable_ipv6=1; ip -6 addr show dev a0; ip -6 maddr show dev a0 | grep -v link
  net.ipv6.conf.a0.disable_ipv6 = 1
  3:	a0
  	inet6 ff02::1
  	inet6 ff01::1
  $ sysctl -w net.ipv6.conf.a0.disable_ipv6=0; sleep 1; ip -6 addr show dev a0 | grep -v valid_lft; ip -6 maddr show dev a0 | grep -v link
  net.ipv6.conf.a0.disable_ipv6 = 0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet6 fe80::ff:fe00:1/64 scope link 
  3:	a0
  	inet6 ff02::1:ff00:1
  	inet6 ff02::1
  	inet6 ff01::1
  $ sysctl -w net.ipv6.conf.all.disable_ipv6=1; ip -6 addr show; ip -6 route show table all
  net.ipv6.conf.all.disable_ipv6 = 1
  $ sysctl net.ipv6.conf.lo.disable_ipv6 net.ipv6.conf.b0.disable_ipv6; ip -6 netconf
  net.ipv6.conf.lo.disable_ipv6 = 1
  net.ipv6.conf.b0.disable_ipv6 = 1
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 default forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ sysctl -w net.ipv6.conf.all.disable_ipv6=0; sleep 1; ip -6 addr show | grep -v valid_lft; ip -6 route show table local
  net.ipv6.conf.all.disable_ipv6 = 0
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 state UNKNOWN qlen 1000
      inet6 ::1/128 scope host 
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000
      inet6 fe80::ff:fe00:2/64 scope link 
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000
      inet6 fe80::ff:fe00:1/64 scope link 
  local ::1 dev lo proto kernel metric 0 pref medium
  local fe80::ff:fe00:1 dev a0 proto kernel metric 0 pref medium
  local fe80::ff:fe00:2 dev b0 proto kernel metric 0 pref medium
  multicast ff00::/8 dev b0 proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 proto kernel metric 256 pref medium
