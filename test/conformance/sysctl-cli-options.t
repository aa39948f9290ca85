sysctl's options on net keys: -n -N -e -q -b, -p FILE with comments and errors, --values, patterns, directories, and reading /proc/sys by hand.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ sysctl -n net.ipv4.conf.a0.rp_filter net.ipv4.ip_default_ttl
  0
  64
  $ sysctl -N net.ipv4.conf.a0.rp_filter net.ipv4.ip_default_ttl
  net.ipv4.conf.a0.rp_filter
  net.ipv4.ip_default_ttl
  $ sysctl --values net.ipv4.ip_local_port_range
  32768	60999
  $ sysctl -b net.ipv4.ip_default_ttl; echo
  64
  $ sysctl -e net.ipv4.nosuch net.ipv4.ip_default_ttl
  net.ipv4.ip_default_ttl = 64
  $ sysctl -q net.ipv4.nosuch
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  [1]
  $ sysctl -w -q net.ipv4.ip_default_ttl=65
  $ sysctl -q -w net.ipv4.nosuch=1
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  [1]
  $ sysctl -e -w net.ipv4.nosuch=1
  $ sysctl -w net.ipv4.ip_default_ttl
  sysctl: command line(0): invalid syntax, continuing...
  [1]
  $ sysctl -w net.ipv4.ip_default_ttl=0
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_default_ttl=256
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_default_ttl=" 70"
  net.ipv4.ip_default_ttl = 70
  $ sysctl net.ipv4.ip_default_ttl=71
  net.ipv4.ip_default_ttl = 71
  $ sysctl net/ipv4/ip_default_ttl
  net.ipv4.ip_default_ttl = 71
  $ sysctl -w net/ipv4/conf/a0/arp_ignore=2
  net.ipv4.conf.a0.arp_ignore = 2
  $ sysctl net.ipv4.conf.a0
  net.ipv4.conf.a0.accept_local = 0
  net.ipv4.conf.a0.accept_redirects = 1
  net.ipv4.conf.a0.accept_source_route = 1
  net.ipv4.conf.a0.arp_accept = 0
  net.ipv4.conf.a0.arp_announce = 0
  net.ipv4.conf.a0.arp_evict_nocarrier = 1
  net.ipv4.conf.a0.arp_filter = 0
  net.ipv4.conf.a0.arp_ignore = 2
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
  net.ipv4.conf.a0.send_redirects = 1
  net.ipv4.conf.a0.shared_media = 1
  net.ipv4.conf.a0.src_valid_mark = 0
  net.ipv4.conf.a0.tag = 0
  $ sysctl -N net.ipv4.neigh.b0
  net.ipv4.neigh.b0.anycast_delay
  net.ipv4.neigh.b0.app_solicit
  net.ipv4.neigh.b0.base_reachable_time_ms
  net.ipv4.neigh.b0.delay_first_probe_time
  net.ipv4.neigh.b0.gc_stale_time
  net.ipv4.neigh.b0.interval_probe_time_ms
  net.ipv4.neigh.b0.locktime
  net.ipv4.neigh.b0.mcast_resolicit
  net.ipv4.neigh.b0.mcast_solicit
  net.ipv4.neigh.b0.proxy_delay
  net.ipv4.neigh.b0.proxy_qlen
  net.ipv4.neigh.b0.retrans_time_ms
  net.ipv4.neigh.b0.ucast_solicit
  net.ipv4.neigh.b0.unres_qlen
  net.ipv4.neigh.b0.unres_qlen_bytes
  $ sysctl net.ipv4.route.flush
  $ sysctl -w net.ipv4.route.flush=1
  net.ipv4.route.flush = 1
  $ printf '# comment\n; other\nnet.ipv4.ip_default_ttl = 80\n  net.ipv4.conf.a0.forwarding=1\n\nnet.ipv4.nosuch = 3\n-net.ipv4.nosuch2 = 4\nnet.ipv4.conf.b0.rp_filter = 7\nbogus line\n' > my.conf
  $ sysctl -p my.conf
  sysctl: my.conf(9): invalid syntax, continuing...
  net.ipv4.ip_default_ttl = 80
  net.ipv4.conf.a0.forwarding = 1
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch2: No such file or directory
  net.ipv4.conf.b0.rp_filter = 7
  [1]
  $ sysctl -q -p my.conf
  sysctl: my.conf(9): invalid syntax, continuing...
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch2: No such file or directory
  [1]
  $ sysctl -e -p my.conf
  sysctl: my.conf(9): invalid syntax, continuing...
  net.ipv4.ip_default_ttl = 80
  net.ipv4.conf.a0.forwarding = 1
  net.ipv4.conf.b0.rp_filter = 7
  $ sysctl -p nosuch.conf
  sysctl: cannot open "nosuch.conf": No such file or directory
  [1]
  $ sysctl net.ipv4.ip_default_ttl net.ipv4.conf.a0.forwarding net.ipv4.conf.b0.rp_filter
  net.ipv4.ip_default_ttl = 80
  net.ipv4.conf.a0.forwarding = 1
  net.ipv4.conf.b0.rp_filter = 7
  $ sysctl -a -r 'conf\.a0\.(arp|rp)_' 
  net.ipv4.conf.a0.arp_accept = 0
  net.ipv4.conf.a0.arp_announce = 0
  net.ipv4.conf.a0.arp_evict_nocarrier = 1
  net.ipv4.conf.a0.arp_filter = 0
  net.ipv4.conf.a0.arp_ignore = 2
  net.ipv4.conf.a0.arp_notify = 0
  net.ipv4.conf.a0.rp_filter = 0
  $ sysctl -a -N -r '^net\.ipv4\.conf\.b0\.a'
  net.ipv4.conf.b0.accept_local
  net.ipv4.conf.b0.accept_redirects
  net.ipv4.conf.b0.accept_source_route
  net.ipv4.conf.b0.arp_accept
  net.ipv4.conf.b0.arp_announce
  net.ipv4.conf.b0.arp_evict_nocarrier
  net.ipv4.conf.b0.arp_filter
  net.ipv4.conf.b0.arp_ignore
  net.ipv4.conf.b0.arp_notify
  $ sysctl -a --pattern 'ip_forward'
  net.ipv4.ip_forward = 0
  net.ipv4.ip_forward_update_priority = 1
  net.ipv4.ip_forward_use_pmtu = 0
  $ cat /proc/sys/net/ipv4/conf/a0/forwarding /proc/sys/net/ipv4/ip_default_ttl
  1
  80
  $ ls /proc/sys/net/ipv4/conf
  a0
  all
  b0
  default
  lo
  $ ls /proc/sys/net/ipv4/neigh
  a0
  b0
  lo
  $ cat /proc/sys/net/ipv4/route/flush
  cat: /proc/sys/net/ipv4/route/flush: Permission denied
  [1]
  $ echo 1 > /proc/sys/net/ipv4/route/flush
  $ echo 300 > /proc/sys/net/ipv4/ip_default_ttl
  bash: line 114: echo: write error: Invalid argument
  [1]
  $ sysctl -x net.ipv4.ip_default_ttl
  net.ipv4.ip_default_ttl = 80
  $ sysctl -Z
  sysctl: invalid option -- 'Z'
  
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
  $ sysctl
  
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
  [1]
