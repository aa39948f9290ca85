sysctl -p FILE edge lines: CRLF endings, no final newline, comments after values, quotes, tabs, duplicate keys, /dev/stdin and -, a key with a space, several -p in one call, -p with -N/-n.
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name x0 address 02:00:00:00:00:02
  $ printf 'net.ipv4.ip_default_ttl = 81\r\nnet.ipv4.conf.h0.rp_filter = 2\r\n' > crlf.conf; sysctl -p crlf.conf; echo rc=$?
  net.ipv4.ip_default_ttl = 81
  net.ipv4.conf.h0.rp_filter = 2
  rc=0
  $ sysctl -n net.ipv4.ip_default_ttl net.ipv4.conf.h0.rp_filter
  81
  2
  $ printf 'net.ipv4.ip_default_ttl = 82' > nonl.conf; sysctl -p nonl.conf; echo rc=$?
  net.ipv4.ip_default_ttl = 82
  rc=0
  $ printf 'net.ipv4.ip_default_ttl = 83 # ttl\n' > cmt.conf; sysctl -p cmt.conf; echo rc=$?; sysctl -n net.ipv4.ip_default_ttl
  net.ipv4.ip_default_ttl = 83 # ttl
  rc=0
  83
  $ printf 'net.ipv4.ip_default_ttl = "84"\n' > q.conf; sysctl -p q.conf; echo rc=$?; sysctl -n net.ipv4.ip_default_ttl
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  rc=1
  83
  $ printf 'net.ipv4.tcp_rmem =\t4096\t8192\t16384\n' > tab.conf; sysctl -p tab.conf; echo rc=$?; sysctl net.ipv4.tcp_rmem
  net.ipv4.tcp_rmem = 4096	8192	16384
  rc=0
  net.ipv4.tcp_rmem = 4096	8192	16384
  $ printf 'net.ipv4.ip_default_ttl = 85\nnet.ipv4.ip_default_ttl = 86\n' > dup.conf; sysctl -p dup.conf; echo rc=$?
  net.ipv4.ip_default_ttl = 85
  net.ipv4.ip_default_ttl = 86
  rc=0
  $ printf 'net.ipv4.ip_default_ttl = 87\n' | sysctl -p /dev/stdin; echo rc=$?
  net.ipv4.ip_default_ttl = 87
  rc=0
  $ printf 'net.ipv4.ip_default_ttl = 88\n' | sysctl -p -; echo rc=$?
  net.ipv4.ip_default_ttl = 88
  rc=0
  $ printf 'net.ipv4 .ip_default_ttl = 89\n' > sp.conf; sysctl -p sp.conf; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4 /ip_default_ttl: No such file or directory
  rc=1
  $ printf 'net.ipv4.ip_default_ttl==90\n' > eq.conf; sysctl -p eq.conf; echo rc=$?
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  rc=1
  $ printf '\tnet.ipv4.ip_default_ttl=91\t\n' > lead.conf; sysctl -p lead.conf; echo rc=$?
  net.ipv4.ip_default_ttl = 91
  rc=0
  $ printf '#net.ipv4.ip_default_ttl=92\n  # x = 1\n;y=2\n' > allc.conf; sysctl -p allc.conf; echo rc=$?
  rc=0
  $ sysctl -p crlf.conf -p nonl.conf; echo rc=$?
  net.ipv4.ip_default_ttl = 81
  net.ipv4.conf.h0.rp_filter = 2
  net.ipv4.ip_default_ttl = 82
  rc=0
  $ sysctl -N -p nonl.conf; echo rc=$?
  82
  rc=0
  $ sysctl -n -p cmt.conf; echo rc=$?
  83 # ttl
  rc=0
  $ sysctl -p nonl.conf crlf.conf; echo rc=$?
  net.ipv4.ip_default_ttl = 82
  net.ipv4.ip_default_ttl = 81
  net.ipv4.conf.h0.rp_filter = 2
  rc=0
  $ printf 'net.ipv4.ip_default_ttl = 300\nnet.ipv4.conf.h0.arp_ignore = 1\n' > bad.conf; sysctl -p bad.conf; echo rc=$?; sysctl -n net.ipv4.conf.h0.arp_ignore
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  net.ipv4.conf.h0.arp_ignore = 1
  rc=1
  1
  $ printf 'net.ipv4.conf.h0.mc_forwarding = 1\nnet.ipv4.conf.h0.arp_ignore = 2\n' > ro.conf; sysctl -e -p ro.conf; echo rc=$?
  sysctl: setting key "net.ipv4.conf.h0.mc_forwarding": Invalid argument
  net.ipv4.conf.h0.arp_ignore = 2
  rc=0
  $ printf 'net.ipv4.conf.all.rp_filter=1\nnet.ipv4.conf.default.rp_filter=2\n' > rp.conf; sysctl -q -p rp.conf; echo rc=$?; ip netconf show dev h0; ip link add h1 type veth peer name x1; ip netconf show dev h1
  rc=0
  inet h0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 h0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet h1 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 h1 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ printf 'net.ipv4.conf.h0.forwarding = 1 2\n' > two.conf; sysctl -p two.conf; echo rc=$?; sysctl -n net.ipv4.conf.h0.forwarding
  net.ipv4.conf.h0.forwarding = 1 2
  rc=0
  1
  $ printf 'net.ipv4.ip_default_ttl = \n' > empty.conf; sysctl -p empty.conf; echo rc=$?
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  rc=1
