How sysctl(8) turns a key into a /proc/sys path (slashdot(): the first separator decides, '.' and '/' are swapped after it, a repeated separator is warned about once): mixed forms, a device name with a dot, empty and blank keys, several '=' signs, --dry-run.
  $ ip link add h.0 address 02:00:00:00:00:01 type veth peer name x0 address 02:00:00:00:00:02
  $ sysctl net/ipv4/conf/h.0/rp_filter; echo rc=$?
  net.ipv4.conf.h/0.rp_filter = 0
  rc=0
  $ sysctl net.ipv4.conf.h/0.rp_filter; echo rc=$?
  net.ipv4.conf.h/0.rp_filter = 0
  rc=0
  $ sysctl net/ipv4/conf/x0.rp_filter; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4/conf/x0.rp_filter: No such file or directory
  rc=1
  $ sysctl net.ipv4/conf.x0.rp_filter; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4.conf/x0/rp_filter: No such file or directory
  rc=1
  $ sysctl -w net.ipv4.conf.h/0.arp_ignore=1; echo rc=$?
  net.ipv4.conf.h/0.arp_ignore = 1
  rc=0
  $ sysctl -w net/ipv4/conf/h.0/arp_ignore=2; echo rc=$?
  net.ipv4.conf.h/0.arp_ignore = 2
  rc=0
  $ sysctl -a -r 'conf\.h/0\.arp_ig'; echo rc=$?
  net.ipv4.conf.h/0.arp_ignore = 2
  rc=0
  $ sysctl ''; echo rc=$?
  sysctl: "" is an unknown key
  rc=255
  $ sysctl -N ''; echo rc=$?
  sysctl: "" is an unknown key
  rc=255
  $ sysctl ' net.ipv4.ip_forward'; echo rc=$?
  sysctl: cannot stat /proc/sys/ net/ipv4/ip_forward: No such file or directory
  rc=1
  $ sysctl 'net.ipv4.ip_forward '; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4/ip_forward : No such file or directory
  rc=1
  $ sysctl net.ipv4.ip_forward=1=2; echo rc=$?
  sysctl: setting key "net.ipv4.ip_forward": Invalid argument
  rc=1
  $ sysctl -w 'net.ipv4.ip_default_ttl = 66'; echo rc=$?
  net.ipv4.ip_default_ttl = 66
  rc=0
  $ sysctl net...ipv4.ip_forward; echo rc=$?
  sysctl: separators should not be repeated: ...ipv4.ip_forward
  net...ipv4.ip_forward = 0
  rc=0
  $ sysctl net//ipv4//ip_forward; echo rc=$?
  sysctl: separators should not be repeated: //ipv4//ip_forward
  sysctl: separators should not be repeated: //ipv4//ip_forward
  net..ipv4..ip_forward = 0
  rc=0
  $ sysctl net./ipv4.ip_forward; echo rc=$?
  sysctl: separators should not be repeated: ./ipv4.ip_forward
  sysctl: cannot stat /proc/sys/net/.ipv4/ip_forward: No such file or directory
  rc=1
  $ sysctl /net/ipv4/ip_forward; echo rc=$?
  .net.ipv4.ip_forward = 0
  rc=0
  $ sysctl net.ipv4.ip_forward/; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4/ip_forward.: No such file or directory
  rc=1
  $ sysctl ./net/ipv4/ip_forward; echo rc=$?
  sysctl: separators should not be repeated: ./net/ipv4/ip_forward
  sysctl: cannot stat /proc/sys//.net.ipv4.ip_forward: No such file or directory
  rc=1
  $ sysctl ../sys/net/ipv4/ip_forward; echo rc=$?
  sysctl: separators should not be repeated: ../sys/net/ipv4/ip_forward
  sysctl: cannot stat /proc/sys///.sys.net.ipv4.ip_forward: No such file or directory
  rc=1
  $ sysctl net/../net/ipv4/ip_forward; echo rc=$?
  sysctl: separators should not be repeated: /../net/ipv4/ip_forward
  sysctl: separators should not be repeated: /../net/ipv4/ip_forward
  net.//.net.ipv4.ip_forward = 0
  rc=0
  $ sysctl --dry-run -w net.ipv4.ip_default_ttl=9; echo rc=$?; sysctl -n net.ipv4.ip_default_ttl
  net.ipv4.ip_default_ttl = 9
  rc=0
  66
  $ sysctl --dry-run -w net.ipv4.nosuch=9; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  rc=1
  $ sysctl --dry-run -w net.ipv4.ip_default_ttl=999; echo rc=$?
  net.ipv4.ip_default_ttl = 999
  rc=0
  $ printf 'net.ipv4.ip_default_ttl=10\n' > f.conf; sysctl --dry-run -p f.conf; echo rc=$?; sysctl -n net.ipv4.ip_default_ttl
  net.ipv4.ip_default_ttl = 10
  rc=0
  66
  $ sysctl --dry-run -q -w net.ipv4.ip_default_ttl=11; echo rc=$?
  net.ipv4.ip_default_ttl = 11
  rc=0
  $ sysctl -N -q net.ipv4.ip_forward; echo rc=$?
  sysctl: options -N and -q cannot coexist
  Try `sysctl --help' for more information.
  rc=1
  $ sysctl -pf.conf; echo rc=$?
  net.ipv4.ip_default_ttl = 10
  rc=0
  $ sysctl -wp f.conf; echo rc=$?
  net.ipv4.ip_default_ttl = 10
  rc=0
  $ sysctl -e ''; echo rc=$?
  sysctl: "" is an unknown key
  rc=255
  $ sysctl net.ipv4.nosuch1 net.ipv4.nosuch2 net.ipv4.nosuch3 ''; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch1: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch2: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch3: No such file or directory
  sysctl: "" is an unknown key
  rc=2
