sysctl and /proc/sys writes with bad values: out of each proc_dointvec_minmax range, booleans given 2 or -1, strings, pairs with too many or too few numbers, write-only and read-only knobs, unknown keys and devices, -w without =, -e, -q, -N, bad options, -p with a missing file and with bad lines; the values read back after.
  $ sysctl net.ipv4.ip_forward=2; echo $?
  net.ipv4.ip_forward = 2
  0
  $ sysctl -w net.ipv4.ip_forward=-1; echo $?
  net.ipv4.ip_forward = -1
  0
  $ sysctl -w net.ipv4.ip_forward=abc; echo $?
  sysctl: setting key "net.ipv4.ip_forward": Invalid argument
  1
  $ sysctl -w net.ipv4.ip_forward=' 1'; echo $?
  net.ipv4.ip_forward = 1
  0
  $ sysctl -w net.ipv4.ip_forward='1 2'; echo $?
  net.ipv4.ip_forward = 1 2
  0
  $ sysctl -w net.ipv4.ip_forward=; echo $?
  sysctl: setting key "net.ipv4.ip_forward": Invalid argument
  1
  $ sysctl -w net.ipv4.ip_forward; echo $?
  sysctl: command line(0): invalid syntax, continuing...
  1
  $ sysctl -w net.ipv4.ip_forward 1; echo $?
  sysctl: command line(0): invalid syntax, continuing...
  1
  $ sysctl net.ipv4.conf.all.rp_filter=3; echo $?
  net.ipv4.conf.all.rp_filter = 3
  0
  $ sysctl net.ipv4.conf.all.rp_filter=-1; echo $?
  net.ipv4.conf.all.rp_filter = -1
  0
  $ sysctl net.ipv4.conf.all.arp_ignore=9; echo $?
  net.ipv4.conf.all.arp_ignore = 9
  0
  $ sysctl net.ipv4.conf.all.arp_announce=3; echo $?
  net.ipv4.conf.all.arp_announce = 3
  0
  $ sysctl net.ipv4.conf.all.accept_local=2; echo $?
  net.ipv4.conf.all.accept_local = 2
  0
  $ sysctl net.ipv4.conf.lo.forwarding=5; echo $?
  net.ipv4.conf.lo.forwarding = 5
  0
  $ sysctl net.ipv4.ip_default_ttl=0; echo $?
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  1
  $ sysctl net.ipv4.ip_default_ttl=256; echo $?
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  1
  $ sysctl net.ipv4.ip_default_ttl=255; echo $?
  net.ipv4.ip_default_ttl = 255
  0
  $ sysctl net.ipv4.ip_local_port_range='5000 4000'; echo $?
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  1
  $ sysctl net.ipv4.ip_local_port_range='100 200 300'; echo $?
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  1
  $ sysctl net.ipv4.ip_local_port_range='100'; echo $?
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  1
  $ sysctl net.ipv4.ip_local_port_range; echo $?
  net.ipv4.ip_local_port_range = 32768	60999
  0
  $ sysctl net.ipv4.icmp_ratelimit=-5; echo $?
  sysctl: setting key "net.ipv4.icmp_ratelimit": Invalid argument
  1
  $ sysctl net.ipv4.icmp_ratemask=99999999999; echo $?
  sysctl: setting key "net.ipv4.icmp_ratemask": Invalid argument
  1
  $ sysctl net.ipv4.icmp_echo_ignore_all=2; echo $?
  sysctl: setting key "net.ipv4.icmp_echo_ignore_all": Invalid argument
  1
  $ sysctl net.ipv4.tcp_syn_retries=0; echo $?
  sysctl: setting key "net.ipv4.tcp_syn_retries": Invalid argument
  1
  $ sysctl net.ipv4.tcp_syn_retries=200; echo $?
  sysctl: setting key "net.ipv4.tcp_syn_retries": Invalid argument
  1
  $ sysctl net.ipv4.neigh.default.gc_thresh1=-1; echo $?
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/gc_thresh1: No such file or directory
  1
  $ sysctl net.ipv4.neigh.lo.base_reachable_time_ms=0; echo $?
  net.ipv4.neigh.lo.base_reachable_time_ms = 0
  0
  $ sysctl net.ipv4.neigh.lo.retrans_time_ms=abc; echo $?
  sysctl: setting key "net.ipv4.neigh.lo.retrans_time_ms": Invalid argument
  1
  $ sysctl net.ipv4.route.flush=1; echo $?
  net.ipv4.route.flush = 1
  0
  $ sysctl net.ipv4.route.flush; echo $?
  0
  $ sysctl net.core.somaxconn=-1; echo $?
  sysctl: setting key "net.core.somaxconn": Invalid argument
  1
  $ sysctl nosuch.key; echo $?
  sysctl: cannot stat /proc/sys/nosuch/key: No such file or directory
  1
  $ sysctl -w nosuch.key=1; echo $?
  sysctl: cannot stat /proc/sys/nosuch/key: No such file or directory
  1
  $ sysctl net.ipv4.conf.nosuch.forwarding; echo $?
  sysctl: cannot stat /proc/sys/net/ipv4/conf/nosuch/forwarding: No such file or directory
  1
  $ sysctl -e nosuch.key; echo $?
  0
  $ sysctl -q nosuch.key; echo $?
  sysctl: cannot stat /proc/sys/nosuch/key: No such file or directory
  1
  $ sysctl -q net.ipv4.ip_forward=1; echo $?
  0
  $ sysctl -e -w nosuch.key=1; echo $?
  0
  $ sysctl net/ipv4/ip_forward; echo $?
  net.ipv4.ip_forward = 1
  0
  $ sysctl -n net.ipv4.ip_forward net.ipv4.ip_default_ttl; echo $?
  1
  255
  0
  $ sysctl -N net.ipv4.ip_forward; echo $?
  net.ipv4.ip_forward
  0
  $ sysctl --foo; echo $?
  sysctl: unrecognized option '--foo'
  
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
  $ sysctl -Z; echo $?
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
  0
  $ sysctl; echo $?
  
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
  1
  $ sysctl -w; echo $?
  sysctl: no variables specified
  Try `sysctl --help' for more information.
  1
  $ sysctl -p /nonexistent; echo $?
  sysctl: cannot open "/nonexistent": No such file or directory
  1
  $ printf 'net.ipv4.ip_forward = 1\nbogus line\nnosuch.key = 3\n-nosuch.two = 4\nnet.ipv4.ip_default_ttl=300\n; comment\n# comment\n   \nnet.ipv4.conf.all.rp_filter =   2  \n' > bad.conf
  $ sysctl -p bad.conf; echo $?
  sysctl: bad.conf(2): invalid syntax, continuing...
  net.ipv4.ip_forward = 1
  sysctl: cannot stat /proc/sys/nosuch/key: No such file or directory
  sysctl: cannot stat /proc/sys/nosuch/two: No such file or directory
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  net.ipv4.conf.all.rp_filter = 2
  1
  $ sysctl -e -p bad.conf; echo $?
  sysctl: bad.conf(2): invalid syntax, continuing...
  net.ipv4.ip_forward = 1
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  net.ipv4.conf.all.rp_filter = 2
  1
  $ sysctl -q -p bad.conf; echo $?
  sysctl: bad.conf(2): invalid syntax, continuing...
  sysctl: cannot stat /proc/sys/nosuch/key: No such file or directory
  sysctl: cannot stat /proc/sys/nosuch/two: No such file or directory
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  1
  $ sysctl net.ipv4.ip_forward net.ipv4.ip_default_ttl net.ipv4.conf.all.rp_filter
  net.ipv4.ip_forward = 1
  net.ipv4.ip_default_ttl = 255
  net.ipv4.conf.all.rp_filter = 2
  $ echo 2 > /proc/sys/net/ipv4/ip_forward; echo $?
  0
  $ echo abc > /proc/sys/net/ipv4/ip_forward; echo $?
  bash: line 168: echo: write error: Invalid argument
  1
  $ echo 0 > /proc/sys/net/ipv4/ip_default_ttl; echo $?
  bash: line 171: echo: write error: Invalid argument
  1
  $ echo 4 > /proc/sys/net/ipv4/conf/all/rp_filter; echo $?
  0
  $ echo 1 > /proc/sys/net/ipv4/conf/nosuch/forwarding; echo $?
  bash: line 177: /proc/sys/net/ipv4/conf/nosuch/forwarding: No such file or directory
  1
  $ echo 1 > /proc/sys/net/ipv4/nosuch; echo $?
  bash: line 180: /proc/sys/net/ipv4/nosuch: No such file or directory
  1
  $ echo 1 2 > /proc/sys/net/ipv4/ip_forward; echo $?
  0
  $ printf '' > /proc/sys/net/ipv4/ip_forward; echo $?
  0
  $ cat /proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv4/ip_default_ttl
  1
  255
  $ echo 1 > /proc/sys/net/ipv4/route/flush; echo $?
  0
  $ cat /proc/sys/net/ipv4/route/flush; echo $?
  cat: /proc/sys/net/ipv4/route/flush: Permission denied
  1
  $ echo 100 > /proc/sys/net/ipv4/conf/all/mc_forwarding; echo $?
  bash: line 198: /proc/sys/net/ipv4/conf/all/mc_forwarding: Permission denied
  1
  $ sysctl net.ipv4.conf.all.mc_forwarding=1; echo $?
  sysctl: setting key "net.ipv4.conf.all.mc_forwarding": Invalid argument
  0
