net.ipv4.conf.* keys written at and past their bounds (devinet_conf_proc is proc_dointvec: no min/max but an int; forwarding and rp_filter etc. take any int), hex, octal, signs, spaces and trailing garbage.
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name x0 address 02:00:00:00:00:02
  $ sysctl -w net.ipv4.conf.h0.rp_filter=3; sysctl -n net.ipv4.conf.h0.rp_filter
  net.ipv4.conf.h0.rp_filter = 3
  3
  $ sysctl -w net.ipv4.conf.h0.rp_filter=-1; sysctl -n net.ipv4.conf.h0.rp_filter
  net.ipv4.conf.h0.rp_filter = -1
  -1
  $ sysctl -w net.ipv4.conf.h0.arp_ignore=9; sysctl -n net.ipv4.conf.h0.arp_ignore
  net.ipv4.conf.h0.arp_ignore = 9
  9
  $ sysctl -w net.ipv4.conf.h0.arp_announce=0x3; sysctl -n net.ipv4.conf.h0.arp_announce
  net.ipv4.conf.h0.arp_announce = 0x3
  3
  $ sysctl -w net.ipv4.conf.h0.medium_id=-2; sysctl -n net.ipv4.conf.h0.medium_id
  net.ipv4.conf.h0.medium_id = -2
  -2
  $ sysctl -w net.ipv4.conf.h0.tag=2147483647; sysctl -n net.ipv4.conf.h0.tag
  net.ipv4.conf.h0.tag = 2147483647
  2147483647
  $ sysctl -w net.ipv4.conf.h0.tag=2147483648; echo rc=$?; sysctl -n net.ipv4.conf.h0.tag
  sysctl: setting key "net.ipv4.conf.h0.tag": Invalid argument
  rc=1
  2147483647
  $ sysctl -w net.ipv4.conf.h0.tag=-2147483648; sysctl -n net.ipv4.conf.h0.tag
  net.ipv4.conf.h0.tag = -2147483648
  -2147483648
  $ sysctl -w net.ipv4.conf.h0.tag=-2147483649; echo rc=$?
  sysctl: setting key "net.ipv4.conf.h0.tag": Invalid argument
  rc=1
  $ sysctl -w net.ipv4.conf.h0.tag=+12; sysctl -n net.ipv4.conf.h0.tag
  sysctl: setting key "net.ipv4.conf.h0.tag": Invalid argument
  -2147483648
  $ sysctl -w net.ipv4.conf.h0.tag=012; sysctl -n net.ipv4.conf.h0.tag
  net.ipv4.conf.h0.tag = 012
  10
  $ sysctl -w net.ipv4.conf.h0.tag=08; echo rc=$?; sysctl -n net.ipv4.conf.h0.tag
  sysctl: setting key "net.ipv4.conf.h0.tag": Invalid argument
  rc=1
  10
  $ sysctl -w net.ipv4.conf.h0.tag=12abc; echo rc=$?; sysctl -n net.ipv4.conf.h0.tag
  sysctl: setting key "net.ipv4.conf.h0.tag": Invalid argument
  rc=1
  10
  $ sysctl -w "net.ipv4.conf.h0.tag=13 14"; echo rc=$?; sysctl -n net.ipv4.conf.h0.tag
  net.ipv4.conf.h0.tag = 13 14
  rc=0
  13
  $ printf '15\n16\n' > /proc/sys/net/ipv4/conf/h0/tag; echo rc=$?; cat /proc/sys/net/ipv4/conf/h0/tag
  rc=0
  15
  $ printf '17\t' > /proc/sys/net/ipv4/conf/h0/tag; echo rc=$?; cat /proc/sys/net/ipv4/conf/h0/tag
  rc=0
  17
  $ printf -- '-' > /proc/sys/net/ipv4/conf/h0/tag; echo rc=$?; cat /proc/sys/net/ipv4/conf/h0/tag
  bash: line 60: printf: write error: Invalid argument
  rc=1
  17
  $ printf '' > /proc/sys/net/ipv4/conf/h0/tag; echo rc=$?; cat /proc/sys/net/ipv4/conf/h0/tag
  rc=0
  17
  $ printf ' \n' > /proc/sys/net/ipv4/conf/h0/tag; echo rc=$?; cat /proc/sys/net/ipv4/conf/h0/tag
  bash: line 66: printf: write error: Invalid argument
  rc=1
  17
  $ sysctl -w net.ipv4.conf.h0.forwarding=5; sysctl -n net.ipv4.conf.h0.forwarding
  net.ipv4.conf.h0.forwarding = 5
  5
  $ sysctl -w net.ipv4.conf.all.forwarding=-3; sysctl -n net.ipv4.conf.all.forwarding net.ipv4.ip_forward net.ipv4.conf.x0.forwarding
  net.ipv4.conf.all.forwarding = -3
  -3
  -3
  -3
  $ sysctl -w net.ipv4.ip_forward=7; sysctl -n net.ipv4.ip_forward net.ipv4.conf.all.forwarding
  net.ipv4.ip_forward = 7
  7
  7
  $ sysctl -w net.ipv4.conf.h0.accept_local=2; sysctl -n net.ipv4.conf.h0.accept_local
  net.ipv4.conf.h0.accept_local = 2
  2
  $ sysctl -w net.ipv4.conf.h0.route_localnet=0x10; sysctl -n net.ipv4.conf.h0.route_localnet
  net.ipv4.conf.h0.route_localnet = 0x10
  16
  $ sysctl -w net.ipv4.conf.h0.igmpv2_unsolicited_report_interval=-1; sysctl -n net.ipv4.conf.h0.igmpv2_unsolicited_report_interval
  net.ipv4.conf.h0.igmpv2_unsolicited_report_interval = -1
  -1
  $ sysctl -w net.ipv4.conf.h0.force_igmp_version=4; sysctl -n net.ipv4.conf.h0.force_igmp_version
  net.ipv4.conf.h0.force_igmp_version = 4
  4
  $ sysctl -w net.ipv4.conf.h0.arp_accept=3; echo rc=$?; sysctl -n net.ipv4.conf.h0.arp_accept
  net.ipv4.conf.h0.arp_accept = 3
  rc=0
  3
  $ sysctl -w net.ipv4.conf.h0.mc_forwarding=0; echo rc=$?
  sysctl: setting key "net.ipv4.conf.h0.mc_forwarding": Invalid argument
  rc=0
  $ ip netconf show dev h0
  inet h0 forwarding on rp_filter 4294967295 mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 h0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -d netconf show dev h0
  inet h0 forwarding on rp_filter 4294967295 mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 h0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
