sysctl -w with several arguments: each is written in order, a failing one does not stop the rest, the exit status; mixed reads and writes, -e/-q on the failures, unknown and read-only keys.
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name x0 address 02:00:00:00:00:02
  $ sysctl -w net.ipv4.conf.h0.rp_filter=1 net.ipv4.conf.x0.rp_filter=2 net.ipv4.ip_default_ttl=70; echo rc=$?
  net.ipv4.conf.h0.rp_filter = 1
  net.ipv4.conf.x0.rp_filter = 2
  net.ipv4.ip_default_ttl = 70
  rc=0
  $ sysctl -w net.ipv4.conf.h0.rp_filter=2 net.ipv4.nosuch=1 net.ipv4.conf.x0.rp_filter=0; echo rc=$?
  net.ipv4.conf.h0.rp_filter = 2
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  net.ipv4.conf.x0.rp_filter = 0
  rc=1
  $ sysctl -n net.ipv4.conf.h0.rp_filter net.ipv4.conf.x0.rp_filter
  2
  0
  $ sysctl -w net.ipv4.ip_default_ttl=0 net.ipv4.conf.h0.arp_ignore=2; echo rc=$?
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  net.ipv4.conf.h0.arp_ignore = 2
  rc=1
  $ sysctl -w net.ipv4.conf.h0.mc_forwarding=1 net.ipv4.conf.h0.arp_announce=1; echo rc=$?
  sysctl: setting key "net.ipv4.conf.h0.mc_forwarding": Invalid argument
  net.ipv4.conf.h0.arp_announce = 1
  rc=0
  $ sysctl -e -w net.ipv4.nosuch=1 net.ipv4.conf.h0.arp_filter=1; echo rc=$?
  net.ipv4.conf.h0.arp_filter = 1
  rc=0
  $ sysctl -q -w net.ipv4.nosuch=1 net.ipv4.conf.h0.arp_filter=0; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  rc=1
  $ sysctl -w net.ipv4.conf.h0.arp_filter; echo rc=$?
  sysctl: command line(0): invalid syntax, continuing...
  rc=1
  $ sysctl -w net.ipv4.conf.h0.arp_filter=1 net.ipv4.conf.h0.arp_filter; echo rc=$?
  net.ipv4.conf.h0.arp_filter = 1
  sysctl: command line(0): invalid syntax, continuing...
  rc=1
  $ sysctl net.ipv4.conf.h0.arp_filter=0 net.ipv4.conf.h0.arp_filter; echo rc=$?
  net.ipv4.conf.h0.arp_filter = 0
  net.ipv4.conf.h0.arp_filter = 0
  rc=0
  $ sysctl -w net.ipv4.ip_default_ttl=abc net.ipv4.ip_default_ttl=300 net.ipv4.ip_default_ttl=-1; echo rc=$?
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  rc=1
  $ sysctl -n -w net.ipv4.ip_default_ttl=66 net.ipv4.conf.h0.tag=5; echo rc=$?
  66
  5
  rc=0
  $ sysctl -N -w net.ipv4.ip_default_ttl=67; echo rc=$?; sysctl -n net.ipv4.ip_default_ttl
  67
  rc=0
  67
  $ sysctl -w net.ipv4.conf.nosuch.rp_filter=1; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4/conf/nosuch/rp_filter: No such file or directory
  rc=1
  $ sysctl -w net.ipv4.conf.h0=1; echo rc=$?
  sysctl: setting key "net.ipv4.conf.h0": Invalid argument
  rc=0
  $ sysctl -w net.ipv4.conf=1; echo rc=$?
  sysctl: setting key "net.ipv4.conf": Invalid argument
  rc=0
  $ sysctl -w net.ipv4.route.gc_timeout=100 net.ipv4.route.mtu_expires=abc net.ipv4.route.min_pmtu=67; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  sysctl: setting key "net.ipv4.route.mtu_expires": Invalid argument
  sysctl: setting key "net.ipv4.route.min_pmtu": Invalid argument
  rc=1
  $ sysctl net.ipv4.route.gc_timeout net.ipv4.route.min_pmtu net.ipv4.route.min_adv_mss
  sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  net.ipv4.route.min_pmtu = 552
  net.ipv4.route.min_adv_mss = 256
  [1]
  $ sysctl -w net.ipv4.route.min_pmtu=68 net.ipv4.route.min_pmtu=65536; echo rc=$?
  net.ipv4.route.min_pmtu = 68
  net.ipv4.route.min_pmtu = 65536
  rc=0
  $ sysctl -w net.ipv4.route.mtu_expires=-1 net.ipv4.route.redirect_number=-1; echo rc=$?
  net.ipv4.route.mtu_expires = -1
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  rc=1
  $ sysctl -a 2>/dev/null | grep -c '^net\.ipv4\.conf\.h0\.'
  33
  $ sysctl -a -r 'conf\.(h0|x0)\.rp_filter'
  net.ipv4.conf.h0.rp_filter = 2
  net.ipv4.conf.x0.rp_filter = 0
  $ sysctl -a --pattern '^net.ipv4.conf.h0.arp_(filter|ignore)$'
  net.ipv4.conf.h0.arp_filter = 0
  net.ipv4.conf.h0.arp_ignore = 2
  $ sysctl -aN -r 'route\.(min|max)_'
  net.ipv4.route.min_adv_mss
  net.ipv4.route.min_pmtu
  net.ipv6.route.max_size
  net.ipv6.route.min_adv_mss
  $ sysctl -a -e -q --pattern nosuchkeyxyz; echo rc=$?
  rc=0
