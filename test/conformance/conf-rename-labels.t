A rename re-registers conf/DEV and neigh/DEV under the new name with the same values (inetdev_changename()), and the address labels follow: the device's own, NAME:x aliases, and other labels become NAME:N, cut to fit IFNAMSIZ; ip netconf and sysctl under the new name.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.0.2/24 dev a0 label a0:web; ip addr add 10.0.0.3/24 dev a0 label a0:1; ip addr add 10.1.0.1/24 dev a0
  $ sysctl -qw net.ipv4.conf.a0.rp_filter=2 net.ipv4.neigh.a0.ucast_solicit=7 net.ipv6.conf.a0.hop_limit=9
  $ ip link set a0 name longname12345
  $ ip -4 addr show dev longname12345 | grep inet
      inet 10.0.0.1/24 scope global longname12345
      inet 10.1.0.1/24 scope global longname12345:2
      inet 10.0.0.2/24 scope global secondary longname123:web
      inet 10.0.0.3/24 scope global secondary longname12345:1
  $ sysctl net.ipv4.conf.longname12345.rp_filter net.ipv4.neigh.longname12345.ucast_solicit net.ipv6.conf.longname12345.hop_limit
  net.ipv4.conf.longname12345.rp_filter = 2
  net.ipv4.neigh.longname12345.ucast_solicit = 7
  net.ipv6.conf.longname12345.hop_limit = 9
  $ ip link set longname12345 name x1
  $ ip -4 addr show dev x1 | grep inet
      inet 10.0.0.1/24 scope global x1
      inet 10.1.0.1/24 scope global x1:2
      inet 10.0.0.2/24 scope global secondary x1:web
      inet 10.0.0.3/24 scope global secondary x1:1
  $ ip addr add 10.2.0.1/24 dev x1 label x1:abcdefghijk; ip link set x1 name abcdefghij12345; ip -4 addr show dev abcdefghij12345 | grep inet
      inet 10.0.0.1/24 scope global abcdefghij12345
      inet 10.1.0.1/24 scope global abcdefghij123:2
      inet 10.2.0.1/24 scope global abc:abcdefghijk
      inet 10.0.0.2/24 scope global secondary abcdefghij1:web
      inet 10.0.0.3/24 scope global secondary abcdefghij123:1
  $ ip link set abcdefghij12345 name a0; ip -4 addr show dev a0 | grep inet
      inet 10.0.0.1/24 scope global a0
      inet 10.1.0.1/24 scope global a0:2
      inet 10.2.0.1/24 scope global a0:abcdefghijk
      inet 10.0.0.2/24 scope global secondary a0:web
      inet 10.0.0.3/24 scope global secondary a0:1
  $ ip -4 netconf show dev a0; ls /proc/sys/net/ipv4/conf /proc/sys/net/ipv4/neigh | tr '\n' ' '; echo
  inet a0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  /proc/sys/net/ipv4/conf: a0 all b0 default lo  /proc/sys/net/ipv4/neigh: a0 b0 lo 
  $ ip link set lo mtu 60; ip -4 netconf show dev lo; echo $?; ip -6 netconf show dev lo; ip link set lo mtu 65536
  0
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -4 monitor address netconf > m 2>&1 & sleep 0.3
  $ ip link set a0 name q0; sleep 0.3; kill %1; sleep 0.1; cat m
  3: a0    inet 10.0.0.1/24 scope global q0
         valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.1/24 scope global q0:2
         valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.1/24 scope global q0:abcdefghijk
         valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.2/24 scope global secondary q0:web
         valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.3/24 scope global secondary q0:1
         valid_lft forever preferred_lft forever
  Deleted inet a0 
  inet a0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -4 -o addr show dev q0 | awk '{print $4, $NF}'
  10.0.0.1/24 forever
  10.1.0.1/24 forever
  10.2.0.1/24 forever
  10.0.0.2/24 forever
  10.0.0.3/24 forever
