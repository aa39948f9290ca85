Into a pipe, a tool's stdout is block buffered: which message of a missing file comes before the output of the files before it depends on whether the tool flushes stdout first (glibc error(): grep, head, tail, cat, wc, cut, sort, nl, md5sum, ls, stat, printf; GNU sed's "can't read" and mawk's "cannot open" are plain fprintf(stderr) and come first), and sysctl's and ip -batch's messages.
  $ printf 'a1\nb2\n' > f1; printf 'a3\n' > f2
  $ grep a f1 nofile f2 2>&1 | cat
  f1:a1
  grep: nofile: No such file or directory
  f2:a3
  $ head -n 1 f1 nofile f2 2>&1 | cat
  ==> f1 <==
  a1
  head: cannot open 'nofile' for reading: No such file or directory
  
  ==> f2 <==
  a3
  $ tail -n 1 f1 nofile f2 2>&1 | cat
  ==> f1 <==
  b2
  tail: cannot open 'nofile' for reading: No such file or directory
  
  ==> f2 <==
  a3
  $ cat f1 nofile f2 2>&1 | cat
  a1
  b2
  cat: nofile: No such file or directory
  a3
  $ wc -l f1 nofile f2 2>&1 | cat
  2 f1
  wc: nofile: No such file or directory
  1 f2
  3 total
  $ cut -c1 f1 nofile f2 2>&1 | cat
  a
  b
  cut: nofile: No such file or directory
  a
  $ sort f1 nofile f2 2>&1 | cat
  sort: cannot read: nofile: No such file or directory
  $ sed -n p f1 nofile f2 2>&1 | cat
  sed: can't read nofile: No such file or directory
  a1
  b2
  a3
  $ awk '{print}' f1 nofile f2 2>&1 | cat
  awk: cannot open nofile (No such file or directory)
  a1
  b2
  $ uniq f1 nofile 2>&1 | cat
  $ tr a b < f1 2>&1 | cat
  b1
  b2
  $ nl f1 nofile f2 2>&1 | cat
       1	a1
       2	b2
       3	a1
       4	b2
       5	a3
  $ md5sum f1 nofile 2>&1 | cat
  df688914c0da38ac212a079728d881d9  f1
  df688914c0da38ac212a079728d881d9  nofile
  $ ls f1 nofile f2 2>&1 | cat
  f1
  f2
  nofile
  $ stat -c %n f1 nofile f2 2>&1 | cat
  f1
  nofile
  f2
  $ seq 3 x 2>&1 | cat
  seq: invalid floating point argument: 'x'
  Try 'seq --help' for more information.
  $ /usr/bin/printf '%d\n' 1 x 3 2>&1 | cat
  1
  /usr/bin/printf: 'x': expected a numeric value
  0
  3
  $ printf '%d\n' 1 x 3 2>&1 | cat
  1
  bash: line 63: printf: x: invalid number
  0
  3
  $ tee /nonexist/x < f1 2>&1 | cat
  tee: /nonexist/x: No such file or directory
  a1
  b2
  $ xargs -n1 echo < f1 2>&1 | cat
  a1
  b2
  $ od -c f1 nofile 2>&1 | cat
  0000000   a   1  \n   b   2  \n   a   1  \n   b   2  \n
  0000014
  $ comm f1 nofile 2>&1 | cat
  		a1
  		b2
  $ paste f1 nofile 2>&1 | cat
  a1	a1
  b2	b2
  $ sysctl net.ipv4.ip_forward net.nosuch.key net.ipv4.ip_default_ttl 2>&1 | cat
  net.ipv4.ip_forward = 0
  sysctl: cannot stat /proc/sys/net/nosuch/key: No such file or directory
  net.ipv4.ip_default_ttl = 64
  $ sysctl -w net.ipv4.ip_forward=0 net.nosuch.key=1 net.ipv4.ip_default_ttl=64 2>&1 | cat
  net.ipv4.ip_forward = 0
  sysctl: cannot stat /proc/sys/net/nosuch/key: No such file or directory
  net.ipv4.ip_default_ttl = 64
  $ ip -batch - <<< $'link show lo\nlink show nosuch\nlink show lo' 2>&1 | cat
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  Device "nosuch" does not exist.
  Command failed -:2
