sysctl: read/write forms, errors, ranges and -p files.
  $ ip link add a0 type veth peer name b0
  $ sysctl net.ipv4.ip_forward
  net.ipv4.ip_forward = 0
  $ sysctl -n net.ipv4.ip_forward
  0
  $ sysctl -w net.ipv4.ip_forward=1
  net.ipv4.ip_forward = 1
  $ sysctl -q -w net.ipv4.ip_forward=0
  $ sysctl net/ipv4/ip_forward
  net.ipv4.ip_forward = 0
  $ sysctl -w net.ipv4.conf.a0.rp_filter=3
  net.ipv4.conf.a0.rp_filter = 3
  $ sysctl net.ipv4.conf.a0.rp_filter
  net.ipv4.conf.a0.rp_filter = 3
  $ sysctl -w net.ipv4.conf.a0.arp_ignore=9
  net.ipv4.conf.a0.arp_ignore = 9
  $ sysctl net.ipv4.conf.a0.arp_ignore
  net.ipv4.conf.a0.arp_ignore = 9
  $ sysctl -w net.ipv4.conf.a0.arp_ignore=abc
  sysctl: setting key "net.ipv4.conf.a0.arp_ignore": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_default_ttl=0
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_default_ttl=256
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_default_ttl=255
  net.ipv4.ip_default_ttl = 255
  $ sysctl -w net.ipv4.nosuch=1
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  [1]
  $ sysctl net.ipv4.nosuch
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  [1]
  $ sysctl -e net.ipv4.nosuch
  $ sysctl -w net.ipv4.ip_forward
  sysctl: command line(0): invalid syntax, continuing...
  [1]
  $ sysctl -w net.ipv4.ip_forward=
  sysctl: setting key "net.ipv4.ip_forward": Invalid argument
  [1]
  $ sysctl net.ipv4.conf.nosuch.forwarding
  sysctl: cannot stat /proc/sys/net/ipv4/conf/nosuch/forwarding: No such file or directory
  [1]
  $ sysctl net.ipv4.ip_local_port_range
  net.ipv4.ip_local_port_range = 32768	60999
  $ sysctl -w net.ipv4.ip_local_port_range="20000 30000"
  net.ipv4.ip_local_port_range = 20000 30000
  $ sysctl net.ipv4.ip_local_port_range
  net.ipv4.ip_local_port_range = 20000	30000
  $ sysctl -w net.ipv4.ip_local_port_range="30000 20000"
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  [1]
  $ printf 'net.ipv4.ip_forward = 1\n# comment\n; other\nnet.ipv4.conf.a0.rp_filter=2\n\n net.ipv4.conf.b0.arp_ignore = 1\n' > my.conf
  $ sysctl -p my.conf
  net.ipv4.ip_forward = 1
  net.ipv4.conf.a0.rp_filter = 2
  net.ipv4.conf.b0.arp_ignore = 1
  $ sysctl net.ipv4.conf.a0.forwarding net.ipv4.conf.b0.arp_ignore
  net.ipv4.conf.a0.forwarding = 1
  net.ipv4.conf.b0.arp_ignore = 1
  $ printf 'net.ipv4.nosuch = 1\nnet.ipv4.ip_forward=0\n' > bad.conf
  $ sysctl -p bad.conf
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  net.ipv4.ip_forward = 0
  [1]
  $ sysctl -e -p bad.conf
  net.ipv4.ip_forward = 0
  $ sysctl -p nosuch.conf
  sysctl: cannot open "nosuch.conf": No such file or directory
  [1]
  $ sysctl -a 2>/dev/null | grep '^net.ipv4.conf.a0.' | head -12
  net.ipv4.conf.a0.accept_local = 0
  net.ipv4.conf.a0.accept_redirects = 1
  net.ipv4.conf.a0.accept_source_route = 1
  net.ipv4.conf.a0.arp_accept = 0
  net.ipv4.conf.a0.arp_announce = 0
  net.ipv4.conf.a0.arp_evict_nocarrier = 1
  net.ipv4.conf.a0.arp_filter = 0
  net.ipv4.conf.a0.arp_ignore = 9
  net.ipv4.conf.a0.arp_notify = 0
  net.ipv4.conf.a0.bc_forwarding = 0
  net.ipv4.conf.a0.bootp_relay = 0
  net.ipv4.conf.a0.disable_policy = 0
  $ sysctl -a -r 'conf\.b0\.(rp_filter|arp_)' 2>/dev/null
  net.ipv4.conf.b0.arp_accept = 0
  net.ipv4.conf.b0.arp_announce = 0
  net.ipv4.conf.b0.arp_evict_nocarrier = 1
  net.ipv4.conf.b0.arp_filter = 0
  net.ipv4.conf.b0.arp_ignore = 1
  net.ipv4.conf.b0.arp_notify = 0
  net.ipv4.conf.b0.rp_filter = 0
  $ sysctl net.ipv4.conf.a0
  net.ipv4.conf.a0.accept_local = 0
  net.ipv4.conf.a0.accept_redirects = 1
  net.ipv4.conf.a0.accept_source_route = 1
  net.ipv4.conf.a0.arp_accept = 0
  net.ipv4.conf.a0.arp_announce = 0
  net.ipv4.conf.a0.arp_evict_nocarrier = 1
  net.ipv4.conf.a0.arp_filter = 0
  net.ipv4.conf.a0.arp_ignore = 9
  net.ipv4.conf.a0.arp_notify = 0
  net.ipv4.conf.a0.bc_forwarding = 0
  net.ipv4.conf.a0.bootp_relay = 0
  net.ipv4.conf.a0.disable_policy = 0
  net.ipv4.conf.a0.disable_xfrm = 0
  net.ipv4.conf.a0.drop_gratuitous_arp = 0
  net.ipv4.conf.a0.drop_unicast_in_l2_multicast = 0
  net.ipv4.conf.a0.force_igmp_version = 0
  net.ipv4.conf.a0.forwarding = 0
  net.ipv4.conf.a0.igmpv2_unsolicited_report_interval = 10000
  net.ipv4.conf.a0.igmpv3_unsolicited_report_interval = 1000
  net.ipv4.conf.a0.ignore_routes_with_linkdown = 0
  net.ipv4.conf.a0.log_martians = 0
  net.ipv4.conf.a0.mc_forwarding = 0
  net.ipv4.conf.a0.medium_id = 0
  net.ipv4.conf.a0.promote_secondaries = 0
  net.ipv4.conf.a0.proxy_arp = 0
  net.ipv4.conf.a0.proxy_arp_pvlan = 0
  net.ipv4.conf.a0.route_localnet = 0
  net.ipv4.conf.a0.rp_filter = 2
  net.ipv4.conf.a0.secure_redirects = 1
  net.ipv4.conf.a0.send_redirects = 1
  net.ipv4.conf.a0.shared_media = 1
  net.ipv4.conf.a0.src_valid_mark = 0
  net.ipv4.conf.a0.tag = 0
  $ sysctl -x
  sysctl: no variables specified
  Try `sysctl --help' for more information.
  [1]
  $ cat /proc/sys/net/ipv4/conf/a0/rp_filter
  2
  $ echo 5 > /proc/sys/net/ipv4/conf/a0/arp_announce
  $ cat /proc/sys/net/ipv4/conf/a0/arp_announce
  5
  $ echo 3 > /proc/sys/net/ipv4/conf/a0/rp_filter
  $ cat /proc/sys/net/ipv4/conf/a0/rp_filter
  3
