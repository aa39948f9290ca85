An MTU under 68 takes a device's IPv4 away (inetdev_event NETDEV_CHANGEMTU: inetdev_destroy): its addresses, routes and conf/DEV go; an MTU of 68 or more brings a fresh in_device copied from conf/default (lo without its disable_xfrm/disable_policy of registration, and without 127.0.0.1 until it comes up again); a device registered with a small MTU still gets one.
  $ ip link set lo up; ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ sysctl -w net.ipv4.conf.lo.rp_filter=2 net.ipv4.conf.lo.tag=9
  net.ipv4.conf.lo.rp_filter = 2
  net.ipv4.conf.lo.tag = 9
  $ sysctl net.ipv4.conf.lo.disable_xfrm net.ipv4.conf.lo.disable_policy net.ipv4.conf.default.disable_xfrm
  net.ipv4.conf.lo.disable_xfrm = 1
  net.ipv4.conf.lo.disable_policy = 1
  net.ipv4.conf.default.disable_xfrm = 0
  $ sysctl -w net.ipv4.conf.default.rp_filter=1 net.ipv4.conf.default.log_martians=1
  net.ipv4.conf.default.rp_filter = 1
  net.ipv4.conf.default.log_martians = 1
  $ ip link set lo mtu 67; echo $?
  0
  $ ls /proc/sys/net/ipv4/conf/ /proc/sys/net/ipv4/neigh/ | tr '\n' ' '; echo
  /proc/sys/net/ipv4/conf/: a0 all b0 default  /proc/sys/net/ipv4/neigh/: a0 b0 
  $ ip addr show dev lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 67 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip route show table local
  $ ip netconf show dev lo
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ping -c 1 -W 1 127.0.0.1
  ping: connect: Network is unreachable
  [2]
  $ ip addr add 127.0.0.2/8 dev lo
  RTNETLINK answers: No buffer space available
  [2]
  $ ip link set lo mtu 60; echo $?; ls /proc/sys/net/ipv4/conf/ | tr '\n' ' '; echo
  0
  a0 all b0 default 
  $ ip link set lo mtu 68; echo $?; ls /proc/sys/net/ipv4/conf/ | tr '\n' ' '; echo
  0
  a0 all b0 default lo 
  $ sysctl net.ipv4.conf.lo.rp_filter net.ipv4.conf.lo.tag net.ipv4.conf.lo.log_martians net.ipv4.conf.lo.disable_xfrm net.ipv4.conf.lo.disable_policy
  net.ipv4.conf.lo.rp_filter = 1
  net.ipv4.conf.lo.tag = 0
  net.ipv4.conf.lo.log_martians = 1
  net.ipv4.conf.lo.disable_xfrm = 0
  net.ipv4.conf.lo.disable_policy = 0
  $ ip addr show dev lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 68 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip route show table local
  $ ping -c 1 -W 1 127.0.0.1 | head -2
  ping: connect: Network is unreachable
  $ ip link set lo down; ip link set lo up; ip addr show dev lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 68 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
  $ ping -c 1 -W 1 127.0.0.1 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 
  $ ip link set lo mtu 65536
  $ ip addr add 10.9.0.1/24 dev lo; ip route add 10.8.0.0/24 dev lo; ip route show table all | grep -v '^fe\|^ff\|^local ::\|^::'
  10.8.0.0/24 dev lo scope link 
  local 10.9.0.0/24 dev lo table local proto kernel scope host src 10.9.0.1 
  local 10.9.0.1 dev lo table local proto kernel scope host src 10.9.0.1 
  broadcast 10.9.0.255 dev lo table local proto kernel scope link src 10.9.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  $ sysctl -w net.ipv4.conf.lo.proxy_arp=1 net.ipv4.ip_forward=1; ip -4 netconf show dev lo
  net.ipv4.conf.lo.proxy_arp = 1
  net.ipv4.ip_forward = 1
  inet lo forwarding on rp_filter strict mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  $ ip link set lo mtu 67; ip route show table all | grep -v '^fe\|^ff\|^local ::\|^::'; ip -4 netconf
  inet b0 forwarding on rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet a0 forwarding on rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding on rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ sysctl -w net.ipv4.conf.lo.proxy_arp=1
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/proxy_arp: No such file or directory
  [1]
  $ sysctl -w net.ipv4.ip_forward=0 net.ipv4.conf.default.proxy_arp=1; ip link set lo mtu 1500; sysctl net.ipv4.conf.lo.proxy_arp net.ipv4.conf.lo.forwarding; ip -4 netconf show dev lo
  net.ipv4.ip_forward = 0
  net.ipv4.conf.default.proxy_arp = 1
  net.ipv4.conf.lo.proxy_arp = 1
  net.ipv4.conf.lo.forwarding = 0
  inet lo forwarding off rp_filter strict mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  $ ip link set lo mtu 1400; sysctl net.ipv4.conf.lo.proxy_arp; ip addr show dev lo | grep inet
  net.ipv4.conf.lo.proxy_arp = 1
  [1]
  $ ip link add m0 link a0 mtu 60 address 02:00:00:00:00:03 type macvlan
  Error: mtu less than device minimum.
  [2]
  $ ip link set a0 mtu 60
  Error: mtu less than device minimum.
  [2]
