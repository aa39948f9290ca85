The sysctl tool's every option on net.ipv4.conf keys in a loop: -n -e -N -q -b -r --pattern -a -w combos, bad keys, bad options, slashes, and their exit codes.
  $ ip link add x0 type veth peer name y0
  $ for o in "net.ipv4.conf.x0.arp_ignore" "-n net.ipv4.conf.x0.arp_ignore" "-N net.ipv4.conf.x0.arp_ignore" "-e net.ipv4.conf.x0.nope" "net.ipv4.conf.x0.nope" "-q net.ipv4.conf.x0.nope" "-b net.ipv4.conf.x0.rp_filter" "net/ipv4/conf/x0/rp_filter" "-n net.ipv4.conf.x0.rp_filter net.ipv4.conf.y0.rp_filter" "-r arp_ign -a" "--pattern 'x0.arp_(ignore|announce)$' -a" "-a -r '^net.ipv4.conf.x0.(arp|rp)_'" "-N -r 'conf.y0.rp' -a" "-n -r 'conf.y0.rp' -a" "-w net.ipv4.conf.x0.arp_ignore=2" "-w net.ipv4.conf.x0.arp_ignore = 3" "-w net.ipv4.conf.x0.arp_ignore" "-w -q net.ipv4.conf.x0.arp_ignore=1" "-q -w net.ipv4.conf.x0.arp_ignore=9" "-e -w net.ipv4.conf.x0.nope=1" "-w net.ipv4.conf.x0.nope=1" "-w net.ipv4.conf.x0.arp_ignore=1 net.ipv4.conf.x0.arp_announce=2" "net.ipv4.conf.x0.arp_ignore=1" "-x" "-d" "-f" "-A -r x0.arp_announce" "-X -r x0.arp_announce" "-o -r x0.arp_announce" "--values net.ipv4.conf.x0.arp_ignore" "--names net.ipv4.conf.x0.arp_ignore" "-w" "" "net.ipv4.conf.x0" "net.ipv4.conf.x0.arp_ignore."; do echo "== $o"; eval sysctl $o 2>&1 | head -8; echo "rc ${PIPESTATUS[0]}"; done
  == net.ipv4.conf.x0.arp_ignore
  net.ipv4.conf.x0.arp_ignore = 0
  rc 0
  == -n net.ipv4.conf.x0.arp_ignore
  0
  rc 0
  == -N net.ipv4.conf.x0.arp_ignore
  net.ipv4.conf.x0.arp_ignore
  rc 0
  == -e net.ipv4.conf.x0.nope
  rc 0
  == net.ipv4.conf.x0.nope
  sysctl: cannot stat /proc/sys/net/ipv4/conf/x0/nope: No such file or directory
  rc 1
  == -q net.ipv4.conf.x0.nope
  sysctl: cannot stat /proc/sys/net/ipv4/conf/x0/nope: No such file or directory
  rc 1
  == -b net.ipv4.conf.x0.rp_filter
  0rc 0
  == net/ipv4/conf/x0/rp_filter
  net.ipv4.conf.x0.rp_filter = 0
  rc 0
  == -n net.ipv4.conf.x0.rp_filter net.ipv4.conf.y0.rp_filter
  0
  0
  rc 0
  == -r arp_ign -a
  net.ipv4.conf.all.arp_ignore = 0
  net.ipv4.conf.default.arp_ignore = 0
  net.ipv4.conf.lo.arp_ignore = 0
  net.ipv4.conf.x0.arp_ignore = 0
  net.ipv4.conf.y0.arp_ignore = 0
  rc 0
  == --pattern 'x0.arp_(ignore|announce)$' -a
  net.ipv4.conf.x0.arp_announce = 0
  net.ipv4.conf.x0.arp_ignore = 0
  rc 0
  == -a -r '^net.ipv4.conf.x0.(arp|rp)_'
  net.ipv4.conf.x0.arp_accept = 0
  net.ipv4.conf.x0.arp_announce = 0
  net.ipv4.conf.x0.arp_evict_nocarrier = 1
  net.ipv4.conf.x0.arp_filter = 0
  net.ipv4.conf.x0.arp_ignore = 0
  net.ipv4.conf.x0.arp_notify = 0
  net.ipv4.conf.x0.rp_filter = 0
  rc 0
  == -N -r 'conf.y0.rp' -a
  net.ipv4.conf.y0.rp_filter
  net.ipv6.conf.y0.rpl_seg_enabled
  rc 0
  == -n -r 'conf.y0.rp' -a
  0
  0
  rc 0
  == -w net.ipv4.conf.x0.arp_ignore=2
  net.ipv4.conf.x0.arp_ignore = 2
  rc 0
  == -w net.ipv4.conf.x0.arp_ignore = 3
  sysctl: command line(0): invalid syntax, continuing...
  rc 1
  == -w net.ipv4.conf.x0.arp_ignore
  sysctl: command line(0): invalid syntax, continuing...
  rc 1
  == -w -q net.ipv4.conf.x0.arp_ignore=1
  rc 0
  == -q -w net.ipv4.conf.x0.arp_ignore=9
  rc 0
  == -e -w net.ipv4.conf.x0.nope=1
  rc 0
  == -w net.ipv4.conf.x0.nope=1
  sysctl: cannot stat /proc/sys/net/ipv4/conf/x0/nope: No such file or directory
  rc 1
  == -w net.ipv4.conf.x0.arp_ignore=1 net.ipv4.conf.x0.arp_announce=2
  net.ipv4.conf.x0.arp_ignore = 1
  net.ipv4.conf.x0.arp_announce = 2
  rc 0
  == net.ipv4.conf.x0.arp_ignore=1
  net.ipv4.conf.x0.arp_ignore = 1
  rc 0
  == -x
  sysctl: no variables specified
  Try `sysctl --help' for more information.
  rc 1
  == -d
  
  Usage:
   sysctl [options] [variable[=value] ...]
  
  Options:
    -a, --all            display all variables
    -A                   alias of -a
    -X                   alias of -a
  rc 0
  == -f
  rc 0
  == -A -r x0.arp_announce
  net.ipv4.conf.x0.arp_announce = 2
  rc 0
  == -X -r x0.arp_announce
  net.ipv4.conf.x0.arp_announce = 2
  rc 0
  == -o -r x0.arp_announce
  sysctl: no variables specified
  Try `sysctl --help' for more information.
  rc 1
  == --values net.ipv4.conf.x0.arp_ignore
  1
  rc 0
  == --names net.ipv4.conf.x0.arp_ignore
  net.ipv4.conf.x0.arp_ignore
  rc 0
  == -w
  sysctl: no variables specified
  Try `sysctl --help' for more information.
  rc 1
  == 
  
  Usage:
   sysctl [options] [variable[=value] ...]
  
  Options:
    -a, --all            display all variables
    -A                   alias of -a
    -X                   alias of -a
  rc 1
  == net.ipv4.conf.x0
  net.ipv4.conf.x0.accept_local = 0
  net.ipv4.conf.x0.accept_redirects = 1
  net.ipv4.conf.x0.accept_source_route = 1
  net.ipv4.conf.x0.arp_accept = 0
  net.ipv4.conf.x0.arp_announce = 2
  net.ipv4.conf.x0.arp_evict_nocarrier = 1
  net.ipv4.conf.x0.arp_filter = 0
  net.ipv4.conf.x0.arp_ignore = 1
  rc 0
  == net.ipv4.conf.x0.arp_ignore.
  sysctl: cannot stat /proc/sys/net/ipv4/conf/x0/arp_ignore/: Not a directory
  rc 1
