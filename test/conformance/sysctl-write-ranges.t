Vector knobs take their numbers from one write(2): split over lines by bash's builtins, only the first line counts (later ones are past offset 0) — ip_local_port_range, ping_group_range, tcp_rmem, tcp_wmem — while a program writing them at once sets all; the range checks see what the first write set.
  $ R=/proc/sys/net/ipv4/ip_local_port_range; P=/proc/sys/net/ipv4/ping_group_range; M=/proc/sys/net/ipv4/tcp_wmem
  $ echo 2000 3000 > $R; printf '2500\n2800\n' > $R; cat $R
  2500	3000
  $ printf '1500\n900\n' > $R; echo $?; cat $R
  0
  1500	3000
  $ printf '1600 \n2600\n' > $R; cat $R
  1600	3000
  $ { echo 3000; echo 4000; } > $R; echo $?; cat $R
  0
  3000	3000
  $ printf '3000\n4000\n' | cat > $R; cat $R
  3000	4000
  $ printf '%s %s\n' 5000 6000 7000 8000 > $R; sysctl net.ipv4.ip_local_port_range
  net.ipv4.ip_local_port_range = 5000	6000
  $ for p in 10000 20000; do printf '%s ' $p; done > $R; cat $R
  bash: line 30: printf: write error: Invalid argument
  bash: line 30: printf: write error: Invalid argument
  5000	6000
  $ printf '%s\n' "1 2" "3 4" > $P; cat $P
  1	2
  $ printf '5\n9\n' > $P; cat $P
  1	0
  $ printf '9 5\n' > $P; cat $P
  1	0
  $ echo 4096 16384 4194304 > $M; printf '%s\n' 8192 12288 > $M; cat $M
  8192	16384	4194304
  $ printf '%s ' 4096 16384 > $M; cat $M
  4096	16384	4194304
  $ echo 0 1 2 > $M; echo $?; cat $M
  bash: line 48: echo: write error: Invalid argument
  1
  4096	16384	4194304
  $ echo 4096 16384 4194304 99 > $M; echo $?; cat $M
  0
  4096	16384	4194304
  $ printf '1 1\n1\n' > /proc/sys/net/ipv4/tcp_rmem; echo $?; cat /proc/sys/net/ipv4/tcp_rmem
  bash: line 54: printf: write error: Invalid argument
  1
  4096	131072	33554432
  $ sysctl net.ipv4.ip_local_port_range net.ipv4.ping_group_range net.ipv4.tcp_wmem
  net.ipv4.ip_local_port_range = 5000	6000
  net.ipv4.ping_group_range = 1	0
  net.ipv4.tcp_wmem = 4096	16384	4194304
