sysctl -p FILE takes a glob(3) pattern itself (GLOB_NOCHECK, GLOB_BRACE, GLOB_TILDE in procps' Preload()): quoted patterns, braces, a tilde, a pattern matching nothing (opened literally), a directory among the matches, '-' and /dev/stdin.
  $ mkdir -p d; printf 'net.ipv4.ip_default_ttl = 61\n' > d/a.conf; printf 'net.ipv4.ip_default_ttl = 62\n' > d/b.conf; printf 'net.ipv4.ip_forward = 1\n' > d/c.txt
  $ sysctl -p 'd/*.conf'; echo rc=$?
  net.ipv4.ip_default_ttl = 61
  net.ipv4.ip_default_ttl = 62
  rc=0
  $ sysctl -p 'd/{b,a}.conf'; echo rc=$?
  net.ipv4.ip_default_ttl = 62
  net.ipv4.ip_default_ttl = 61
  rc=0
  $ sysctl -p 'd/?.conf' -p 'd/*.txt'; echo rc=$?
  net.ipv4.ip_default_ttl = 61
  net.ipv4.ip_default_ttl = 62
  net.ipv4.ip_forward = 1
  rc=0
  $ sysctl -p 'd/[ab].conf'; echo rc=$?
  net.ipv4.ip_default_ttl = 61
  net.ipv4.ip_default_ttl = 62
  rc=0
  $ sysctl -p 'd/nosuch*.conf'; echo rc=$?
  sysctl: cannot open "d/nosuch*.conf": No such file or directory
  rc=1
  $ sysctl -p 'd/{a,nosuch}.conf'; echo rc=$?
  net.ipv4.ip_default_ttl = 61
  rc=0
  $ sysctl -p 'd/{nosuch,a}.conf'; echo rc=$?
  net.ipv4.ip_default_ttl = 61
  rc=0
  $ mkdir d/e.conf; sysctl -p 'd/*.conf'; echo rc=$?
  net.ipv4.ip_default_ttl = 61
  net.ipv4.ip_default_ttl = 62
  rc=0
  $ cp d/a.conf ~/t1.conf; sysctl -p '~/t1.conf'; echo rc=$?; rm ~/t1.conf
  net.ipv4.ip_default_ttl = 61
  rc=0
  $ sysctl -p 'd/*'; echo rc=$?
  net.ipv4.ip_default_ttl = 61
  net.ipv4.ip_default_ttl = 62
  net.ipv4.ip_forward = 1
  rc=0
  $ cd d; sysctl -p '*.conf' '*.txt'; echo rc=$?; cd ..
  net.ipv4.ip_default_ttl = 61
  net.ipv4.ip_default_ttl = 62
  net.ipv4.ip_forward = 1
  rc=0
  $ sysctl -p 'd/\*.conf'; echo rc=$?
  sysctl: cannot open "d/\*.conf": No such file or directory
  rc=1
  $ printf 'net.ipv4.ip_default_ttl = 63\n' | sysctl -p 'd/a.conf' -p -; echo rc=$?
  net.ipv4.ip_default_ttl = 61
  net.ipv4.ip_default_ttl = 63
  rc=0
  $ sysctl -q -p 'd/*.conf'; echo rc=$?; sysctl -n net.ipv4.ip_default_ttl
  rc=0
  62
  $ sysctl -N -p 'd/*.conf'; echo rc=$?
  61
  62
  rc=0
  $ sysctl --system --pattern nosuch; echo rc=$?
  * Applying /usr/lib/sysctl.d/50-pid-max.conf ...
  * Applying /usr/lib/sysctl.d/99-protect-links.conf ...
  * Applying /etc/sysctl.d/99-sysctl.conf ...
  * Applying /etc/sysctl.conf ...
  kernel.pid_max = 4194304
  fs.protected_fifos = 1
  fs.protected_hardlinks = 1
  fs.protected_regular = 2
  fs.protected_symlinks = 1
  rc=0
