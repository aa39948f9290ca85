ARP knobs from a sysctl.conf-style file (the usual arp flux fix): sysctl -p with bad lines, unknown keys (with and without a leading -), a bad value, a key without value, slash notation and trailing spaces; -q, -e, two files, stdout and stderr into one pipe and apart; -w with a bare key; -a with -r and --pattern.
  $ ip link add e0 type veth peer name x0
  $ printf 'net.ipv4.conf.all.arp_ignore = 1\nnet.ipv4.conf.nosuch.arp_ignore = 1\n net.ipv4.conf.all.arp_announce=2\n# comment\n; other\nnet.ipv4.conf.e0.arp_filter = 5x\n-net.ipv4.conf.nosuch2.arp_filter = 1\nnet.ipv4.conf.e0.arp_accept\nnet/ipv4/conf/e0/arp_notify = 1\nnet.ipv4.conf.e0.medium_id = 3 \n' > arp.conf
  $ sysctl -p arp.conf 2>&1 | cat; echo ${PIPESTATUS[0]}
  sysctl: arp.conf(8): invalid syntax, continuing...
  net.ipv4.conf.all.arp_ignore = 1
  sysctl: cannot stat /proc/sys/net/ipv4/conf/nosuch/arp_ignore: No such file or directory
  net.ipv4.conf.all.arp_announce = 2
  sysctl: setting key "net.ipv4.conf.e0.arp_filter": Invalid argument
  sysctl: cannot stat /proc/sys/net/ipv4/conf/nosuch2/arp_filter: No such file or directory
  net.ipv4.conf.e0.arp_notify = 1
  net.ipv4.conf.e0.medium_id = 3
  1
  $ sysctl -p arp.conf > out 2> err; echo $?; cat out; echo ==; cat err
  1
  net.ipv4.conf.all.arp_ignore = 1
  net.ipv4.conf.all.arp_announce = 2
  net.ipv4.conf.e0.arp_notify = 1
  net.ipv4.conf.e0.medium_id = 3
  ==
  sysctl: arp.conf(8): invalid syntax, continuing...
  sysctl: cannot stat /proc/sys/net/ipv4/conf/nosuch/arp_ignore: No such file or directory
  sysctl: setting key "net.ipv4.conf.e0.arp_filter": Invalid argument
  sysctl: cannot stat /proc/sys/net/ipv4/conf/nosuch2/arp_filter: No such file or directory
  $ sysctl -q -p arp.conf 2>&1 | cat; echo ${PIPESTATUS[0]}
  sysctl: arp.conf(8): invalid syntax, continuing...
  sysctl: cannot stat /proc/sys/net/ipv4/conf/nosuch/arp_ignore: No such file or directory
  sysctl: setting key "net.ipv4.conf.e0.arp_filter": Invalid argument
  sysctl: cannot stat /proc/sys/net/ipv4/conf/nosuch2/arp_filter: No such file or directory
  1
  $ sysctl -e -p arp.conf 2>&1 | cat; echo ${PIPESTATUS[0]}
  sysctl: arp.conf(8): invalid syntax, continuing...
  net.ipv4.conf.all.arp_ignore = 1
  net.ipv4.conf.all.arp_announce = 2
  sysctl: setting key "net.ipv4.conf.e0.arp_filter": Invalid argument
  net.ipv4.conf.e0.arp_notify = 1
  net.ipv4.conf.e0.medium_id = 3
  1
  $ sysctl -p nosuchfile 2>&1 | cat; echo ${PIPESTATUS[0]}
  sysctl: cannot open "nosuchfile": No such file or directory
  1
  $ sysctl -p arp.conf nosuchfile 2>&1 | cat; echo ${PIPESTATUS[0]}
  sysctl: arp.conf(8): invalid syntax, continuing...
  sysctl: cannot open "nosuchfile": No such file or directory
  net.ipv4.conf.all.arp_ignore = 1
  sysctl: cannot stat /proc/sys/net/ipv4/conf/nosuch/arp_ignore: No such file or directory
  net.ipv4.conf.all.arp_announce = 2
  sysctl: setting key "net.ipv4.conf.e0.arp_filter": Invalid argument
  sysctl: cannot stat /proc/sys/net/ipv4/conf/nosuch2/arp_filter: No such file or directory
  net.ipv4.conf.e0.arp_notify = 1
  net.ipv4.conf.e0.medium_id = 3
  1
  $ sysctl net.ipv4.conf.all.arp_ignore net.ipv4.conf.e0.arp_notify net.ipv4.conf.e0.medium_id net.ipv4.conf.all.arp_announce
  net.ipv4.conf.all.arp_ignore = 1
  net.ipv4.conf.e0.arp_notify = 1
  net.ipv4.conf.e0.medium_id = 3
  net.ipv4.conf.all.arp_announce = 2
  $ sysctl -w net.ipv4.conf.e0.arp_ignore=2 net.ipv4.conf.e0.arp_ignore net.ipv4.conf.e0.arp_announce=3 2>&1 | cat
  net.ipv4.conf.e0.arp_ignore = 2
  sysctl: command line(0): invalid syntax, continuing...
  net.ipv4.conf.e0.arp_announce = 3
  $ sysctl -a -r 'arp_(ignore|announce)$' 2>/dev/null | grep -v 'conf\.lo\.' | sort
  net.ipv4.conf.all.arp_announce = 2
  net.ipv4.conf.all.arp_ignore = 1
  net.ipv4.conf.default.arp_announce = 0
  net.ipv4.conf.default.arp_ignore = 0
  net.ipv4.conf.e0.arp_announce = 3
  net.ipv4.conf.e0.arp_ignore = 2
  net.ipv4.conf.x0.arp_announce = 0
  net.ipv4.conf.x0.arp_ignore = 0
  $ sysctl --pattern 'e0\.arp' -a 2>/dev/null | sort
  net.ipv4.conf.e0.arp_accept = 0
  net.ipv4.conf.e0.arp_announce = 3
  net.ipv4.conf.e0.arp_evict_nocarrier = 1
  net.ipv4.conf.e0.arp_filter = 0
  net.ipv4.conf.e0.arp_ignore = 2
  net.ipv4.conf.e0.arp_notify = 1
