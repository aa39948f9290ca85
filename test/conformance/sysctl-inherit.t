conf.default.X is copied into new devices, and a later write to default.X also updates every device whose X was never written (devices created after default.X was written count as written); all.forwarding propagates to every device.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ sysctl net.ipv4.conf.default.rp_filter net.ipv4.conf.default.accept_local net.ipv4.conf.default.arp_ignore net.ipv4.conf.default.send_redirects net.ipv4.conf.default.proxy_arp net.ipv4.conf.default.arp_announce
  net.ipv4.conf.default.rp_filter = 0
  net.ipv4.conf.default.accept_local = 0
  net.ipv4.conf.default.arp_ignore = 0
  net.ipv4.conf.default.send_redirects = 1
  net.ipv4.conf.default.proxy_arp = 0
  net.ipv4.conf.default.arp_announce = 0
  $ sysctl -w net.ipv4.conf.b0.arp_ignore=0 net.ipv4.conf.b0.proxy_arp=0
  net.ipv4.conf.b0.arp_ignore = 0
  net.ipv4.conf.b0.proxy_arp = 0
  $ sysctl -w net.ipv4.conf.default.rp_filter=1 net.ipv4.conf.default.accept_local=1 net.ipv4.conf.default.arp_ignore=2 net.ipv4.conf.default.send_redirects=0 net.ipv4.conf.default.proxy_arp=1
  net.ipv4.conf.default.rp_filter = 1
  net.ipv4.conf.default.accept_local = 1
  net.ipv4.conf.default.arp_ignore = 2
  net.ipv4.conf.default.send_redirects = 0
  net.ipv4.conf.default.proxy_arp = 1
  $ ip link add a1 address 02:00:00:00:00:03 type veth peer name b1 address 02:00:00:00:00:04
  $ for k in rp_filter accept_local arp_ignore send_redirects proxy_arp arp_announce; do sysctl net.ipv4.conf.a0.$k net.ipv4.conf.b0.$k net.ipv4.conf.a1.$k net.ipv4.conf.lo.$k; done
  net.ipv4.conf.a0.rp_filter = 1
  net.ipv4.conf.b0.rp_filter = 1
  net.ipv4.conf.a1.rp_filter = 1
  net.ipv4.conf.lo.rp_filter = 1
  net.ipv4.conf.a0.accept_local = 1
  net.ipv4.conf.b0.accept_local = 1
  net.ipv4.conf.a1.accept_local = 1
  net.ipv4.conf.lo.accept_local = 1
  net.ipv4.conf.a0.arp_ignore = 2
  net.ipv4.conf.b0.arp_ignore = 0
  net.ipv4.conf.a1.arp_ignore = 2
  net.ipv4.conf.lo.arp_ignore = 2
  net.ipv4.conf.a0.send_redirects = 0
  net.ipv4.conf.b0.send_redirects = 0
  net.ipv4.conf.a1.send_redirects = 0
  net.ipv4.conf.lo.send_redirects = 0
  net.ipv4.conf.a0.proxy_arp = 1
  net.ipv4.conf.b0.proxy_arp = 0
  net.ipv4.conf.a1.proxy_arp = 1
  net.ipv4.conf.lo.proxy_arp = 1
  net.ipv4.conf.a0.arp_announce = 0
  net.ipv4.conf.b0.arp_announce = 0
  net.ipv4.conf.a1.arp_announce = 0
  net.ipv4.conf.lo.arp_announce = 0
  $ sysctl -w net.ipv4.conf.default.arp_ignore=1 net.ipv4.conf.default.arp_announce=1
  net.ipv4.conf.default.arp_ignore = 1
  net.ipv4.conf.default.arp_announce = 1
  $ sysctl net.ipv4.conf.a0.arp_ignore net.ipv4.conf.b0.arp_ignore net.ipv4.conf.a1.arp_ignore net.ipv4.conf.lo.arp_ignore
  net.ipv4.conf.a0.arp_ignore = 1
  net.ipv4.conf.b0.arp_ignore = 0
  net.ipv4.conf.a1.arp_ignore = 2
  net.ipv4.conf.lo.arp_ignore = 1
  $ sysctl net.ipv4.conf.a0.arp_announce net.ipv4.conf.b0.arp_announce net.ipv4.conf.a1.arp_announce net.ipv4.conf.lo.arp_announce
  net.ipv4.conf.a0.arp_announce = 1
  net.ipv4.conf.b0.arp_announce = 1
  net.ipv4.conf.a1.arp_announce = 1
  net.ipv4.conf.lo.arp_announce = 1
  $ sysctl net.ipv4.conf.all.arp_ignore net.ipv4.conf.all.rp_filter
  net.ipv4.conf.all.arp_ignore = 0
  net.ipv4.conf.all.rp_filter = 0
  $ sysctl -w net.ipv4.conf.all.forwarding=1
  net.ipv4.conf.all.forwarding = 1
  $ sysctl net.ipv4.conf.default.forwarding net.ipv4.conf.lo.forwarding net.ipv4.conf.a0.forwarding net.ipv4.ip_forward
  net.ipv4.conf.default.forwarding = 1
  net.ipv4.conf.lo.forwarding = 1
  net.ipv4.conf.a0.forwarding = 1
  net.ipv4.ip_forward = 1
  $ ip link add a2 address 02:00:00:00:00:05 type veth peer name b2 address 02:00:00:00:00:06
  $ sysctl -n net.ipv4.conf.a2.forwarding net.ipv4.conf.a2.rp_filter net.ipv4.conf.a2.arp_ignore
  1
  1
  1
  $ sysctl -w net.ipv4.conf.a0.forwarding=0
  net.ipv4.conf.a0.forwarding = 0
  $ sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.a0.forwarding net.ipv4.conf.a1.forwarding
  net.ipv4.conf.all.forwarding = 1
  net.ipv4.conf.a0.forwarding = 0
  net.ipv4.conf.a1.forwarding = 1
  $ sysctl -w net.ipv4.conf.default.forwarding=0
  net.ipv4.conf.default.forwarding = 0
  $ sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.a2.forwarding net.ipv4.conf.b2.forwarding
  net.ipv4.conf.all.forwarding = 1
  net.ipv4.conf.a2.forwarding = 1
  net.ipv4.conf.b2.forwarding = 1
  $ sysctl -w net.ipv4.conf.all.forwarding=0
  net.ipv4.conf.all.forwarding = 0
  $ sysctl net.ipv4.conf.default.forwarding net.ipv4.conf.a1.forwarding net.ipv4.ip_forward
  net.ipv4.conf.default.forwarding = 0
  net.ipv4.conf.a1.forwarding = 0
  net.ipv4.ip_forward = 0
  $ cat /proc/sys/net/ipv4/conf/a1/arp_ignore /proc/sys/net/ipv4/conf/default/proxy_arp
  2
  1
