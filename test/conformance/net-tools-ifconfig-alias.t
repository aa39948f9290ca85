net-tools ifconfig aliases: `a0:1 ADDR netmask M up` adds a labelled (secondary) address, listed as its own block; `a0:1 down` deletes it; `add`/`del` pick the first free alias number; an alias on a down device; promisc/-promisc, txqueuelen, mtu, hw ether.
  $ ip netns add a
  $ ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip netns exec a ifconfig a0 10.0.0.1 netmask 255.255.255.0 up
  $ ip netns exec a ifconfig a0:1 10.0.0.5 netmask 255.255.255.0 up
  $ ip netns exec a ifconfig a0:2 192.168.7.1 up
  $ ip -n a addr show dev a0
  2: a0@if2: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0
      inet 10.0.0.1/24 brd 10.0.0.255 scope global a0
         valid_lft forever preferred_lft forever
      inet 192.168.7.1/24 brd 192.168.7.255 scope global a0:2
         valid_lft forever preferred_lft forever
      inet 10.0.0.5/24 brd 10.0.0.255 scope global secondary a0:1
         valid_lft forever preferred_lft forever
  $ ip netns exec a ifconfig
  a0: flags=4099<UP,BROADCAST,MULTICAST>  mtu 1500
          inet 10.0.0.1  netmask 255.255.255.0  broadcast 10.0.0.255
          ether 02:00:00:00:0a:01  txqueuelen 1000  (Ethernet)
          RX packets 0  bytes 0 (0.0 B)
          RX errors 0  dropped 0  overruns 0  frame 0
          TX packets 0  bytes 0 (0.0 B)
          TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0
  
  a0:1: flags=4099<UP,BROADCAST,MULTICAST>  mtu 1500
          inet 10.0.0.5  netmask 255.255.255.0  broadcast 10.0.0.255
          ether 02:00:00:00:0a:01  txqueuelen 1000  (Ethernet)
  
  a0:2: flags=4099<UP,BROADCAST,MULTICAST>  mtu 1500
          inet 192.168.7.1  netmask 255.255.255.0  broadcast 192.168.7.255
          ether 02:00:00:00:0a:01  txqueuelen 1000  (Ethernet)
  $ ip netns exec a ifconfig a0:1
  a0:1: flags=4099<UP,BROADCAST,MULTICAST>  mtu 1500
          inet 10.0.0.5  netmask 255.255.255.0  broadcast 10.0.0.255
          ether 02:00:00:00:0a:01  txqueuelen 1000  (Ethernet)
  $ ip netns exec a ifconfig a0:3
  a0:3: flags=4099<UP,BROADCAST,MULTICAST>  mtu 1500
          ether 02:00:00:00:0a:01  txqueuelen 1000  (Ethernet)
  $ ip netns exec a ifconfig a0:3 down
  SIOCSIFFLAGS: Cannot assign requested address
  [255]
  $ ip netns exec a ifconfig a0:1 down
  $ ip -n a addr show dev a0
  2: a0@if2: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0
      inet 10.0.0.1/24 brd 10.0.0.255 scope global a0
         valid_lft forever preferred_lft forever
      inet 192.168.7.1/24 brd 192.168.7.255 scope global a0:2
         valid_lft forever preferred_lft forever
  $ ip netns exec a ifconfig a0 add 10.0.0.9
  $ ip netns exec a ifconfig a0 add 10.0.0.10
  $ ip -n a addr show dev a0
  2: a0@if2: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0
      inet 10.0.0.1/24 brd 10.0.0.255 scope global a0
         valid_lft forever preferred_lft forever
      inet 192.168.7.1/24 brd 192.168.7.255 scope global a0:2
         valid_lft forever preferred_lft forever
      inet 10.0.0.9/24 brd 10.0.0.255 scope global secondary a0:0
         valid_lft forever preferred_lft forever
      inet 10.0.0.10/24 brd 10.0.0.255 scope global secondary a0:1
         valid_lft forever preferred_lft forever
  $ ip netns exec a ifconfig a0 del 10.0.0.9
  $ ip netns exec a ifconfig a0 add 10.0.0.11
  $ ip -n a addr show dev a0
  2: a0@if2: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0
      inet 10.0.0.1/24 brd 10.0.0.255 scope global a0
         valid_lft forever preferred_lft forever
      inet 192.168.7.1/24 brd 192.168.7.255 scope global a0:2
         valid_lft forever preferred_lft forever
      inet 10.0.0.10/24 brd 10.0.0.255 scope global secondary a0:1
         valid_lft forever preferred_lft forever
      inet 10.0.0.11/24 brd 10.0.0.255 scope global secondary a0:0
         valid_lft forever preferred_lft forever
  $ ip netns exec a ifconfig -a | grep -E '^[a-z]'
  a0: flags=4099<UP,BROADCAST,MULTICAST>  mtu 1500
  a0:0: flags=4099<UP,BROADCAST,MULTICAST>  mtu 1500
  a0:1: flags=4099<UP,BROADCAST,MULTICAST>  mtu 1500
  a0:2: flags=4099<UP,BROADCAST,MULTICAST>  mtu 1500
  lo: flags=8<LOOPBACK>  mtu 65536
  $ ip netns exec a ifconfig a0:2 netmask 255.255.0.0
  $ ip netns exec a ifconfig a0:2 broadcast 192.168.255.254
  $ ip netns exec a ifconfig a0:2
  a0:2: flags=4099<UP,BROADCAST,MULTICAST>  mtu 1500
          inet 192.168.7.1  netmask 255.255.0.0  broadcast 192.168.255.254
          ether 02:00:00:00:0a:01  txqueuelen 1000  (Ethernet)
  $ ip netns exec a ifconfig a0:2 mtu 1400
  $ ip netns exec a ifconfig a0 | head -1
  a0: flags=4099<UP,BROADCAST,MULTICAST>  mtu 1400
  $ ip netns exec a ifconfig a0 down
  $ ip -n a addr show dev a0
  2: a0@if2: <BROADCAST,MULTICAST> mtu 1400 qdisc noqueue state DOWN group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0
      inet 10.0.0.1/24 brd 10.0.0.255 scope global a0
         valid_lft forever preferred_lft forever
      inet 192.168.7.1/16 brd 192.168.255.254 scope global a0:2
         valid_lft forever preferred_lft forever
      inet 10.0.0.10/24 brd 10.0.0.255 scope global secondary a0:1
         valid_lft forever preferred_lft forever
      inet 10.0.0.11/24 brd 10.0.0.255 scope global secondary a0:0
         valid_lft forever preferred_lft forever
  $ ip netns exec a ifconfig a0:7 10.0.0.77
  $ ip -n a addr show dev a0 | grep 10.0.0.77
      inet 10.0.0.77/8 brd 10.255.255.255 scope global a0:7
  $ ip netns exec a ifconfig a0 | head -1
  a0: flags=4098<BROADCAST,MULTICAST>  mtu 1400
  $ ip netns exec a ifconfig a0 add 10.0.0.88
  $ ip -n a addr show dev a0 | grep 10.0.0.88
  [1]
  $ ip netns exec a ifconfig a0 up
  $ ip netns exec a ifconfig a0 promisc
  $ ip netns exec a ifconfig a0 | head -1
  a0: flags=4355<UP,BROADCAST,PROMISC,MULTICAST>  mtu 1400
  $ ip -n a link show a0
  2: a0@if2: <NO-CARRIER,BROADCAST,MULTICAST,PROMISC,UP> mtu 1400 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0
  $ ip netns exec a ifconfig a0 -promisc txqueuelen 500
  $ ip netns exec a ifconfig a0 | sed -n '1p;4p'
  a0: flags=4099<UP,BROADCAST,MULTICAST>  mtu 1400
          RX packets 0  bytes 0 (0.0 B)
  $ ip netns exec a ifconfig a0:1 10.0.0.1
  $ ip -n a addr show dev a0 | grep -c inet
  5
  $ ip netns exec a ifconfig b9:1 10.0.0.99
  SIOCSIFADDR: No such device
  b9:1: ERROR while getting interface flags: No such device
  [255]
  $ ip netns exec a ifconfig a0 del 10.0.0.123
  $ ip -n a addr show dev a0 | grep 10.0.0.123
      inet 10.0.0.123/24 brd 10.0.0.255 scope global secondary a0:3
