Every net.* key a fresh namespace shows with its value (sysctl -a), then after a veth pair, a bridge, a macvlan and addresses are made and knobs written; keys whose value is random per boot or follows the host's congestion control or its one-way nf_hooks_lwtunnel are masked.
  $ dump() { sysctl -a -r '^net\.' 2>/dev/null | grep -v -E 'congestion_control|nf_hooks_lwtunnel|tcp_fastopen_key|hash_seed|stable_secret'; }
  $ dump | md5sum
  89714b1bacf9d372038b3e7f2d2fd94f  -
  $ dump | wc -l
  563
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name x0 address 02:00:00:00:00:02
  $ ip link add b0 address 02:00:00:00:00:03 type bridge
  $ ip link add m0 link h0 address 02:00:00:00:00:04 type macvlan mode bridge
  $ dump | wc -l
  1055
  $ dump | grep -E '\.(h0|x0|b0|m0)\.' | md5sum
  d5adc42272869d7560aa8e56d8c2e73c  -
  $ sysctl -w net.ipv4.conf.all.forwarding=1 net.ipv6.conf.all.forwarding=1 net.ipv4.conf.default.rp_filter=2 >/dev/null
  $ ip link set h0 up; ip link set x0 up; ip link set b0 up; ip link set m0 up; ip link set lo up
  $ ip addr add 10.0.0.1/24 dev h0
  $ dump | grep -E '\.(h0|x0|b0|m0|lo|all|default)\.' | grep -v -E '^net\.ipv6\.(neigh|conf)' | md5sum
  e06fd2ced53f913963c52f9e094ee2d9  -
  $ dump | grep -E '^net\.ipv6\.conf\.(h0|x0|b0|m0|lo|all|default)\.' | md5sum
  ab3f7204c93c9134e438709e148de5b0  -
  $ dump | grep -E '^net\.ipv6\.conf\.(h0|m0)\.' | grep -v -E 'stable' 
  net.ipv6.conf.h0.accept_dad = 1
  net.ipv6.conf.h0.accept_ra = 1
  net.ipv6.conf.h0.accept_ra_defrtr = 1
  net.ipv6.conf.h0.accept_ra_from_local = 0
  net.ipv6.conf.h0.accept_ra_min_hop_limit = 1
  net.ipv6.conf.h0.accept_ra_min_lft = 0
  net.ipv6.conf.h0.accept_ra_mtu = 1
  net.ipv6.conf.h0.accept_ra_pinfo = 1
  net.ipv6.conf.h0.accept_ra_rt_info_max_plen = 0
  net.ipv6.conf.h0.accept_ra_rt_info_min_plen = 0
  net.ipv6.conf.h0.accept_ra_rtr_pref = 1
  net.ipv6.conf.h0.accept_redirects = 1
  net.ipv6.conf.h0.accept_source_route = 0
  net.ipv6.conf.h0.accept_untracked_na = 0
  net.ipv6.conf.h0.addr_gen_mode = 0
  net.ipv6.conf.h0.autoconf = 1
  net.ipv6.conf.h0.dad_transmits = 1
  net.ipv6.conf.h0.disable_ipv6 = 0
  net.ipv6.conf.h0.disable_policy = 0
  net.ipv6.conf.h0.drop_unicast_in_l2_multicast = 0
  net.ipv6.conf.h0.drop_unsolicited_na = 0
  net.ipv6.conf.h0.enhanced_dad = 1
  net.ipv6.conf.h0.force_forwarding = 0
  net.ipv6.conf.h0.force_mld_version = 0
  net.ipv6.conf.h0.force_tllao = 0
  net.ipv6.conf.h0.forwarding = 1
  net.ipv6.conf.h0.hop_limit = 64
  net.ipv6.conf.h0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.h0.ioam6_enabled = 0
  net.ipv6.conf.h0.ioam6_id = 65535
  net.ipv6.conf.h0.ioam6_id_wide = 4294967295
  net.ipv6.conf.h0.keep_addr_on_down = 0
  net.ipv6.conf.h0.max_addresses = 16
  net.ipv6.conf.h0.max_desync_factor = 600
  net.ipv6.conf.h0.mldv1_unsolicited_report_interval = 10000
  net.ipv6.conf.h0.mldv2_unsolicited_report_interval = 1000
  net.ipv6.conf.h0.mtu = 1500
  net.ipv6.conf.h0.ndisc_evict_nocarrier = 1
  net.ipv6.conf.h0.ndisc_notify = 0
  net.ipv6.conf.h0.ndisc_tclass = 0
  net.ipv6.conf.h0.optimistic_dad = 0
  net.ipv6.conf.h0.proxy_ndp = 0
  net.ipv6.conf.h0.ra_defrtr_metric = 1024
  net.ipv6.conf.h0.ra_honor_pio_life = 0
  net.ipv6.conf.h0.ra_honor_pio_pflag = 0
  net.ipv6.conf.h0.regen_max_retry = 3
  net.ipv6.conf.h0.regen_min_advance = 2
  net.ipv6.conf.h0.router_probe_interval = 60
  net.ipv6.conf.h0.router_solicitation_delay = 1
  net.ipv6.conf.h0.router_solicitation_interval = 4
  net.ipv6.conf.h0.router_solicitation_max_interval = 3600
  net.ipv6.conf.h0.router_solicitations = -1
  net.ipv6.conf.h0.rpl_seg_enabled = 0
  net.ipv6.conf.h0.seg6_enabled = 0
  net.ipv6.conf.h0.suppress_frag_ndisc = 1
  net.ipv6.conf.h0.temp_prefered_lft = 86400
  net.ipv6.conf.h0.temp_valid_lft = 604800
  net.ipv6.conf.h0.use_oif_addrs_only = 0
  net.ipv6.conf.h0.use_optimistic = 0
  net.ipv6.conf.h0.use_tempaddr = 0
  net.ipv6.conf.m0.accept_dad = 1
  net.ipv6.conf.m0.accept_ra = 1
  net.ipv6.conf.m0.accept_ra_defrtr = 1
  net.ipv6.conf.m0.accept_ra_from_local = 0
  net.ipv6.conf.m0.accept_ra_min_hop_limit = 1
  net.ipv6.conf.m0.accept_ra_min_lft = 0
  net.ipv6.conf.m0.accept_ra_mtu = 1
  net.ipv6.conf.m0.accept_ra_pinfo = 1
  net.ipv6.conf.m0.accept_ra_rt_info_max_plen = 0
  net.ipv6.conf.m0.accept_ra_rt_info_min_plen = 0
  net.ipv6.conf.m0.accept_ra_rtr_pref = 1
  net.ipv6.conf.m0.accept_redirects = 1
  net.ipv6.conf.m0.accept_source_route = 0
  net.ipv6.conf.m0.accept_untracked_na = 0
  net.ipv6.conf.m0.addr_gen_mode = 0
  net.ipv6.conf.m0.autoconf = 1
  net.ipv6.conf.m0.dad_transmits = 1
  net.ipv6.conf.m0.disable_ipv6 = 0
  net.ipv6.conf.m0.disable_policy = 0
  net.ipv6.conf.m0.drop_unicast_in_l2_multicast = 0
  net.ipv6.conf.m0.drop_unsolicited_na = 0
  net.ipv6.conf.m0.enhanced_dad = 1
  net.ipv6.conf.m0.force_forwarding = 0
  net.ipv6.conf.m0.force_mld_version = 0
  net.ipv6.conf.m0.force_tllao = 0
  net.ipv6.conf.m0.forwarding = 1
  net.ipv6.conf.m0.hop_limit = 64
  net.ipv6.conf.m0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.m0.ioam6_enabled = 0
  net.ipv6.conf.m0.ioam6_id = 65535
  net.ipv6.conf.m0.ioam6_id_wide = 4294967295
  net.ipv6.conf.m0.keep_addr_on_down = 0
  net.ipv6.conf.m0.max_addresses = 16
  net.ipv6.conf.m0.max_desync_factor = 600
  net.ipv6.conf.m0.mldv1_unsolicited_report_interval = 10000
  net.ipv6.conf.m0.mldv2_unsolicited_report_interval = 1000
  net.ipv6.conf.m0.mtu = 1500
  net.ipv6.conf.m0.ndisc_evict_nocarrier = 1
  net.ipv6.conf.m0.ndisc_notify = 0
  net.ipv6.conf.m0.ndisc_tclass = 0
  net.ipv6.conf.m0.optimistic_dad = 0
  net.ipv6.conf.m0.proxy_ndp = 0
  net.ipv6.conf.m0.ra_defrtr_metric = 1024
  net.ipv6.conf.m0.ra_honor_pio_life = 0
  net.ipv6.conf.m0.ra_honor_pio_pflag = 0
  net.ipv6.conf.m0.regen_max_retry = 3
  net.ipv6.conf.m0.regen_min_advance = 2
  net.ipv6.conf.m0.router_probe_interval = 60
  net.ipv6.conf.m0.router_solicitation_delay = 1
  net.ipv6.conf.m0.router_solicitation_interval = 4
  net.ipv6.conf.m0.router_solicitation_max_interval = 3600
  net.ipv6.conf.m0.router_solicitations = -1
  net.ipv6.conf.m0.rpl_seg_enabled = 0
  net.ipv6.conf.m0.seg6_enabled = 0
  net.ipv6.conf.m0.suppress_frag_ndisc = 1
  net.ipv6.conf.m0.temp_prefered_lft = 86400
  net.ipv6.conf.m0.temp_valid_lft = 604800
  net.ipv6.conf.m0.use_oif_addrs_only = 0
  net.ipv6.conf.m0.use_optimistic = 0
  net.ipv6.conf.m0.use_tempaddr = 0
  $ dump | grep -E '^net\.ipv4\.(neigh|conf)\.m0\.'
  net.ipv4.conf.m0.accept_local = 0
  net.ipv4.conf.m0.accept_redirects = 1
  net.ipv4.conf.m0.accept_source_route = 1
  net.ipv4.conf.m0.arp_accept = 0
  net.ipv4.conf.m0.arp_announce = 0
  net.ipv4.conf.m0.arp_evict_nocarrier = 1
  net.ipv4.conf.m0.arp_filter = 0
  net.ipv4.conf.m0.arp_ignore = 0
  net.ipv4.conf.m0.arp_notify = 0
  net.ipv4.conf.m0.bc_forwarding = 0
  net.ipv4.conf.m0.bootp_relay = 0
  net.ipv4.conf.m0.disable_policy = 0
  net.ipv4.conf.m0.disable_xfrm = 0
  net.ipv4.conf.m0.drop_gratuitous_arp = 0
  net.ipv4.conf.m0.drop_unicast_in_l2_multicast = 0
  net.ipv4.conf.m0.force_igmp_version = 0
  net.ipv4.conf.m0.forwarding = 1
  net.ipv4.conf.m0.igmpv2_unsolicited_report_interval = 10000
  net.ipv4.conf.m0.igmpv3_unsolicited_report_interval = 1000
  net.ipv4.conf.m0.ignore_routes_with_linkdown = 0
  net.ipv4.conf.m0.log_martians = 0
  net.ipv4.conf.m0.mc_forwarding = 0
  net.ipv4.conf.m0.medium_id = 0
  net.ipv4.conf.m0.promote_secondaries = 0
  net.ipv4.conf.m0.proxy_arp = 0
  net.ipv4.conf.m0.proxy_arp_pvlan = 0
  net.ipv4.conf.m0.route_localnet = 0
  net.ipv4.conf.m0.rp_filter = 2
  net.ipv4.conf.m0.secure_redirects = 1
  net.ipv4.conf.m0.send_redirects = 1
  net.ipv4.conf.m0.shared_media = 1
  net.ipv4.conf.m0.src_valid_mark = 0
  net.ipv4.conf.m0.tag = 0
  net.ipv4.neigh.m0.anycast_delay = 100
  net.ipv4.neigh.m0.app_solicit = 0
  net.ipv4.neigh.m0.base_reachable_time_ms = 30000
  net.ipv4.neigh.m0.delay_first_probe_time = 5
  net.ipv4.neigh.m0.gc_stale_time = 60
  net.ipv4.neigh.m0.interval_probe_time_ms = 5000
  net.ipv4.neigh.m0.locktime = 100
  net.ipv4.neigh.m0.mcast_resolicit = 0
  net.ipv4.neigh.m0.mcast_solicit = 3
  net.ipv4.neigh.m0.proxy_delay = 80
  net.ipv4.neigh.m0.proxy_qlen = 64
  net.ipv4.neigh.m0.retrans_time_ms = 1000
  net.ipv4.neigh.m0.ucast_solicit = 3
  net.ipv4.neigh.m0.unres_qlen = 101
  net.ipv4.neigh.m0.unres_qlen_bytes = 212992
