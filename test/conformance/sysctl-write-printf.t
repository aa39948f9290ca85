bash's printf into /proc/sys: literal text and escapes of the format go out by putchar() (a write(2) at each newline), %s %d %c by printf(3) (a write up to the piece's last newline), %b and %q by putchar(); a failed line sets the error indicator, which %s clears, and the status tells. Vectors (ip_local_port_range) show where each write began.
  $ R=/proc/sys/net/ipv4/ip_local_port_range; S=/proc/sys/net/ipv4/tcp_syn_retries
  $ echo 2000 3000 > $R; printf '%s\n' "3000
  > 4000
  > 5000" > $R; cat $R
  3000	4000
  $ echo 2000 3000 > $R; printf '3000\n4000\n5000\n' > $R; cat $R
  3000	3000
  $ echo 2000 3000 > $R; printf '%b' '3100\n4100\n' > $R; cat $R
  bash: line 20: printf: write error: Invalid argument
  2000	3000
  $ echo 2000 3000 > $R; printf '%s %s\n' 3200 4200 5200 6200 > $R; cat $R
  3200	4200
  $ echo 2000 3000 > $R; printf '%s %s' 3300 4300 5300 6300 > $R; echo $?; cat $R
  bash: line 26: printf: write error: Invalid argument
  1
  2000	3000
  $ echo 2000 3000 > $R; printf '%d\t%d' 3400 4400 > $R; cat $R; sysctl net.ipv4.ip_local_port_range
  3400	4400
  net.ipv4.ip_local_port_range = 3400	4400
  $ echo 2000 3000 > $R; x='3500
  > 4500'; printf "$x\n" > $R; cat $R
  bash: line 33: printf: write error: Invalid argument
  2000	3000
  $ printf '\n5' > $S; echo $?; cat $S
  bash: line 36: printf: write error: Invalid argument
  1
  5
  $ printf 'abc\n%s\n' 4 > $S; echo $?; cat $S
  0
  4
  $ printf 'abc\n%sx\n' 6 > $S; echo $?; cat $S
  bash: line 42: printf: write error: Invalid argument
  1
  4
  $ printf 'abc\n1\n%s\n' 2 > $S; echo $?; cat $S
  0
  2
  $ printf '%s\n' abc 3 > $S; echo $?; cat $S
  bash: line 48: printf: write error: Invalid argument
  1
  2
  $ printf '%s\n' 4 abc 5 > $S; echo $?; cat $S
  bash: line 51: printf: write error: Invalid argument
  1
  4
  $ printf '%d\n' 6 x 7 > $S; echo $?; cat $S
  bash: line 54: printf: x: invalid number
  bash: line 54: printf: write error: Invalid argument
  1
  6
  $ printf '%c%c\n' 5 9 > $S; echo $?; cat $S
  0
  59
  $ printf '%q\n' 6 > $S; echo $?; cat $S
  0
  6
  $ printf '%5s\n' 2 > $S; echo $?; cat $S
  0
  2
  $ printf -- '-1\n' > $S; echo $?; cat $S
  bash: line 66: printf: write error: Invalid argument
  1
  2
  $ printf '%s' 7 > $S; printf '%s' 8 >> $S; cat $S
  8
  $ sysctl net.ipv4.tcp_syn_retries
  net.ipv4.tcp_syn_retries = 8
