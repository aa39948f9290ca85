Rarer sysctl(8) invocations: the full --help text, -f as -p, --load=FILE, -b over several keys and with -a and a pattern, -N -n together, -e/-q with -a, unknown long options, -w with no argument, a lone key= with no value, arguments after -p, -- ending options.
  $ sysctl --help
  
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
  $ sysctl -h | wc -l
  29
  $ printf 'net.ipv4.ip_default_ttl = 71\n' > t.conf; sysctl -f t.conf; echo rc=$?
  net.ipv4.ip_default_ttl = 71
  rc=0
  $ sysctl --load=t.conf; echo rc=$?
  net.ipv4.ip_default_ttl = 71
  rc=0
  $ sysctl --load t.conf; echo rc=$?
  net.ipv4.ip_default_ttl = 71
  rc=0
  $ sysctl -b net.ipv4.ip_default_ttl net.ipv4.ip_forward | od -c
  0000000   7   1   0
  0000003
  $ sysctl -b -a -r '^net\.ipv4\.ip_(default_ttl|forward)$' | od -c
  0000000   7   1   0
  0000003
  $ sysctl -N -n net.ipv4.ip_default_ttl; echo rc=$?
  net.ipv4.ip_default_ttl
  rc=0
  $ sysctl -n -N net.ipv4.ip_default_ttl; echo rc=$?
  net.ipv4.ip_default_ttl
  rc=0
  $ sysctl --nosuch; echo rc=$?
  sysctl: unrecognized option '--nosuch'
  
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
  rc=0
  $ sysctl -k; echo rc=$?
  sysctl: invalid option -- 'k'
  
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
  rc=0
  $ sysctl -w; echo rc=$?
  sysctl: no variables specified
  Try `sysctl --help' for more information.
  rc=1
  $ sysctl -w ''; echo rc=$?
  rc=1
  $ sysctl net.ipv4.ip_default_ttl=; echo rc=$?
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  rc=1
  $ sysctl -w net.ipv4.ip_default_ttl=; echo rc=$?
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  rc=1
  $ sysctl -p t.conf net.ipv4.ip_forward; echo rc=$?
  sysctl: cannot open "net.ipv4.ip_forward": No such file or directory
  net.ipv4.ip_default_ttl = 71
  rc=1
  $ sysctl -- net.ipv4.ip_default_ttl; echo rc=$?
  net.ipv4.ip_default_ttl = 71
  rc=0
  $ sysctl -w -- net.ipv4.ip_default_ttl=72; echo rc=$?
  net.ipv4.ip_default_ttl = 72
  rc=0
  $ sysctl -e -q -a -r 'ip_default_ttl'; echo rc=$?
  net.ipv4.ip_default_ttl = 72
  rc=0
  $ sysctl -q net.ipv4.ip_default_ttl; echo rc=$?
  net.ipv4.ip_default_ttl = 72
  rc=0
  $ sysctl -q -N net.ipv4.ip_default_ttl; echo rc=$?
  sysctl: options -N and -q cannot coexist
  Try `sysctl --help' for more information.
  rc=1
  $ sysctl -n -q net.ipv4.ip_default_ttl; echo rc=$?
  72
  rc=0
  $ sysctl -a -N -q -r '^net\.ipv4\.ip_default'; echo rc=$?
  net.ipv4.ip_default_ttl
  rc=0
  $ sysctl --all --names --pattern '^net.ipv4.ip_forward'; echo rc=$?
  net.ipv4.ip_forward
  net.ipv4.ip_forward_update_priority
  net.ipv4.ip_forward_use_pmtu
  rc=0
  $ sysctl -a -r '['; echo rc=$?
  rc=0
  $ sysctl -a -r '(' 2>&1 | head -3; echo rc=$?
  rc=0
  $ sysctl -r 'ip_default' net.ipv4.ip_default_ttl net.ipv4.ip_forward; echo rc=$?
  net.ipv4.ip_default_ttl = 72
  rc=0
  $ sysctl -w -r 'ip_default' net.ipv4.ip_default_ttl=73 net.ipv4.ip_forward=1; echo rc=$?; sysctl -n net.ipv4.ip_forward
  net.ipv4.ip_default_ttl = 73
  rc=1
  0
  $ sysctl -p t.conf -r forward; echo rc=$?
  rc=0
  $ sysctl -n -p t.conf; echo rc=$?
  71
  rc=0
  $ sysctl -b -p t.conf | od -c; echo rc=$?
  0000000   7   1
  0000002
  rc=0
  $ sysctl -ar 'ip_default_ttl'; echo rc=$?
  net.ipv4.ip_default_ttl = 71
  rc=0
  $ sysctl -wq net.ipv4.ip_default_ttl=74; sysctl -nb net.ipv4.ip_default_ttl; echo
  74
