String and bitmap knobs with several write(2)s: tcp_congestion_control (proc_dostring over the current name) stores each write at the file position in strict mode, so a line past the name's end changes nothing and a write at its end extends it (a newline alone keeps it); ip_local_reserved_ports (proc_do_large_bitmap) takes commas and newlines in one write, and adds what a write past offset 0 lists to the set the first one made.
  $ C=/proc/sys/net/ipv4/tcp_congestion_control; B=/proc/sys/net/ipv4/ip_local_reserved_ports
  $ cat /proc/sys/kernel/sysctl_writes_strict
  1
  $ echo reno > $C; cat $C
  reno
  $ { echo reno; echo x; } > $C; echo $?; cat $C
  0
  reno
  $ { printf reno; printf x; } > $C; echo $?; cat $C
  bash: line 21: printf: write error: No such file or directory
  1
  reno
  $ { printf reno; printf '\n'; } > $C; echo $?; cat $C
  0
  reno
  $ { printf ren; echo o; } > $C; echo $?; cat $C
  bash: line 27: printf: write error: No such file or directory
  bash: line 27: echo: write error: No such file or directory
  1
  reno
  $ echo " reno" > $C; echo $?; cat $C
  bash: line 30: echo: write error: No such file or directory
  1
  reno
  $ printf 'reno\nx\n' > $C; echo $?; cat $C
  0
  reno
  $ echo nosuch > $C; echo $?; sysctl net.ipv4.tcp_congestion_control
  bash: line 36: echo: write error: No such file or directory
  1
  net.ipv4.tcp_congestion_control = reno
  $ sysctl -w net.ipv4.tcp_congestion_control=reno; cat $C
  net.ipv4.tcp_congestion_control = reno
  reno
  $ printf '100\n200-202\n' > $B; cat $B
  100,200-202
  $ { echo 5000; echo 6000; echo 7000-7001; } > $B; cat $B
  5000,6000,7000-7001
  $ echo 40000 > $B; cat $B
  40000
  $ printf '1,2\n3\n' | cat > $B; echo $?; cat $B
  0
  1-3
  $ printf '\n\n4,6-7\n' > $B; cat $B
  4,6-7
  $ printf '8\n' > $B; printf '9\n' >> $B; cat $B
  9
  $ { echo 10; echo 70000; } > $B; echo $?; cat $B
  bash: line 60: echo: write error: Invalid argument
  1
  10
  $ echo 5-3 > $B; echo $?; cat $B
  bash: line 63: echo: write error: Invalid argument
  1
  10
  $ echo 1, > $B; echo $?; cat $B
  0
  1
  $ echo 1-2-3 > $B; echo $?; cat $B
  bash: line 69: echo: write error: Invalid argument
  1
  1
  $ echo "1 2" > $B; echo $?; cat $B
  bash: line 72: echo: write error: Invalid argument
  1
  1
  $ echo > $B; echo $?; sysctl net.ipv4.ip_local_reserved_ports
  0
  net.ipv4.ip_local_reserved_ports = 
