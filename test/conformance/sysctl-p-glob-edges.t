sysctl -p patterns at glob(3)'s edges: warnings' line numbers run on across the files one pattern names, nested and single-element braces, an empty alternative, an unbalanced brace, ~root and an unknown ~user, a directory component with a wildcard, hidden files, a file named '-' (read as stdin all the same).
  $ mkdir -p d/sub e; printf 'bad line one\nnet.ipv4.ip_default_ttl = 61\n' > d/a.conf; printf '\nnet.ipv4.nosuch = 1\nbad two\n' > d/b.conf; printf 'net.ipv4.ip_default_ttl = 65\n' > d/.h.conf
  $ printf 'net.ipv4.ip_default_ttl = 66\n' > d/sub/s.conf; printf 'net.ipv4.ip_default_ttl = 67\n' > e/s.conf
  $ sysctl -p 'd/*.conf'; echo rc=$?
  sysctl: d/a.conf(1): invalid syntax, continuing...
  sysctl: d/b.conf(5): invalid syntax, continuing...
  net.ipv4.ip_default_ttl = 61
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  rc=1
  $ sysctl -p 'd/{a,b}.conf' 'd/b.conf'; echo rc=$?
  sysctl: d/a.conf(1): invalid syntax, continuing...
  sysctl: d/b.conf(5): invalid syntax, continuing...
  sysctl: d/b.conf(3): invalid syntax, continuing...
  net.ipv4.ip_default_ttl = 61
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  rc=1
  $ sysctl -p 'd/{a,{b,.h}}.conf'; echo rc=$?
  sysctl: d/a.conf(1): invalid syntax, continuing...
  sysctl: d/b.conf(5): invalid syntax, continuing...
  net.ipv4.ip_default_ttl = 61
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  net.ipv4.ip_default_ttl = 65
  rc=1
  $ sysctl -p 'd/{a}.conf'; echo rc=$?
  sysctl: d/a.conf(1): invalid syntax, continuing...
  net.ipv4.ip_default_ttl = 61
  rc=0
  $ sysctl -p 'd/{,.h}.conf'; echo rc=$?
  net.ipv4.ip_default_ttl = 65
  rc=0
  $ sysctl -p 'd/{a.conf'; echo rc=$?
  sysctl: cannot open "d/{a.conf": No such file or directory
  rc=1
  $ sysctl -p 'd/a}.conf'; echo rc=$?
  sysctl: cannot open "d/a}.conf": No such file or directory
  rc=1
  $ sysctl -p 'd/{}.conf'; echo rc=$?
  sysctl: cannot open "d/{}.conf": No such file or directory
  rc=1
  $ sysctl -p '{d/sub,e}/s.conf'; echo rc=$?
  net.ipv4.ip_default_ttl = 66
  net.ipv4.ip_default_ttl = 67
  rc=0
  $ sysctl -p '*/s.conf'; echo rc=$?
  net.ipv4.ip_default_ttl = 67
  rc=0
  $ sysctl -p '*/*/s.conf'; echo rc=$?
  net.ipv4.ip_default_ttl = 66
  rc=0
  $ sysctl -p 'd/.*.conf'; echo rc=$?
  net.ipv4.ip_default_ttl = 65
  rc=0
  $ cp e/s.conf /root/r.conf 2>/dev/null || cp e/s.conf ~/r.conf; sysctl -p '~root/r.conf'; echo rc=$?
  net.ipv4.ip_default_ttl = 67
  rc=0
  $ sysctl -p '~nosuchuser/r.conf'; echo rc=$?
  sysctl: cannot open "~nosuchuser/r.conf": No such file or directory
  rc=1
  $ sysctl -p '~'; echo rc=$?
  rc=0
  $ HOME=$PWD/e sysctl -p '~/s.conf'; echo rc=$?
  net.ipv4.ip_default_ttl = 67
  rc=0
  $ printf 'net.ipv4.ip_default_ttl = 68\n' > ./-; printf 'net.ipv4.ip_default_ttl = 69\n' | sysctl -p -; echo rc=$?
  net.ipv4.ip_default_ttl = 69
  rc=0
  $ printf 'net.ipv4.ip_default_ttl = 70\n' | sysctl -p '[-]'; echo rc=$?
  net.ipv4.ip_default_ttl = 70
  rc=0
  $ sysctl -p 'd/[!a].conf'; echo rc=$?
  sysctl: d/b.conf(3): invalid syntax, continuing...
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  rc=1
  $ sysctl -p 'd/?.conf' -p 'nosuch*' -p 'e/*'; echo rc=$?
  sysctl: d/a.conf(1): invalid syntax, continuing...
  sysctl: d/b.conf(5): invalid syntax, continuing...
  sysctl: cannot open "nosuch*": No such file or directory
  net.ipv4.ip_default_ttl = 61
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  net.ipv4.ip_default_ttl = 67
  rc=1
  $ sysctl -p 'nosuch' 'd/a.conf'; echo rc=$?
  sysctl: cannot open "nosuch": No such file or directory
  sysctl: d/a.conf(1): invalid syntax, continuing...
  net.ipv4.ip_default_ttl = 61
  rc=1
