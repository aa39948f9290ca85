sysctl command-line behaviour: -n, -q, -e, slash-separated keys, several keys at once, value ranges, and error messages with exit codes; /proc/sys writes with echo.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ sysctl -q -w net.ipv4.conf.a0.rp_filter=2
  $ sysctl -q net.ipv4.conf.a0.rp_filter
  net.ipv4.conf.a0.rp_filter = 2
  $ sysctl -n net.ipv4.conf.a0.rp_filter net.ipv4.conf.b0.rp_filter
  2
  0
  $ sysctl -n -w net.ipv4.conf.a0.rp_filter=1
  1
  $ sysctl net/ipv4/conf/a0/rp_filter
  net.ipv4.conf.a0.rp_filter = 1
  $ sysctl net.ipv4/conf/a0/rp_filter
  sysctl: cannot stat /proc/sys/net/ipv4.conf.a0.rp_filter: No such file or directory
  [1]
  $ sysctl -w net/ipv4/conf/a0/rp_filter=0
  net.ipv4.conf.a0.rp_filter = 0
  $ sysctl net.ipv4.conf.a0.nosuch
  sysctl: cannot stat /proc/sys/net/ipv4/conf/a0/nosuch: No such file or directory
  [1]
  $ sysctl -e net.ipv4.conf.a0.nosuch
  $ sysctl -e -w net.ipv4.conf.a0.nosuch=1
  $ sysctl -w net.ipv4.conf.a0.nosuch=1
  sysctl: cannot stat /proc/sys/net/ipv4/conf/a0/nosuch: No such file or directory
  [1]
  $ sysctl -w net.ipv4.conf.nosuch.rp_filter=1
  sysctl: cannot stat /proc/sys/net/ipv4/conf/nosuch/rp_filter: No such file or directory
  [1]
  $ sysctl net.ipv4.conf.a0.rp_filter net.ipv4.conf.a0.nosuch net.ipv4.conf.b0.rp_filter
  net.ipv4.conf.a0.rp_filter = 0
  sysctl: cannot stat /proc/sys/net/ipv4/conf/a0/nosuch: No such file or directory
  net.ipv4.conf.b0.rp_filter = 0
  [1]
  $ sysctl -w net.ipv4.conf.a0.rp_filter=3
  net.ipv4.conf.a0.rp_filter = 3
  $ sysctl -w net.ipv4.conf.a0.rp_filter=-1
  net.ipv4.conf.a0.rp_filter = -1
  $ sysctl -w net.ipv4.conf.a0.arp_ignore=9
  net.ipv4.conf.a0.arp_ignore = 9
  $ sysctl -w net.ipv4.conf.a0.arp_ignore=x
  sysctl: setting key "net.ipv4.conf.a0.arp_ignore": Invalid argument
  [1]
  $ sysctl -w net.ipv4.conf.a0.arp_ignore=
  sysctl: setting key "net.ipv4.conf.a0.arp_ignore": Invalid argument
  [1]
  $ sysctl -w net.ipv4.conf.a0.arp_ignore
  sysctl: command line(0): invalid syntax, continuing...
  [1]
  $ sysctl -w 'net.ipv4.conf.a0.arp_ignore = 4'
  net.ipv4.conf.a0.arp_ignore = 4
  $ sysctl -w net.ipv4.conf.a0.arp_ignore=' 5'
  net.ipv4.conf.a0.arp_ignore = 5
  $ sysctl -w net.ipv4.conf.a0.arp_ignore=6x
  sysctl: setting key "net.ipv4.conf.a0.arp_ignore": Invalid argument
  [1]
  $ sysctl net.ipv4.conf.a0.arp_ignore
  net.ipv4.conf.a0.arp_ignore = 5
  $ sysctl -w net.ipv4.conf.a0.arp_announce=3 net.ipv4.conf.a0.arp_announce=1
  net.ipv4.conf.a0.arp_announce = 3
  net.ipv4.conf.a0.arp_announce = 1
  $ sysctl -w net.ipv4.ip_default_ttl=0
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_default_ttl=256
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_default_ttl=255
  net.ipv4.ip_default_ttl = 255
  $ sysctl -w net.ipv4.ip_local_port_range="2000 1000"
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_local_port_range="1024 2048"
  net.ipv4.ip_local_port_range = 1024 2048
  $ sysctl net.ipv4.ip_local_port_range
  net.ipv4.ip_local_port_range = 1024	2048
  $ echo 5 > /proc/sys/net/ipv4/conf/a0/arp_ignore
  $ echo x > /proc/sys/net/ipv4/conf/a0/arp_ignore 2>/dev/null
  [1]
  $ cat /proc/sys/net/ipv4/conf/a0/arp_ignore
  5
  $ cat /proc/sys/net/ipv4/conf/nosuch/arp_ignore
  cat: /proc/sys/net/ipv4/conf/nosuch/arp_ignore: No such file or directory
  [1]
  $ sysctl -x
  sysctl: no variables specified
  Try `sysctl --help' for more information.
  [1]
