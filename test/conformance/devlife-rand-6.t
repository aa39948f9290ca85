Random differential scenario (seed 6): a device's IPv4 life (addresses with labels, renames, lo's MTU under and over 68, conf writes, promote_secondaries, address deletes and flushes) under ip -4 monitor address route netconf; labels, routes and conf after.

  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link set d0 up; ip link set e0 up; ip link set lo up
  $ ip -4 monitor address route netconf > mon 2>&1 & sleep 0.3
  $ ip addr flush dev d0 ; echo $?
  0
  $ ip addr add 192.168.5.3/25 dev d0; echo $?
  0
  $ ip addr add 192.168.5.9/24 dev d0; echo $?
  0
  $ ip link set d0 down; ip link set d0 name f1; ip link set f1 up; echo $?
  0
  $ sysctl -qw net.ipv4.conf.default.promote_secondaries=1; echo $?
  0
  $ ip -4 addr show dev f1 | grep inet
      inet 192.168.5.3/25 scope global f1
      inet 192.168.5.9/24 scope global f1:2
  $ ip addr flush dev f1 label f1:*; echo $?
  0
  $ sysctl -qw net.ipv4.conf.f1.proxy_arp=0; echo $?
  0
  $ ip link set lo mtu 67; echo $?
  0
  $ ip link set f1 down; ip link set f1 name g2; ip link set g2 up; echo $?
  0
  $ ip link set g2 down; ip link set g2 name h3; ip link set h3 up; echo $?
  0
  $ ip -4 addr show dev lo | grep inet
  [1]
  $ ip link set lo mtu 67; echo $?
  0
  $ sleep 0.3; kill %1; sleep 0.2; sed 's/ *valid_lft.*//' mon | grep -v '^ *$'
  3: d0    inet 192.168.5.3/25 scope global d0
  local 192.168.5.3 dev d0 table local proto kernel scope host src 192.168.5.3 
  192.168.5.0/25 dev d0 proto kernel scope link src 192.168.5.3 
  broadcast 192.168.5.127 dev d0 table local proto kernel scope link src 192.168.5.3 
  3: d0    inet 192.168.5.9/24 scope global d0
  local 192.168.5.9 dev d0 table local proto kernel scope host src 192.168.5.9 
  192.168.5.0/24 dev d0 proto kernel scope link src 192.168.5.9 
  broadcast 192.168.5.255 dev d0 table local proto kernel scope link src 192.168.5.9 
  3: d0    inet 192.168.5.3/25 scope global f1
  3: d0    inet 192.168.5.9/24 scope global f1:2
  Deleted inet d0 
  inet d0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  192.168.5.0/25 dev d0 proto kernel scope link src 192.168.5.3 
  broadcast 192.168.5.127 dev d0 table local proto kernel scope link src 192.168.5.3 
  192.168.5.0/24 dev d0 proto kernel scope link src 192.168.5.9 
  broadcast 192.168.5.255 dev d0 table local proto kernel scope link src 192.168.5.9 
  Deleted 3: d0    inet 192.168.5.9/24 scope global f1:2
  Deleted 192.168.5.0/24 dev d0 proto kernel scope link src 192.168.5.9 
  Deleted broadcast 192.168.5.255 dev d0 table local proto kernel scope link src 192.168.5.9 
  Deleted local 192.168.5.9 dev d0 table local proto kernel scope host src 192.168.5.9 
  Deleted 1: lo    inet 127.0.0.1/8 scope host lo
  Deleted local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  Deleted broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  Deleted local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  Deleted inet lo 
  3: d0    inet 192.168.5.3/25 scope global g2
  Deleted inet d0 
  inet d0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  192.168.5.0/25 dev d0 proto kernel scope link src 192.168.5.3 
  broadcast 192.168.5.127 dev d0 table local proto kernel scope link src 192.168.5.3 
  3: d0    inet 192.168.5.3/25 scope global h3
  Deleted inet d0 
  inet d0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  192.168.5.0/25 dev d0 proto kernel scope link src 192.168.5.3 
  broadcast 192.168.5.127 dev d0 table local proto kernel scope link src 192.168.5.3 
  $ ip -4 -o addr show | sed 's/\\ *valid_lft.*//'
  3: h3    inet 192.168.5.3/25 scope global h3
  $ ip -4 route show table all | sort
  192.168.5.0/25 dev h3 proto kernel scope link src 192.168.5.3 
  broadcast 192.168.5.127 dev h3 table local proto kernel scope link src 192.168.5.3 
  local 192.168.5.3 dev h3 table local proto kernel scope host src 192.168.5.3 
  $ sysctl -a -r 'net\.ipv4\.conf\.[^.]*\.(rp_filter|proxy_arp|forwarding|promote_secondaries|disable_xfrm)$' 2>&1
  net.ipv4.conf.all.disable_xfrm = 0
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.all.promote_secondaries = 0
  net.ipv4.conf.all.proxy_arp = 0
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.default.disable_xfrm = 0
  net.ipv4.conf.default.forwarding = 0
  net.ipv4.conf.default.promote_secondaries = 1
  net.ipv4.conf.default.proxy_arp = 0
  net.ipv4.conf.default.rp_filter = 0
  net.ipv4.conf.e0.disable_xfrm = 0
  net.ipv4.conf.e0.forwarding = 0
  net.ipv4.conf.e0.promote_secondaries = 0
  net.ipv4.conf.e0.proxy_arp = 0
  net.ipv4.conf.e0.rp_filter = 0
  net.ipv4.conf.h3.disable_xfrm = 0
  net.ipv4.conf.h3.forwarding = 0
  net.ipv4.conf.h3.promote_secondaries = 0
  net.ipv4.conf.h3.proxy_arp = 0
  net.ipv4.conf.h3.rp_filter = 0
