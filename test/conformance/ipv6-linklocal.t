A fresh Ethernet interface gets a tentative link-local address from its MAC (modified EUI-64) once its link is ready; duplicate address detection makes it valid about a second later. The loopback gets ::1/128.
  $ ip link add a0 address 02:00:00:00:00:a0 type veth peer name b0 address 02:00:00:00:00:b0
  $ ip link set a0 up; ip addr show a0
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      link/ether 02:00:00:00:00:a0 brd ff:ff:ff:ff:ff:ff
  $ ip link set b0 up; ip addr show a0; ip addr show b0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:a0 brd ff:ff:ff:ff:ff:ff
      inet6 fe80::ff:fe00:a0/64 scope link tentative 
         valid_lft forever preferred_lft forever
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:b0 brd ff:ff:ff:ff:ff:ff
      inet6 fe80::ff:fe00:b0/64 scope link tentative 
         valid_lft forever preferred_lft forever
  $ ip link set lo up; ip addr show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
      inet6 ::1/128 scope host 
         valid_lft forever preferred_lft forever
  $ sleep 3; ip addr show a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:a0 brd ff:ff:ff:ff:ff:ff
      inet6 fe80::ff:fe00:a0/64 scope link 
         valid_lft forever preferred_lft forever
  $ ip -6 addr
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 state UNKNOWN qlen 1000
      inet6 ::1/128 scope host 
         valid_lft forever preferred_lft forever
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000
      inet6 fe80::ff:fe00:b0/64 scope link 
         valid_lft forever preferred_lft forever
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000
      inet6 fe80::ff:fe00:a0/64 scope link 
         valid_lft forever preferred_lft forever
  $ ip -6 addr show dev b0
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet6 fe80::ff:fe00:b0/64 scope link 
         valid_lft forever preferred_lft forever
  $ ip -br addr
  lo               UNKNOWN        127.0.0.1/8 ::1/128 
  b0@a0            UP             fe80::ff:fe00:b0/64 
  a0@b0            UP             fe80::ff:fe00:a0/64 
  $ ip -4 addr
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
  $ ip link set a0 down; ip addr show a0; ip -6 addr show dev b0
  3: a0@b0: <BROADCAST,MULTICAST> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
      link/ether 02:00:00:00:00:a0 brd ff:ff:ff:ff:ff:ff
  2: b0@a0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      inet6 fe80::ff:fe00:b0/64 scope link 
         valid_lft forever preferred_lft forever
  $ ip link set a0 up; ip -6 addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet6 fe80::ff:fe00:a0/64 scope link tentative 
         valid_lft forever preferred_lft forever
