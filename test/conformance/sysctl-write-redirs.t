/proc/sys through other redirections: a descriptor opened once with exec keeps its file position across commands (only the first write of an int knob counts until it is closed), >& and &> and 2>, loops and pipelines writing into one open file, a here-string through cat, ip netns exec, and the write error's status in tests and lists.
  $ ip netns add n1; S=/proc/sys/net/ipv4/tcp_syn_retries; F=/proc/sys/net/ipv4/conf/lo/rp_filter
  $ exec 4> $F; echo 1 >&4; cat $F; echo 2 >&4; cat $F; exec 4>&-; echo 2 > $F; cat $F
  1
  1
  2
  $ exec 4> $S; echo 3 >&4; printf '4\n' >&4; exec 4>&-; cat $S
  4
  $ echo 1 1>&2 2> $F; cat $F
  1
  2
  $ echo 0 &> $F; cat $F
  0
  $ echo abc &> $F; echo $?
  1
  $ seq 3 | while read v; do echo $v; done > $S; cat $S
  3
  $ seq 2 | while read v; do echo $v; done > $F; cat $F
  1
  $ cat <<< 5 > $S; cat $S
  5
  $ cat <<< "1 2" > $F; cat $F
  1
  $ ip netns exec n1 sh -c 'echo 1; echo 0' > /proc/sys/net/ipv4/ip_forward; ip netns exec n1 cat /proc/sys/net/ipv4/ip_forward; cat /proc/sys/net/ipv4/ip_forward
  0
  1
  $ ip netns exec n1 bash -c 'printf "2\n7\n" > /proc/sys/net/ipv4/tcp_syn_retries; cat /proc/sys/net/ipv4/tcp_syn_retries'; cat $S
  7
  5
  $ echo abc > $F || echo failed $?
  bash: line 45: echo: write error: Invalid argument
  failed 1
  $ if echo 2 > $F; then echo ok; fi; cat $F
  ok
  2
  $ echo x > $F 2>/dev/null; echo $?
  1
  $ { echo x > $F; } 2>&1 | sed 's/line [0-9]*/line N/'
  bash: line N: echo: write error: Invalid argument
  $ ( echo 1; echo x ) > $F; echo $?; cat $F
  0
  1
  $ ( echo x; echo 1 ) > $F; echo $?; cat $F
  bash: line 60: echo: write error: Invalid argument
  0
  1
  $ for i in 1 2; do echo $i > $S; done; cat $S
  2
  $ echo 6 | tee -a $S > /dev/null; cat $S
  6
  $ sysctl net.ipv4.tcp_syn_retries net.ipv4.conf.lo.rp_filter
  net.ipv4.tcp_syn_retries = 6
  net.ipv4.conf.lo.rp_filter = 1
