Random differential scenario (seed 11): a device's IPv4 life (addresses with labels, renames, lo's MTU under and over 68, conf writes, promote_secondaries, address deletes and flushes) under ip -4 monitor address route netconf; labels, routes and conf after.

  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link set d0 up; ip link set e0 up; ip link set lo up
  $ ip -4 monitor address route netconf > mon 2>&1 & sleep 0.3
  $ ip link set lo up
  $ ip link set d0 down; ip link set d0 name f1; ip link set f1 up; echo $?
  0
  $ ip addr add 10.0.1.2/24 dev lo; echo $?
  0
  $ ip addr add 192.168.5.9/32 dev f1 label f1:0; echo $?
  0
  $ sysctl -qw net.ipv4.conf.default.promote_secondaries=0; echo $?
  0
  $ ip addr add 192.168.5.1/32 dev f1; echo $?
  0
  $ ip addr del 10.0.0.2/25 dev f1; echo $?
  Error: ipv4: Address not found.
  2
  $ ip addr add 10.0.1.1/25 dev f1 label f1:x; echo $?
  0
  $ ip addr flush dev f1 label f1:*; echo $?
  0
  $ ip addr add 10.0.1.1/25 dev f1; echo $?
  0
  $ ip addr add 10.0.0.2/24 dev f1 label f1:0; echo $?
  0
  $ ip addr del 192.168.5.9/32 dev f1; echo $?
  Error: ipv4: Address not found.
  2
  $ ip link set f1 down; ip link set f1 name g2; ip link set g2 up; echo $?
  0
  $ ip addr flush dev g2 label g2:*; echo $?
  0
  $ ip addr add 10.0.0.2/24 dev g2 label g2:web; echo $?
  0
  $ ip addr add 10.0.1.2/24 dev g2; echo $?
  0
  $ ip link set g2 down; ip link set g2 name h3; ip link set h3 up; echo $?
  0
  $ ip addr del 10.0.1.1/32 dev h3; echo $?
  Error: ipv4: Address not found.
  2
  $ ip -4 addr show dev h3 | grep inet
      inet 192.168.5.1/32 scope global h3
      inet 10.0.0.2/24 scope global h3:web
      inet 10.0.1.2/24 scope global h3:3
  $ sleep 0.3; kill %1; sleep 0.2; sed 's/ *valid_lft.*//' mon | grep -v '^ *$'
  Deleted inet d0 
  inet d0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  1: lo    inet 10.0.1.2/24 scope global lo
  local 10.0.1.2 dev lo table local proto kernel scope host src 10.0.1.2 
  local 10.0.1.0/24 dev lo table local proto kernel scope host src 10.0.1.2 
  broadcast 10.0.1.255 dev lo table local proto kernel scope link src 10.0.1.2 
  3: d0    inet 192.168.5.9/32 scope global f1:0
  local 192.168.5.9 dev d0 table local proto kernel scope host src 192.168.5.9 
  3: d0    inet 192.168.5.1/32 scope global f1
  local 192.168.5.1 dev d0 table local proto kernel scope host src 192.168.5.1 
  3: d0    inet 10.0.1.1/25 scope global f1:x
  local 10.0.1.1 dev d0 table local proto kernel scope host src 10.0.1.1 
  10.0.1.0/25 dev d0 proto kernel scope link src 10.0.1.1 
  broadcast 10.0.1.127 dev d0 table local proto kernel scope link src 10.0.1.1 
  Deleted 3: d0    inet 192.168.5.9/32 scope global f1:0
  Deleted local 192.168.5.9 dev d0 table local proto kernel scope host src 192.168.5.9 
  Deleted 3: d0    inet 10.0.1.1/25 scope global f1:x
  Deleted 10.0.1.0/25 dev d0 proto kernel scope link src 10.0.1.1 
  Deleted broadcast 10.0.1.127 dev d0 table local proto kernel scope link src 10.0.1.1 
  Deleted local 10.0.1.1 dev d0 table local proto kernel scope host src 10.0.1.1 
  3: d0    inet 10.0.1.1/25 scope global f1
  local 10.0.1.1 dev d0 table local proto kernel scope host src 10.0.1.1 
  10.0.1.0/25 dev d0 proto kernel scope link src 10.0.1.1 
  broadcast 10.0.1.127 dev d0 table local proto kernel scope link src 10.0.1.1 
  3: d0    inet 10.0.0.2/24 scope global f1:0
  local 10.0.0.2 dev d0 table local proto kernel scope host src 10.0.0.2 
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.2 
  broadcast 10.0.0.255 dev d0 table local proto kernel scope link src 10.0.0.2 
  3: d0    inet 192.168.5.1/32 scope global g2
  3: d0    inet 10.0.1.1/25 scope global g2:2
  3: d0    inet 10.0.0.2/24 scope global g2:0
  Deleted inet d0 
  inet d0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  10.0.1.0/25 dev d0 proto kernel scope link src 10.0.1.1 
  broadcast 10.0.1.127 dev d0 table local proto kernel scope link src 10.0.1.1 
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.2 
  broadcast 10.0.0.255 dev d0 table local proto kernel scope link src 10.0.0.2 
  Deleted 3: d0    inet 10.0.1.1/25 scope global g2:2
  Deleted 10.0.1.0/25 dev d0 proto kernel scope link src 10.0.1.1 
  Deleted broadcast 10.0.1.127 dev d0 table local proto kernel scope link src 10.0.1.1 
  Deleted local 10.0.1.1 dev d0 table local proto kernel scope host src 10.0.1.1 
  Deleted 3: d0    inet 10.0.0.2/24 scope global g2:0
  Deleted 10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.2 
  Deleted broadcast 10.0.0.255 dev d0 table local proto kernel scope link src 10.0.0.2 
  Deleted local 10.0.0.2 dev d0 table local proto kernel scope host src 10.0.0.2 
  3: d0    inet 10.0.0.2/24 scope global g2:web
  local 10.0.0.2 dev d0 table local proto kernel scope host src 10.0.0.2 
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.2 
  broadcast 10.0.0.255 dev d0 table local proto kernel scope link src 10.0.0.2 
  3: d0    inet 10.0.1.2/24 scope global g2
  local 10.0.1.2 dev d0 table local proto kernel scope host src 10.0.1.2 
  10.0.1.0/24 dev d0 proto kernel scope link src 10.0.1.2 
  broadcast 10.0.1.255 dev d0 table local proto kernel scope link src 10.0.1.2 
  3: d0    inet 192.168.5.1/32 scope global h3
  3: d0    inet 10.0.0.2/24 scope global h3:web
  3: d0    inet 10.0.1.2/24 scope global h3:3
  Deleted inet d0 
  inet d0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.2 
  broadcast 10.0.0.255 dev d0 table local proto kernel scope link src 10.0.0.2 
  10.0.1.0/24 dev d0 proto kernel scope link src 10.0.1.2 
  broadcast 10.0.1.255 dev d0 table local proto kernel scope link src 10.0.1.2 
  $ ip -4 -o addr show | sed 's/\\ *valid_lft.*//'
  1: lo    inet 127.0.0.1/8 scope host lo
  1: lo    inet 10.0.1.2/24 scope global lo
  3: h3    inet 192.168.5.1/32 scope global h3
  3: h3    inet 10.0.0.2/24 scope global h3:web
  3: h3    inet 10.0.1.2/24 scope global h3:3
  $ ip -4 route show table all | sort
  10.0.0.0/24 dev h3 proto kernel scope link src 10.0.0.2 
  10.0.1.0/24 dev h3 proto kernel scope link src 10.0.1.2 
  broadcast 10.0.0.255 dev h3 table local proto kernel scope link src 10.0.0.2 
  broadcast 10.0.1.255 dev h3 table local proto kernel scope link src 10.0.1.2 
  broadcast 10.0.1.255 dev lo table local proto kernel scope link src 10.0.1.2 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  local 10.0.0.2 dev h3 table local proto kernel scope host src 10.0.0.2 
  local 10.0.1.0/24 dev lo table local proto kernel scope host src 10.0.1.2 
  local 10.0.1.2 dev h3 table local proto kernel scope host src 10.0.1.2 
  local 10.0.1.2 dev lo table local proto kernel scope host src 10.0.1.2 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  local 192.168.5.1 dev h3 table local proto kernel scope host src 192.168.5.1 
  $ sysctl -a -r 'net\.ipv4\.conf\.[^.]*\.(rp_filter|proxy_arp|forwarding|promote_secondaries|disable_xfrm)$' 2>&1
  net.ipv4.conf.all.disable_xfrm = 0
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.all.promote_secondaries = 0
  net.ipv4.conf.all.proxy_arp = 0
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.default.disable_xfrm = 0
  net.ipv4.conf.default.forwarding = 0
  net.ipv4.conf.default.promote_secondaries = 0
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
  net.ipv4.conf.lo.disable_xfrm = 1
  net.ipv4.conf.lo.forwarding = 0
  net.ipv4.conf.lo.promote_secondaries = 0
  net.ipv4.conf.lo.proxy_arp = 0
  net.ipv4.conf.lo.rp_filter = 0
