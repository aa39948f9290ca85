Random differential scenario (seed 5): writes to conf/all, conf/default and conf/DEV of random IPv4 knobs (sysctl -w, /proc/sys echo, bad values, ip_forward), devices made, renamed, re-MTU'd and deleted in between; reads of all, default and every device, ip netconf, sysctl -a.

  $ ip link add a0 address 02:00:00:00:00:11 type veth peer name b0 address 02:00:00:00:00:12
  $ ip link set lo mtu 60; echo $?; ls /proc/sys/net/ipv4/conf/ | tr '\n' ' '; echo
  0
  a0 all b0 default 
  $ sysctl -w net.ipv4.conf.b0.rp_filter=0
  net.ipv4.conf.b0.rp_filter = 0
  $ sysctl -w net.ipv4.conf.default.forwarding=1
  net.ipv4.conf.default.forwarding = 1
  $ sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter net.ipv4.conf.lo.rp_filter net.ipv4.conf.a0.rp_filter net.ipv4.conf.b0.rp_filter
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.default.rp_filter = 0
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/rp_filter: No such file or directory
  net.ipv4.conf.a0.rp_filter = 0
  net.ipv4.conf.b0.rp_filter = 0
  [1]
  $ ip link set lo mtu 67; echo $?; ls /proc/sys/net/ipv4/conf/ | tr '\n' ' '; echo
  0
  a0 all b0 default 
  $ sysctl -w net.ipv4.conf.b0.forwarding='1 2'
  net.ipv4.conf.b0.forwarding = 1 2
  $ sysctl -w net.ipv4.conf.default.send_redirects=0
  net.ipv4.conf.default.send_redirects = 0
  $ ip -4 netconf
  inet b0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet a0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ sysctl -w net.ipv4.conf.all.medium_id=0
  net.ipv4.conf.all.medium_id = 0
  $ sysctl -w net.ipv4.conf.all.rp_filter=2
  net.ipv4.conf.all.rp_filter = 2
  $ ip link set lo mtu 60; echo $?; ls /proc/sys/net/ipv4/conf/ | tr '\n' ' '; echo
  0
  a0 all b0 default 
  $ sysctl -w net.ipv4.conf.b0.send_redirects=1
  net.ipv4.conf.b0.send_redirects = 1
  $ sysctl -w net.ipv4.ip_forward=0
  net.ipv4.ip_forward = 0
  $ sysctl -w net.ipv4.conf.all.medium_id=0
  net.ipv4.conf.all.medium_id = 0
  $ sysctl net.ipv4.conf.all.proxy_arp net.ipv4.conf.default.proxy_arp net.ipv4.conf.lo.proxy_arp net.ipv4.conf.a0.proxy_arp net.ipv4.conf.b0.proxy_arp net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter net.ipv4.conf.lo.rp_filter net.ipv4.conf.a0.rp_filter net.ipv4.conf.b0.rp_filter
  net.ipv4.conf.all.proxy_arp = 0
  net.ipv4.conf.default.proxy_arp = 0
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/proxy_arp: No such file or directory
  net.ipv4.conf.a0.proxy_arp = 0
  net.ipv4.conf.b0.proxy_arp = 0
  net.ipv4.conf.all.rp_filter = 2
  net.ipv4.conf.default.rp_filter = 0
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/rp_filter: No such file or directory
  net.ipv4.conf.a0.rp_filter = 0
  net.ipv4.conf.b0.rp_filter = 0
  [2]
  $ sysctl net.ipv4.conf.all.accept_redirects net.ipv4.conf.default.accept_redirects net.ipv4.conf.lo.accept_redirects net.ipv4.conf.a0.accept_redirects net.ipv4.conf.b0.accept_redirects net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.lo.forwarding net.ipv4.conf.a0.forwarding net.ipv4.conf.b0.forwarding
  net.ipv4.conf.all.accept_redirects = 1
  net.ipv4.conf.default.accept_redirects = 1
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/accept_redirects: No such file or directory
  net.ipv4.conf.a0.accept_redirects = 1
  net.ipv4.conf.b0.accept_redirects = 1
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.default.forwarding = 1
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/forwarding: No such file or directory
  net.ipv4.conf.a0.forwarding = 0
  net.ipv4.conf.b0.forwarding = 1
  [2]
  $ ip link set lo mtu 60; echo $?; ls /proc/sys/net/ipv4/conf/ | tr '\n' ' '; echo
  0
  a0 all b0 default 
  $ sysctl net.ipv4.conf.all.medium_id net.ipv4.conf.default.medium_id net.ipv4.conf.lo.medium_id net.ipv4.conf.a0.medium_id net.ipv4.conf.b0.medium_id net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter net.ipv4.conf.lo.rp_filter net.ipv4.conf.a0.rp_filter net.ipv4.conf.b0.rp_filter
  net.ipv4.conf.all.medium_id = 0
  net.ipv4.conf.default.medium_id = 0
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/medium_id: No such file or directory
  net.ipv4.conf.a0.medium_id = 0
  net.ipv4.conf.b0.medium_id = 0
  net.ipv4.conf.all.rp_filter = 2
  net.ipv4.conf.default.rp_filter = 0
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/rp_filter: No such file or directory
  net.ipv4.conf.a0.rp_filter = 0
  net.ipv4.conf.b0.rp_filter = 0
  [2]
  $ sysctl -w net.ipv4.conf.lo.proxy_arp=0
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/proxy_arp: No such file or directory
  [1]
  $ sysctl net.ipv4.conf.all.medium_id net.ipv4.conf.default.medium_id net.ipv4.conf.lo.medium_id net.ipv4.conf.a0.medium_id net.ipv4.conf.b0.medium_id net.ipv4.conf.all.accept_redirects net.ipv4.conf.default.accept_redirects net.ipv4.conf.lo.accept_redirects net.ipv4.conf.a0.accept_redirects net.ipv4.conf.b0.accept_redirects
  net.ipv4.conf.all.medium_id = 0
  net.ipv4.conf.default.medium_id = 0
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/medium_id: No such file or directory
  net.ipv4.conf.a0.medium_id = 0
  net.ipv4.conf.b0.medium_id = 0
  net.ipv4.conf.all.accept_redirects = 1
  net.ipv4.conf.default.accept_redirects = 1
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/accept_redirects: No such file or directory
  net.ipv4.conf.a0.accept_redirects = 1
  net.ipv4.conf.b0.accept_redirects = 1
  [2]
  $ sysctl -w net.ipv4.ip_forward=0
  net.ipv4.ip_forward = 0
  $ sysctl net.ipv4.conf.all.accept_redirects net.ipv4.conf.default.accept_redirects net.ipv4.conf.lo.accept_redirects net.ipv4.conf.a0.accept_redirects net.ipv4.conf.b0.accept_redirects net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.lo.forwarding net.ipv4.conf.a0.forwarding net.ipv4.conf.b0.forwarding net.ipv4.conf.all.medium_id net.ipv4.conf.default.medium_id net.ipv4.conf.lo.medium_id net.ipv4.conf.a0.medium_id net.ipv4.conf.b0.medium_id net.ipv4.conf.all.proxy_arp net.ipv4.conf.default.proxy_arp net.ipv4.conf.lo.proxy_arp net.ipv4.conf.a0.proxy_arp net.ipv4.conf.b0.proxy_arp net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter net.ipv4.conf.lo.rp_filter net.ipv4.conf.a0.rp_filter net.ipv4.conf.b0.rp_filter net.ipv4.conf.all.send_redirects net.ipv4.conf.default.send_redirects net.ipv4.conf.lo.send_redirects net.ipv4.conf.a0.send_redirects net.ipv4.conf.b0.send_redirects
  net.ipv4.conf.all.accept_redirects = 1
  net.ipv4.conf.default.accept_redirects = 1
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/accept_redirects: No such file or directory
  net.ipv4.conf.a0.accept_redirects = 1
  net.ipv4.conf.b0.accept_redirects = 1
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.default.forwarding = 1
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/forwarding: No such file or directory
  net.ipv4.conf.a0.forwarding = 0
  net.ipv4.conf.b0.forwarding = 1
  net.ipv4.conf.all.medium_id = 0
  net.ipv4.conf.default.medium_id = 0
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/medium_id: No such file or directory
  net.ipv4.conf.a0.medium_id = 0
  net.ipv4.conf.b0.medium_id = 0
  net.ipv4.conf.all.proxy_arp = 0
  net.ipv4.conf.default.proxy_arp = 0
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/proxy_arp: No such file or directory
  net.ipv4.conf.a0.proxy_arp = 0
  net.ipv4.conf.b0.proxy_arp = 0
  net.ipv4.conf.all.rp_filter = 2
  net.ipv4.conf.default.rp_filter = 0
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/rp_filter: No such file or directory
  net.ipv4.conf.a0.rp_filter = 0
  net.ipv4.conf.b0.rp_filter = 0
  net.ipv4.conf.all.send_redirects = 1
  net.ipv4.conf.default.send_redirects = 0
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/send_redirects: No such file or directory
  net.ipv4.conf.a0.send_redirects = 0
  net.ipv4.conf.b0.send_redirects = 1
  [6]
  $ sysctl -a -r '^net\.ipv4\.conf\.' 2>&1 | grep -v '\.loop = '
  net.ipv4.conf.a0.accept_local = 0
  net.ipv4.conf.a0.accept_redirects = 1
  net.ipv4.conf.a0.accept_source_route = 1
  net.ipv4.conf.a0.arp_accept = 0
  net.ipv4.conf.a0.arp_announce = 0
  net.ipv4.conf.a0.arp_evict_nocarrier = 1
  net.ipv4.conf.a0.arp_filter = 0
  net.ipv4.conf.a0.arp_ignore = 0
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
  net.ipv4.conf.a0.rp_filter = 0
  net.ipv4.conf.a0.secure_redirects = 1
  net.ipv4.conf.a0.send_redirects = 0
  net.ipv4.conf.a0.shared_media = 1
  net.ipv4.conf.a0.src_valid_mark = 0
  net.ipv4.conf.a0.tag = 0
  net.ipv4.conf.all.accept_local = 0
  net.ipv4.conf.all.accept_redirects = 1
  net.ipv4.conf.all.accept_source_route = 0
  net.ipv4.conf.all.arp_accept = 0
  net.ipv4.conf.all.arp_announce = 0
  net.ipv4.conf.all.arp_evict_nocarrier = 1
  net.ipv4.conf.all.arp_filter = 0
  net.ipv4.conf.all.arp_ignore = 0
  net.ipv4.conf.all.arp_notify = 0
  net.ipv4.conf.all.bc_forwarding = 0
  net.ipv4.conf.all.bootp_relay = 0
  net.ipv4.conf.all.disable_policy = 0
  net.ipv4.conf.all.disable_xfrm = 0
  net.ipv4.conf.all.drop_gratuitous_arp = 0
  net.ipv4.conf.all.drop_unicast_in_l2_multicast = 0
  net.ipv4.conf.all.force_igmp_version = 0
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.all.igmpv2_unsolicited_report_interval = 10000
  net.ipv4.conf.all.igmpv3_unsolicited_report_interval = 1000
  net.ipv4.conf.all.ignore_routes_with_linkdown = 0
  net.ipv4.conf.all.log_martians = 0
  net.ipv4.conf.all.mc_forwarding = 0
  net.ipv4.conf.all.medium_id = 0
  net.ipv4.conf.all.promote_secondaries = 0
  net.ipv4.conf.all.proxy_arp = 0
  net.ipv4.conf.all.proxy_arp_pvlan = 0
  net.ipv4.conf.all.route_localnet = 0
  net.ipv4.conf.all.rp_filter = 2
  net.ipv4.conf.all.secure_redirects = 1
  net.ipv4.conf.all.send_redirects = 1
  net.ipv4.conf.all.shared_media = 1
  net.ipv4.conf.all.src_valid_mark = 0
  net.ipv4.conf.all.tag = 0
  net.ipv4.conf.b0.accept_local = 0
  net.ipv4.conf.b0.accept_redirects = 1
  net.ipv4.conf.b0.accept_source_route = 1
  net.ipv4.conf.b0.arp_accept = 0
  net.ipv4.conf.b0.arp_announce = 0
  net.ipv4.conf.b0.arp_evict_nocarrier = 1
  net.ipv4.conf.b0.arp_filter = 0
  net.ipv4.conf.b0.arp_ignore = 0
  net.ipv4.conf.b0.arp_notify = 0
  net.ipv4.conf.b0.bc_forwarding = 0
  net.ipv4.conf.b0.bootp_relay = 0
  net.ipv4.conf.b0.disable_policy = 0
  net.ipv4.conf.b0.disable_xfrm = 0
  net.ipv4.conf.b0.drop_gratuitous_arp = 0
  net.ipv4.conf.b0.drop_unicast_in_l2_multicast = 0
  net.ipv4.conf.b0.force_igmp_version = 0
  net.ipv4.conf.b0.forwarding = 1
  net.ipv4.conf.b0.igmpv2_unsolicited_report_interval = 10000
  net.ipv4.conf.b0.igmpv3_unsolicited_report_interval = 1000
  net.ipv4.conf.b0.ignore_routes_with_linkdown = 0
  net.ipv4.conf.b0.log_martians = 0
  net.ipv4.conf.b0.mc_forwarding = 0
  net.ipv4.conf.b0.medium_id = 0
  net.ipv4.conf.b0.promote_secondaries = 0
  net.ipv4.conf.b0.proxy_arp = 0
  net.ipv4.conf.b0.proxy_arp_pvlan = 0
  net.ipv4.conf.b0.route_localnet = 0
  net.ipv4.conf.b0.rp_filter = 0
  net.ipv4.conf.b0.secure_redirects = 1
  net.ipv4.conf.b0.send_redirects = 1
  net.ipv4.conf.b0.shared_media = 1
  net.ipv4.conf.b0.src_valid_mark = 0
  net.ipv4.conf.b0.tag = 0
  net.ipv4.conf.default.accept_local = 0
  net.ipv4.conf.default.accept_redirects = 1
  net.ipv4.conf.default.accept_source_route = 1
  net.ipv4.conf.default.arp_accept = 0
  net.ipv4.conf.default.arp_announce = 0
  net.ipv4.conf.default.arp_evict_nocarrier = 1
  net.ipv4.conf.default.arp_filter = 0
  net.ipv4.conf.default.arp_ignore = 0
  net.ipv4.conf.default.arp_notify = 0
  net.ipv4.conf.default.bc_forwarding = 0
  net.ipv4.conf.default.bootp_relay = 0
  net.ipv4.conf.default.disable_policy = 0
  net.ipv4.conf.default.disable_xfrm = 0
  net.ipv4.conf.default.drop_gratuitous_arp = 0
  net.ipv4.conf.default.drop_unicast_in_l2_multicast = 0
  net.ipv4.conf.default.force_igmp_version = 0
  net.ipv4.conf.default.forwarding = 1
  net.ipv4.conf.default.igmpv2_unsolicited_report_interval = 10000
  net.ipv4.conf.default.igmpv3_unsolicited_report_interval = 1000
  net.ipv4.conf.default.ignore_routes_with_linkdown = 0
  net.ipv4.conf.default.log_martians = 0
  net.ipv4.conf.default.mc_forwarding = 0
  net.ipv4.conf.default.medium_id = 0
  net.ipv4.conf.default.promote_secondaries = 0
  net.ipv4.conf.default.proxy_arp = 0
  net.ipv4.conf.default.proxy_arp_pvlan = 0
  net.ipv4.conf.default.route_localnet = 0
  net.ipv4.conf.default.rp_filter = 0
  net.ipv4.conf.default.secure_redirects = 1
  net.ipv4.conf.default.send_redirects = 0
  net.ipv4.conf.default.shared_media = 1
  net.ipv4.conf.default.src_valid_mark = 0
  net.ipv4.conf.default.tag = 0
  $ ip -4 netconf
  inet b0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet a0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
