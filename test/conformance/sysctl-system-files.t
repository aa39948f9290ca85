sysctl's configuration files on a fresh Debian 12 host: -p without a file reads /etc/sysctl.conf (all comments), --system applies systemd's and procps's sysctl.d files (kernel.pid_max and fs.protected_*, machine-wide knobs outside net/), -p of a directory, of "" and of /dev/null, and keys with a trailing separator.
  $ sysctl -p
  $ sysctl -p /etc/sysctl.conf
  $ sysctl -q -p; echo $?
  0
  $ wc -c /etc/sysctl.conf /usr/lib/sysctl.d/50-pid-max.conf /usr/lib/sysctl.d/99-protect-links.conf
  2355 /etc/sysctl.conf
   649 /usr/lib/sysctl.d/50-pid-max.conf
   372 /usr/lib/sysctl.d/99-protect-links.conf
  3376 total
  $ grep -v '^#' /etc/sysctl.conf | grep -c .
  0
  [1]
  $ ls /etc/sysctl.d /usr/lib/sysctl.d
  /etc/sysctl.d:
  99-sysctl.conf
  README.sysctl
  
  /usr/lib/sysctl.d:
  50-pid-max.conf
  99-protect-links.conf
  $ grep -h -v '^#' /usr/lib/sysctl.d/*.conf
  
  
  
  kernel.pid_max = 4194304
  fs.protected_fifos = 1
  fs.protected_hardlinks = 1
  fs.protected_regular = 2
  fs.protected_symlinks = 1
  $ sysctl --system
  * Applying /usr/lib/sysctl.d/50-pid-max.conf ...
  * Applying /usr/lib/sysctl.d/99-protect-links.conf ...
  * Applying /etc/sysctl.d/99-sysctl.conf ...
  * Applying /etc/sysctl.conf ...
  kernel.pid_max = 4194304
  fs.protected_fifos = 1
  fs.protected_hardlinks = 1
  fs.protected_regular = 2
  fs.protected_symlinks = 1
  $ sysctl -q --system
  $ sysctl --system -N
  * Applying /usr/lib/sysctl.d/50-pid-max.conf ...
  * Applying /usr/lib/sysctl.d/99-protect-links.conf ...
  * Applying /etc/sysctl.d/99-sysctl.conf ...
  * Applying /etc/sysctl.conf ...
  kernel.pid_max = 4194304
  fs.protected_fifos = 1
  fs.protected_hardlinks = 1
  fs.protected_regular = 2
  fs.protected_symlinks = 1
  $ sysctl --pattern pid --system
  * Applying /usr/lib/sysctl.d/50-pid-max.conf ...
  * Applying /usr/lib/sysctl.d/99-protect-links.conf ...
  * Applying /etc/sysctl.d/99-sysctl.conf ...
  * Applying /etc/sysctl.conf ...
  kernel.pid_max = 4194304
  $ sysctl kernel.pid_max fs.protected_fifos fs.protected_hardlinks fs.protected_regular fs.protected_symlinks
  kernel.pid_max = 4194304
  fs.protected_fifos = 1
  fs.protected_hardlinks = 1
  fs.protected_regular = 2
  fs.protected_symlinks = 1
  $ cat /proc/sys/kernel/pid_max /proc/sys/fs/protected_regular
  4194304
  2
  $ sysctl -w kernel.pid_max=300
  sysctl: setting key "kernel.pid_max": Invalid argument
  [1]
  $ sysctl -w kernel.pid_max=4194305
  sysctl: setting key "kernel.pid_max": Invalid argument
  [1]
  $ sysctl -w fs.protected_regular=3 fs.protected_symlinks=-1 fs.protected_fifos=x
  sysctl: setting key "fs.protected_regular": Invalid argument
  sysctl: setting key "fs.protected_symlinks": Invalid argument
  sysctl: setting key "fs.protected_fifos": Invalid argument
  [1]
  $ sysctl kernel/pid_max fs/protected_symlinks
  kernel.pid_max = 4194304
  fs.protected_symlinks = 1
  $ sysctl -a -r 'protected_(fifos|regular)|^kernel\.pid_max'
  fs.protected_fifos = 1
  fs.protected_regular = 2
  kernel.pid_max = 4194304
  $ mkdir conf.d; sysctl -p conf.d; echo $?
  0
  $ sysctl -p ''
  sysctl: cannot open "": No such file or directory
  [1]
  $ sysctl -p /dev/null
  $ sysctl -p /proc/sys/net/ipv4/ip_default_ttl
  sysctl: /proc/sys/net/ipv4/ip_default_ttl(1): invalid syntax, continuing...
  $ sysctl -p /proc/sys/net/ipv4
  $ printf 'net.ipv4.ip_default_ttl = 90\n' > ttl.conf; sysctl -p nosuch.conf ttl.conf conf.d
  sysctl: cannot open "nosuch.conf": No such file or directory
  net.ipv4.ip_default_ttl = 90
  [1]
  $ sysctl net.ipv4.ip_default_ttl.
  sysctl: cannot stat /proc/sys/net/ipv4/ip_default_ttl/: Not a directory
  [1]
  $ sysctl -N net.ipv4.ip_default_ttl.
  sysctl: cannot stat /proc/sys/net/ipv4/ip_default_ttl/: Not a directory
  [1]
  $ sysctl -e net.ipv4.ip_default_ttl.; echo $?
  0
  $ sysctl net/ipv4/ip_default_ttl/
  sysctl: cannot stat /proc/sys/net/ipv4/ip_default_ttl/: Not a directory
  [1]
  $ sysctl net.ipv4.ip_default_ttl.x
  sysctl: cannot stat /proc/sys/net/ipv4/ip_default_ttl/x: Not a directory
  [1]
  $ sysctl -w net.ipv4.ip_forward.=1
  sysctl: cannot stat /proc/sys/net/ipv4/ip_forward/: Not a directory
  [1]
  $ sysctl -w net.ipv4.ip_forward.x=1
  sysctl: cannot stat /proc/sys/net/ipv4/ip_forward/x: Not a directory
  [1]
  $ sysctl -n net.ipv4.ip_forward net.ipv4.ip_default_ttl
  0
  90
