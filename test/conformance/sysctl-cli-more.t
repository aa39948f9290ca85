sysctl command line corners: version, help, deprecated keys with -a, -A/-X, -o, -d, -e with -a, -n with -a, --names/--values long forms, -p with a directory or /dev/null, keys given with slashes and trailing dots, duplicated keys, writes followed by reads in one call.
  $ sysctl -V
  sysctl from procps-ng 4.0.2
  $ sysctl --version
  sysctl from procps-ng 4.0.2
  $ sysctl -h 2>&1 | head -5
  
  Usage:
   sysctl [options] [variable[=value] ...]
  
  Options:
  $ sysctl -A 2>/dev/null | grep -c '^net.ipv4.conf.lo\.'
  33
  $ sysctl -X 2>/dev/null | grep -c '^net.ipv4.conf.lo\.'
  33
  $ sysctl -o net.ipv4.ip_forward; echo $?
  net.ipv4.ip_forward = 0
  0
  $ sysctl -d net.ipv4.ip_forward; echo $?
  
  Usage:
   sysctl [options] [variable[=value] ...]
  
  Options:
    -a, --all            display all variables
    -A                   alias of -a
    -X                   alias of -a
        --deprecated     include deprecated parameters to listing
        --dry-run        Print the key and values but do not write
    -b, --binary         print value without new line
    -e, --ignore         ignore unknown variables errors
    -N, --names          print variable names without values
    -n, --values         print only values of the given variable(s)
    -p, --load[=<file>]  read values from file
    -f                   alias of -p
        --system         read values from all system directories
    -r, --pattern <expression>
                         select setting that match expression
    -q, --quiet          do not echo variable set
    -w, --write          enable writing a value to variable
    -o                   does nothing
    -x                   does nothing
    -d                   alias of -h
  
   -h, --help     display this help and exit
   -V, --version  output version information and exit
  
  For more details see sysctl(8).
  0
  $ sysctl -a --deprecated 2>/dev/null | grep -c '^net.ipv4.conf.lo\.'
  33
  $ sysctl -a -n -r '^net\.ipv4\.conf\.lo\.rp_filter$'
  0
  $ sysctl --names net.ipv4.ip_forward net.ipv4.ip_default_ttl
  net.ipv4.ip_forward
  net.ipv4.ip_default_ttl
  $ sysctl --values net.ipv4.ip_forward net.ipv4.ip_default_ttl
  0
  64
  $ sysctl --write net.ipv4.ip_default_ttl=70 --quiet; sysctl net.ipv4.ip_default_ttl
  net.ipv4.ip_default_ttl = 70
  $ sysctl --load=/dev/null; echo $?
  0
  $ mkdir d; sysctl -p d; echo $?
  0
  $ sysctl net.ipv4.conf.lo.; echo $?
  sysctl: separators should not be repeated: //accept_local
  sysctl: separators should not be repeated: //accept_local
  net.ipv4.conf.lo..accept_local = 0
  sysctl: separators should not be repeated: //accept_redirects
  sysctl: separators should not be repeated: //accept_redirects
  net.ipv4.conf.lo..accept_redirects = 1
  sysctl: separators should not be repeated: //accept_source_route
  sysctl: separators should not be repeated: //accept_source_route
  net.ipv4.conf.lo..accept_source_route = 1
  sysctl: separators should not be repeated: //arp_accept
  sysctl: separators should not be repeated: //arp_accept
  net.ipv4.conf.lo..arp_accept = 0
  sysctl: separators should not be repeated: //arp_announce
  sysctl: separators should not be repeated: //arp_announce
  net.ipv4.conf.lo..arp_announce = 0
  sysctl: separators should not be repeated: //arp_evict_nocarrier
  sysctl: separators should not be repeated: //arp_evict_nocarrier
  net.ipv4.conf.lo..arp_evict_nocarrier = 1
  sysctl: separators should not be repeated: //arp_filter
  sysctl: separators should not be repeated: //arp_filter
  net.ipv4.conf.lo..arp_filter = 0
  sysctl: separators should not be repeated: //arp_ignore
  sysctl: separators should not be repeated: //arp_ignore
  net.ipv4.conf.lo..arp_ignore = 0
  sysctl: separators should not be repeated: //arp_notify
  sysctl: separators should not be repeated: //arp_notify
  net.ipv4.conf.lo..arp_notify = 0
  sysctl: separators should not be repeated: //bc_forwarding
  sysctl: separators should not be repeated: //bc_forwarding
  net.ipv4.conf.lo..bc_forwarding = 0
  sysctl: separators should not be repeated: //bootp_relay
  sysctl: separators should not be repeated: //bootp_relay
  net.ipv4.conf.lo..bootp_relay = 0
  sysctl: separators should not be repeated: //disable_policy
  sysctl: separators should not be repeated: //disable_policy
  net.ipv4.conf.lo..disable_policy = 1
  sysctl: separators should not be repeated: //disable_xfrm
  sysctl: separators should not be repeated: //disable_xfrm
  net.ipv4.conf.lo..disable_xfrm = 1
  sysctl: separators should not be repeated: //drop_gratuitous_arp
  sysctl: separators should not be repeated: //drop_gratuitous_arp
  net.ipv4.conf.lo..drop_gratuitous_arp = 0
  sysctl: separators should not be repeated: //drop_unicast_in_l2_multicast
  sysctl: separators should not be repeated: //drop_unicast_in_l2_multicast
  net.ipv4.conf.lo..drop_unicast_in_l2_multicast = 0
  sysctl: separators should not be repeated: //force_igmp_version
  sysctl: separators should not be repeated: //force_igmp_version
  net.ipv4.conf.lo..force_igmp_version = 0
  sysctl: separators should not be repeated: //forwarding
  sysctl: separators should not be repeated: //forwarding
  net.ipv4.conf.lo..forwarding = 0
  sysctl: separators should not be repeated: //igmpv2_unsolicited_report_interval
  sysctl: separators should not be repeated: //igmpv2_unsolicited_report_interval
  net.ipv4.conf.lo..igmpv2_unsolicited_report_interval = 10000
  sysctl: separators should not be repeated: //igmpv3_unsolicited_report_interval
  sysctl: separators should not be repeated: //igmpv3_unsolicited_report_interval
  net.ipv4.conf.lo..igmpv3_unsolicited_report_interval = 1000
  sysctl: separators should not be repeated: //ignore_routes_with_linkdown
  sysctl: separators should not be repeated: //ignore_routes_with_linkdown
  net.ipv4.conf.lo..ignore_routes_with_linkdown = 0
  sysctl: separators should not be repeated: //log_martians
  sysctl: separators should not be repeated: //log_martians
  net.ipv4.conf.lo..log_martians = 0
  sysctl: separators should not be repeated: //mc_forwarding
  sysctl: separators should not be repeated: //mc_forwarding
  net.ipv4.conf.lo..mc_forwarding = 0
  sysctl: separators should not be repeated: //medium_id
  sysctl: separators should not be repeated: //medium_id
  net.ipv4.conf.lo..medium_id = 0
  sysctl: separators should not be repeated: //promote_secondaries
  sysctl: separators should not be repeated: //promote_secondaries
  net.ipv4.conf.lo..promote_secondaries = 0
  sysctl: separators should not be repeated: //proxy_arp
  sysctl: separators should not be repeated: //proxy_arp
  net.ipv4.conf.lo..proxy_arp = 0
  sysctl: separators should not be repeated: //proxy_arp_pvlan
  sysctl: separators should not be repeated: //proxy_arp_pvlan
  net.ipv4.conf.lo..proxy_arp_pvlan = 0
  sysctl: separators should not be repeated: //route_localnet
  sysctl: separators should not be repeated: //route_localnet
  net.ipv4.conf.lo..route_localnet = 0
  sysctl: separators should not be repeated: //rp_filter
  sysctl: separators should not be repeated: //rp_filter
  net.ipv4.conf.lo..rp_filter = 0
  sysctl: separators should not be repeated: //secure_redirects
  sysctl: separators should not be repeated: //secure_redirects
  net.ipv4.conf.lo..secure_redirects = 1
  sysctl: separators should not be repeated: //send_redirects
  sysctl: separators should not be repeated: //send_redirects
  net.ipv4.conf.lo..send_redirects = 1
  sysctl: separators should not be repeated: //shared_media
  sysctl: separators should not be repeated: //shared_media
  net.ipv4.conf.lo..shared_media = 1
  sysctl: separators should not be repeated: //src_valid_mark
  sysctl: separators should not be repeated: //src_valid_mark
  net.ipv4.conf.lo..src_valid_mark = 0
  sysctl: separators should not be repeated: //tag
  sysctl: separators should not be repeated: //tag
  net.ipv4.conf.lo..tag = 0
  0
  $ sysctl net.ipv4.conf.lo.rp_filter.; echo $?
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/rp_filter/: Not a directory
  1
  $ sysctl .net.ipv4.ip_forward; echo $?
  .net.ipv4.ip_forward = 0
  0
  $ sysctl net..ipv4.ip_forward; echo $?
  sysctl: separators should not be repeated: ..ipv4.ip_forward
  net..ipv4.ip_forward = 0
  0
  $ sysctl net.ipv4.ip_forward net.ipv4.ip_forward
  net.ipv4.ip_forward = 0
  net.ipv4.ip_forward = 0
  $ sysctl -w net.ipv4.ip_default_ttl=71 net.ipv4.ip_default_ttl
  net.ipv4.ip_default_ttl = 71
  sysctl: command line(0): invalid syntax, continuing...
  [1]
  $ sysctl net.ipv4.ip_default_ttl=72 -n net.ipv4.ip_default_ttl
  72
  72
  $ sysctl -w net.ipv4.ip_default_ttl==73; echo $?
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  1
  $ sysctl -w =5; echo $?
  sysctl: Path is not under /proc/sys/: /proc/sys/
  1
  $ sysctl -w 'net.ipv4.ip_default_ttl =74'; sysctl -n net.ipv4.ip_default_ttl
  net.ipv4.ip_default_ttl = 74
  74
  $ sysctl -w 'net.ipv4.ip_default_ttl= 75 '; sysctl -n net.ipv4.ip_default_ttl
  net.ipv4.ip_default_ttl = 75
  75
  $ sysctl net.ipv4.conf; echo $?
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
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.all.secure_redirects = 1
  net.ipv4.conf.all.send_redirects = 1
  net.ipv4.conf.all.shared_media = 1
  net.ipv4.conf.all.src_valid_mark = 0
  net.ipv4.conf.all.tag = 0
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
  net.ipv4.conf.default.forwarding = 0
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
  net.ipv4.conf.default.send_redirects = 1
  net.ipv4.conf.default.shared_media = 1
  net.ipv4.conf.default.src_valid_mark = 0
  net.ipv4.conf.default.tag = 0
  net.ipv4.conf.lo.accept_local = 0
  net.ipv4.conf.lo.accept_redirects = 1
  net.ipv4.conf.lo.accept_source_route = 1
  net.ipv4.conf.lo.arp_accept = 0
  net.ipv4.conf.lo.arp_announce = 0
  net.ipv4.conf.lo.arp_evict_nocarrier = 1
  net.ipv4.conf.lo.arp_filter = 0
  net.ipv4.conf.lo.arp_ignore = 0
  net.ipv4.conf.lo.arp_notify = 0
  net.ipv4.conf.lo.bc_forwarding = 0
  net.ipv4.conf.lo.bootp_relay = 0
  net.ipv4.conf.lo.disable_policy = 1
  net.ipv4.conf.lo.disable_xfrm = 1
  net.ipv4.conf.lo.drop_gratuitous_arp = 0
  net.ipv4.conf.lo.drop_unicast_in_l2_multicast = 0
  net.ipv4.conf.lo.force_igmp_version = 0
  net.ipv4.conf.lo.forwarding = 0
  net.ipv4.conf.lo.igmpv2_unsolicited_report_interval = 10000
  net.ipv4.conf.lo.igmpv3_unsolicited_report_interval = 1000
  net.ipv4.conf.lo.ignore_routes_with_linkdown = 0
  net.ipv4.conf.lo.log_martians = 0
  net.ipv4.conf.lo.mc_forwarding = 0
  net.ipv4.conf.lo.medium_id = 0
  net.ipv4.conf.lo.promote_secondaries = 0
  net.ipv4.conf.lo.proxy_arp = 0
  net.ipv4.conf.lo.proxy_arp_pvlan = 0
  net.ipv4.conf.lo.route_localnet = 0
  net.ipv4.conf.lo.rp_filter = 0
  net.ipv4.conf.lo.secure_redirects = 1
  net.ipv4.conf.lo.send_redirects = 1
  net.ipv4.conf.lo.shared_media = 1
  net.ipv4.conf.lo.src_valid_mark = 0
  net.ipv4.conf.lo.tag = 0
  0
  $ sysctl net.ipv4.conf.lo | head -3
  net.ipv4.conf.lo.accept_local = 0
  net.ipv4.conf.lo.accept_redirects = 1
  net.ipv4.conf.lo.accept_source_route = 1
  $ sysctl -N net.ipv4.conf.lo | head -3
  net.ipv4.conf.lo.accept_local
  net.ipv4.conf.lo.accept_redirects
  net.ipv4.conf.lo.accept_source_route
  $ sysctl net.ipv4.route | head -3
  net.ipv4.route.min_adv_mss = 256
  net.ipv4.route.min_pmtu = 552
  net.ipv4.route.mtu_expires = 600
  $ sysctl -a -N --pattern '^net.ipv4.conf.all.(rp|arp)_' | sort | head -4
  net.ipv4.conf.all.arp_accept
  net.ipv4.conf.all.arp_announce
  net.ipv4.conf.all.arp_evict_nocarrier
  net.ipv4.conf.all.arp_filter
  $ sysctl -ea -r '^net.ipv4.conf.lo.rp_f' nosuch
  net.ipv4.conf.lo.rp_filter = 0
  $ sysctl -p nosuch1 -p nosuch2; echo $?
  sysctl: cannot open "nosuch1": No such file or directory
  sysctl: cannot open "nosuch2": No such file or directory
  1
