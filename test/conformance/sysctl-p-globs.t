sysctl -p files: glob keys (net.ipv4.conf.*.knob), '-' prefixed keys whose errors are ignored, read-only and unknown keys, bad values, comments and blank lines, and the exit status of each; a directory key read whole.
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name x0 address 02:00:00:00:00:02
  $ printf 'net.ipv4.conf.*.rp_filter = 2\n' > g.conf; sysctl -p g.conf; echo rc=$?
  net.ipv4.conf.all.rp_filter = 2
  net.ipv4.conf.default.rp_filter = 2
  net.ipv4.conf.h0.rp_filter = 2
  net.ipv4.conf.lo.rp_filter = 2
  net.ipv4.conf.x0.rp_filter = 2
  rc=0
  $ sysctl -n net.ipv4.conf.h0.rp_filter net.ipv4.conf.lo.rp_filter net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter
  2
  2
  2
  2
  $ printf 'net.ipv4.conf.h*.arp_ignore = 1\nnet.ipv4.conf.x?.arp_announce=2\n' > h.conf; sysctl -p h.conf; echo rc=$?
  net.ipv4.conf.h0.arp_ignore = 1
  net.ipv4.conf.x0.arp_announce = 2
  rc=0
  $ sysctl -n net.ipv4.conf.h0.arp_ignore net.ipv4.conf.x0.arp_ignore net.ipv4.conf.x0.arp_announce
  1
  0
  2
  $ printf -- '-net.ipv4.nosuch = 1\nnet.ipv4.ip_default_ttl = 77\n' > m.conf; sysctl -p m.conf; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  net.ipv4.ip_default_ttl = 77
  rc=1
  $ printf 'net.ipv4.nosuch = 1\nnet.ipv4.ip_default_ttl = 78\n' > n.conf; sysctl -p n.conf; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  net.ipv4.ip_default_ttl = 78
  rc=1
  $ sysctl -e -p n.conf; echo rc=$?
  net.ipv4.ip_default_ttl = 78
  rc=0
  $ printf 'net.ipv4.conf.all.mc_forwarding = 1\n' > ro.conf; sysctl -p ro.conf; echo rc=$?
  sysctl: setting key "net.ipv4.conf.all.mc_forwarding": Invalid argument
  rc=0
  $ printf -- '-net.ipv4.conf.all.mc_forwarding = 1\n' > ro2.conf; sysctl -p ro2.conf; echo rc=$?
  sysctl: setting key "net.ipv4.conf.all.mc_forwarding": Invalid argument
  rc=0
  $ sysctl -w net.ipv4.conf.h0.mc_forwarding=1; echo rc=$?
  sysctl: setting key "net.ipv4.conf.h0.mc_forwarding": Invalid argument
  rc=0
  $ printf 'net.ipv4.ip_default_ttl = abc\n' > v.conf; sysctl -p v.conf; echo rc=$?
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  rc=1
  $ printf 'net.ipv4.ip_default_ttl = 0\n' > z.conf; sysctl -p z.conf; echo rc=$?
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  rc=1
  $ printf '# c\n; c2\n\n  net.ipv4.ip_default_ttl   =   79  \n' > c.conf; sysctl -p c.conf; echo rc=$?
  net.ipv4.ip_default_ttl = 79
  rc=0
  $ printf 'net.ipv4.ip_default_ttl\n' > k.conf; sysctl -p k.conf; echo rc=$?
  sysctl: k.conf(1): invalid syntax, continuing...
  rc=0
  $ printf '= 5\n' > e.conf; sysctl -p e.conf; echo rc=$?
  sysctl: Path is not under /proc/sys/: /proc/sys/
  rc=1
  $ printf 'net.ipv4.conf.nosuch*.rp_filter = 1\n' > ng.conf; sysctl -p ng.conf; echo rc=$?
  rc=0
  $ printf 'net/ipv4/conf/h0/rp_filter = 0\n' > s.conf; sysctl -p s.conf; echo rc=$?
  net.ipv4.conf.h0.rp_filter = 0
  rc=0
  $ sysctl -w 'net.ipv4.conf.*.rp_filter=1'; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4/conf/*/rp_filter: No such file or directory
  rc=1
  $ sysctl 'net.ipv4.conf.*.rp_filter'; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4/conf/*/rp_filter: No such file or directory
  rc=1
  $ sysctl net.ipv4.conf.h0 | grep -E 'rp_filter|arp_ignore|forwarding'
  net.ipv4.conf.h0.arp_filter = 0
  net.ipv4.conf.h0.arp_ignore = 1
  net.ipv4.conf.h0.bc_forwarding = 0
  net.ipv4.conf.h0.forwarding = 0
  net.ipv4.conf.h0.mc_forwarding = 0
  net.ipv4.conf.h0.rp_filter = 0
  $ sysctl -N net.ipv4.conf.h0 | wc -l
  33
  $ sysctl -w net.ipv4.conf.h0=1; echo rc=$?
  sysctl: setting key "net.ipv4.conf.h0": Invalid argument
  rc=0
  $ sysctl -n net.ipv4.ip_default_ttl
  79
