A program's write(2)s into /proc/sys are its own blocks: cat writes each file it reads (two files, two writes: the second, at offset 0 again after a u8 knob, wins), tee keeps each file open and writes each chunk at the file position (an int knob ignores the later ones, even a bad one), and a fully buffered tool writes once at exit; a refused write is the program's write error.
  $ S=/proc/sys/net/ipv4/tcp_syn_retries; F=/proc/sys/net/ipv4/conf/lo/rp_filter
  $ echo 1 > a; echo 2 > b; cat a b > $S; cat $S
  2
  $ cat b a > $F; cat $F
  2
  $ echo x > c; cat c a > $S; echo $?; cat $S
  cat: write error: Invalid argument
  1
  2
  $ cat a c > $S; echo $?; cat $S
  cat: write error: Invalid argument
  1
  1
  $ { echo 4; sleep 0.3; echo 5; } | tee $S > /dev/null; cat $S
  5
  $ { echo 1; sleep 0.3; echo 2; } | tee $F > /dev/null; cat $F
  1
  $ { echo 0; sleep 0.3; echo abc; } | tee $F; echo $?; cat $F
  0
  abc
  0
  0
  $ { echo abc; sleep 0.3; echo 1; } | tee $F; echo $?; cat $F
  abc
  tee: /proc/sys/net/ipv4/conf/lo/rp_filter: Invalid argument
  1
  1
  0
  $ seq 2 3 > $S; cat $S
  2
  $ head -n 2 a b > $S; echo $?; cat $S
  head: write error: Invalid argument
  1
  2
  $ printf '6\n3\n' | sed p > $S; cat $S
  6
  $ printf '1\n2\n' | grep . > $F; cat $F
  1
  $ printf 'x\n' | sed p > $F; echo $?; cat $F
  sed: couldn't flush stdout: Invalid argument
  4
  1
  $ sysctl net.ipv4.tcp_syn_retries net.ipv4.conf.lo.rp_filter
  net.ipv4.tcp_syn_retries = 6
  net.ipv4.conf.lo.rp_filter = 1
