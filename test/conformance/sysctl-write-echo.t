bash's echo into /proc/sys: each word goes out by printf("%s") (a write(2) up to its last newline), the spaces and the final newline by putchar(), -e's text by putchar() (a write at each newline); `echo` alone writes an empty line (EINVAL), a failed write makes the status 1 and bash prints its write error. u8 knobs (tcp_syn_retries) take every write, int knobs (rp_filter) the first.
  $ ip link add h1 address 02:00:00:00:00:01 type veth peer name h2 address 02:00:00:00:00:02
  $ S=/proc/sys/net/ipv4/tcp_syn_retries; F=/proc/sys/net/ipv4/conf/h1/rp_filter; R=/proc/sys/net/ipv4/ip_local_port_range
  $ echo > $S; echo $?; cat $S
  bash: line 15: echo: write error: Invalid argument
  1
  6
  $ echo "" > $F; echo $?; cat $F
  bash: line 18: echo: write error: Invalid argument
  1
  0
  $ echo -n 2 > $F; echo $?; cat $F
  0
  2
  $ echo -n > $F; echo $?; cat $F
  0
  2
  $ echo '  1' > $F; cat $F
  1
  $ echo 3 > $S; echo 'abc
  > 4' > $S; echo $?; cat $S
  bash: line 31: echo: write error: Invalid argument
  1
  3
  $ echo 3 > $S; echo -e 'abc\n4' > $S; echo $?; cat $S
  bash: line 34: echo: write error: Invalid argument
  1
  4
  $ echo 3 > $S; echo abc 4 > $S; echo $?; cat $S
  bash: line 37: echo: write error: Invalid argument
  1
  3
  $ echo 3 > $S; echo 5 abc > $S; echo $?; cat $S
  0
  5
  $ echo 2000 3000 > $R; echo "3000
  > 4000
  > 5000" > $R; cat $R
  3000	4000
  $ echo 2000 3000 > $R; echo -e "3000\n4000\n5000" > $R; cat $R
  3000	3000
  $ echo 2000 3000 > $R; echo 3100 '
  > 4100' > $R; cat $R
  bash: line 51: echo: write error: Invalid argument
  2000	3000
  $ echo 2000 3000 > $R; echo -e '3200\c' 4200 > $R; cat $R
  bash: line 55: echo: write error: Invalid argument
  2000	3000
  $ echo 2000 3000 > $R; echo -n 3300 4300 > $R; cat $R
  3300	4300
  $ echo 3 > $S; { echo abc; echo 5; } > $S; echo $?; cat $S
  bash: line 61: echo: write error: Invalid argument
  0
  5
  $ echo 3 > $S; { echo 5; echo abc; } > $S; echo $?; cat $S
  bash: line 64: echo: write error: Invalid argument
  1
  5
  $ { echo 1; echo abc; } > $F; echo $?; cat $F
  0
  1
  $ { echo abc; echo 2; } > $F; echo $?; cat $F
  bash: line 70: echo: write error: Invalid argument
  0
  2
  $ { echo; echo 0; } > $F; echo $?; cat $F
  bash: line 73: echo: write error: Invalid argument
  0
  0
  $ { echo -1; echo -2; } > $F; sysctl net.ipv4.conf.h1.rp_filter
  net.ipv4.conf.h1.rp_filter = -1
  $ { echo -1; echo 2; } > $S; echo $?; sysctl net.ipv4.tcp_syn_retries
  bash: line 79: echo: write error: Invalid argument
  0
  net.ipv4.tcp_syn_retries = 2
  $ { echo 256; echo 1; } > /proc/sys/net/ipv4/ip_default_ttl; echo $?; sysctl net.ipv4.ip_default_ttl
  bash: line 82: echo: write error: Invalid argument
  0
  net.ipv4.ip_default_ttl = 1
