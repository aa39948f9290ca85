umask (bash and dash: octal, -S, -p, symbolic modes, the mode new files and directories get), ulimit (-n, -a, errors) and hash (the table of commands found, hits, -r, -t, errors).
  $ umask
  0022
  $ umask -S
  u=rwx,g=rx,o=rx
  $ umask -p
  umask 0022
  $ umask 027; umask; umask -S
  0027
  u=rwx,g=rx,o=
  $ touch f1; mkdir d1; ls -ld f1 d1 | cut -c1-10
  drwxr-x---
  -rw-r-----
  $ umask u=rwx,g=rx,o=; umask
  0027
  $ umask g-x,o+r; umask
  0033
  $ umask a=; umask -S
  u=,g=,o=
  $ umask 999; echo $?
  bash: line 33: umask: 999: octal number out of range
  1
  $ umask u=q; echo $?
  bash: line 36: umask: `q': invalid symbolic mode character
  1
  $ umask -x; echo $?
  bash: line 39: umask: -x: invalid option
  umask: usage: umask [-p] [-S] [mode]
  2
  $ umask 0; touch f2; ls -l f2 | cut -c1-10
  -rw-rw-rw-
  $ umask 077; echo hi > f3; ls -l f3 | cut -c1-10
  -rw-------
  $ umask 22; umask
  0022
  $ sh -c 'umask; umask -S; umask 027; umask'
  0022
  u=rwx,g=rx,o=rx
  0027
  $ sh -c 'umask 999; echo $?'
  sh: 1: umask: Illegal number: 999
  2
  $ (umask 077); umask
  0022
  $ ulimit; ulimit -a
  unlimited
  real-time non-blocking time  (microseconds, -R) unlimited
  core file size              (blocks, -c) 0
  data seg size               (kbytes, -d) unlimited
  scheduling priority                 (-e) 0
  file size                   (blocks, -f) unlimited
  pending signals                     (-i) 96369
  max locked memory           (kbytes, -l) 8192
  max memory size             (kbytes, -m) unlimited
  open files                          (-n) 20000
  pipe size                (512 bytes, -p) 8
  POSIX message queues         (bytes, -q) 819200
  real-time priority                  (-r) 0
  stack size                  (kbytes, -s) 8192
  cpu time                   (seconds, -t) unlimited
  max user processes                  (-u) 96369
  virtual memory              (kbytes, -v) unlimited
  file locks                          (-x) unlimited
  $ ulimit -n
  20000
  $ ulimit -n 512; ulimit -n; ulimit -Sn; ulimit -Hn
  512
  512
  512
  $ ulimit -n nope; echo $?
  bash: line 69: ulimit: nope: invalid number
  1
  $ ulimit -Z; echo $?
  bash: line 72: ulimit: -Z: invalid option
  ulimit: usage: ulimit [-SHabcdefiklmnpqrstuvxPRT] [limit]
  2
  $ sh -c 'ulimit -n'
  512
  $ hash; echo $?
  hits	command
     3	/usr/bin/sh
     1	/usr/bin/mkdir
     2	/usr/bin/touch
  0
  $ ip -V >/dev/null; sort </dev/null; sort </dev/null; hash
  hits	command
     3	/usr/bin/sh
     1	/usr/sbin/ip
     1	/usr/bin/mkdir
     2	/usr/bin/sort
     2	/usr/bin/touch
  $ hash -t ip
  /usr/sbin/ip
  $ hash -r; hash; echo $?
  hash: hash table empty
  0
  $ hash nosuchcmd; echo $?
  bash: line 90: hash: nosuchcmd: not found
  1
  $ hash -t nosuchcmd; echo $?
  bash: line 93: hash: nosuchcmd: not found
  1
  $ hash cat; hash
  hits	command
     0	/usr/bin/cat
  $ hash -d cat; hash; echo $?
  hash: hash table empty
  0
  $ hash -p /bin/true truth; truth; echo $?; hash -t truth
  0
  /bin/true
  $ sh -c 'hash; echo $?'
  0
  $ ulimit -H -n; ulimit -c 10; ulimit -c; ulimit -Hc; ulimit -n -s
  512
  10
  10
  open files                          (-n) 512
  stack size                  (kbytes, -s) 8192
  $ ulimit -n 99999999; echo $?
  bash: line 111: ulimit: open files: cannot modify limit: Operation not permitted
  1
  $ ulimit -Sc unlimited; echo $?; ulimit -c 0
  bash: line 114: ulimit: core file size: cannot modify limit: Invalid argument
  1
  $ ulimit -p 4; echo $?
  bash: line 117: ulimit: pipe size: cannot modify limit: Invalid argument
  1
  $ sh -c 'ulimit -a; ulimit -Z; echo $?'
  time(seconds)        unlimited
  file(blocks)         unlimited
  data(kbytes)         unlimited
  stack(kbytes)        8192
  coredump(blocks)     0
  memory(kbytes)       unlimited
  locked memory(kbytes) 8192
  process              96369
  nofiles              512
  vmemory(kbytes)      unlimited
  locks                unlimited
  rtprio               0
  sh: 1: ulimit: Illegal option -Z
  2
  $ sh -c 'ulimit -n 100; ulimit -n; ulimit -n x'; echo $?
  100
  sh: 1: ulimit: bad number
  2
  $ umask -S 077; umask 022
  u=rwx,g=,o=
  $ umask u+; echo $?
  0
  $ sh -c 'umask u=rwx,go=; umask; umask -S; umask go+r; umask; umask q; echo $?'
  0077
  u=rwx,g=,o=
  0033
  sh: 1: umask: Illegal mode: q
  2
  $ umask 0; mkdir -p a/b/c; ls -ld a a/b a/b/c | cut -c1-10; umask 022
  drwxrwxrwx
  drwxrwxrwx
  drwxrwxrwx
  $ type sort; type -t sort; hash -l
  sort is /usr/bin/sort
  file
  builtin hash -p /usr/bin/sh sh
  builtin hash -p /bin/true truth
  builtin hash -p /usr/bin/mkdir mkdir
  $ sh -c 'ip -V >/dev/null; sort </dev/null; cat </dev/null; hash; hash -r; hash; echo $?'
  /usr/bin/sort
  /usr/bin/cat
  /usr/sbin/ip
  0
  $ hash -x; echo $?
  bash: line 144: hash: -x: invalid option
  hash: usage: hash [-lr] [-p pathname] [-dt] [name ...]
  2
