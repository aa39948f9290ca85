disable_ipv6 silences a device at once: no address, nothing sent; clearing it on a running device configures it again.
  $ sysctl -w net.ipv6.conf.all.disable_ipv6=1
  net.ipv6.conf.all.disable_ipv6 = 1
  $ ip link add a0 address 02:00:00:00:00:a0 type veth peer name b0 address 02:00:00:00:00:b0
  $ ip link set a0 up; ip link set b0 up; sleep 3
  $ ip addr show a0; ip -s link show a0 | sed -n 4p; ip -s link show a0 | sed -n 6p
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:a0 brd ff:ff:ff:ff:ff:ff
               0       0      0       0       0       0 
               0       0      0       0       0       0 
  $ sysctl -w net.ipv6.conf.a0.disable_ipv6=0; ip addr show a0
  net.ipv6.conf.a0.disable_ipv6 = 0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:a0 brd ff:ff:ff:ff:ff:ff
      inet6 fe80::ff:fe00:a0/64 scope link tentative 
         valid_lft forever preferred_lft forever
  $ ip -s link show a0 | sed -n 6p
              90       1      0       0       0       0 
  $ sysctl -w net.ipv6.conf.a0.disable_ipv6=1; ip addr show a0; sleep 3; ip -s link show a0 | sed -n 6p
  net.ipv6.conf.a0.disable_ipv6 = 1
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:a0 brd ff:ff:ff:ff:ff:ff
              90       1      0       0       0       0 
  $ sysctl net.ipv6.conf.default.disable_ipv6 net.ipv6.conf.b0.disable_ipv6
  net.ipv6.conf.default.disable_ipv6 = 1
  net.ipv6.conf.b0.disable_ipv6 = 1
