What each handler makes of the rest of a write: proc_dointvec takes the numbers it needs and leaves the rest (a short write: stdio writes the rest again, past offset 0, where it is ignored), proc_dou8vec_minmax and proc_douintvec read one number and take the whole write; leading whitespace, signs, hex and octal, overflow, a whitespace-only line, per knob, read back with cat and sysctl.
  $ ip link add h1 address 02:00:00:00:00:01 type veth peer name h2 address 02:00:00:00:00:02
  $ F=/proc/sys/net/ipv4/conf/h1/rp_filter; S=/proc/sys/net/ipv4/tcp_syn_retries; U=/proc/sys/net/ipv4/fib_multipath_hash_seed
  $ echo "1 x" > $F; echo $?; cat $F
  0
  1
  $ echo "2 3 4" > $F; echo $?; cat $F
  0
  2
  $ echo "1x" > $F; echo $?; cat $F
  bash: line 21: echo: write error: Invalid argument
  1
  2
  $ printf '1\t\n\n' > $F; echo $?; cat $F
  0
  1
  $ printf ' \t\n' > $F; echo $?; cat $F
  bash: line 27: printf: write error: Invalid argument
  1
  1
  $ echo "   0x2" > $F; cat $F
  2
  $ echo 010 > $F; sysctl net.ipv4.conf.h1.rp_filter
  net.ipv4.conf.h1.rp_filter = 8
  $ echo -2147483648 > $F; cat $F
  -2147483648
  $ echo 2147483648 > $F; echo $?; cat $F
  bash: line 39: echo: write error: Invalid argument
  1
  -2147483648
  $ echo "+3" > $F; echo $?; cat $F
  bash: line 42: echo: write error: Invalid argument
  1
  -2147483648
  $ echo "- 3" > $F; echo $?; cat $F
  bash: line 45: echo: write error: Invalid argument
  1
  -2147483648
  $ echo "4 junk" > $S; echo $?; cat $S
  0
  4
  $ echo "5junk" > $S; echo $?; cat $S
  bash: line 51: echo: write error: Invalid argument
  1
  4
  $ echo " 0x6" > $S; cat $S
  6
  $ echo -1 > $S; echo $?; cat $S
  bash: line 57: echo: write error: Invalid argument
  1
  6
  $ echo 128 > $S; echo $?; cat $S
  bash: line 60: echo: write error: Invalid argument
  1
  6
  $ echo "7 8" > $S; cat $S
  7
  $ echo "3 4" > $U; echo $?; cat $U
  0
  3
  $ echo 4294967295 > $U; cat $U
  4294967295
  $ echo 4294967296 > $U; echo $?; cat $U
  bash: line 72: echo: write error: Invalid argument
  1
  4294967295
  $ echo -1 > $U; echo $?; cat $U
  bash: line 75: echo: write error: Invalid argument
  1
  4294967295
  $ echo 0 > $U; echo "5 x" > /proc/sys/net/ipv4/ping_group_range; echo $?; cat /proc/sys/net/ipv4/ping_group_range
  bash: line 78: echo: write error: Invalid argument
  1
  1	0
  $ echo "0 10 x" > /proc/sys/net/ipv4/ping_group_range; echo $?; cat /proc/sys/net/ipv4/ping_group_range
  0
  0	10
  $ sysctl net.ipv4.conf.h1.rp_filter net.ipv4.tcp_syn_retries net.ipv4.ping_group_range
  net.ipv4.conf.h1.rp_filter = -2147483648
  net.ipv4.tcp_syn_retries = 7
  net.ipv4.ping_group_range = 0	10
