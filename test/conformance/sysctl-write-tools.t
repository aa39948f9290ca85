Programs write their whole output to /proc/sys at exit in one write(2) (stdio fully buffered, cat's and tee's own buffers), unlike bash's builtins: /bin/echo, /usr/bin/printf, cat of a file or a here-document, tee, sed, xargs echo, sysctl -w and -p; dash's builtins (sh -c) write once each.
  $ S=/proc/sys/net/ipv4/tcp_syn_retries; R=/proc/sys/net/ipv4/ip_local_port_range; F=/proc/sys/net/ipv4/conf/lo/rp_filter
  $ /usr/bin/printf '5\n2\n' > $S; cat $S
  5
  $ /bin/echo -e '4\n2' > $S; cat $S
  4
  $ printf '3\n1\n' > two; cat two > $S; cat $S
  3
  $ cat two > $F; cat $F
  3
  $ cat <<EOF > $S; cat $S
  > 6
  > 2
  > EOF
  6
  $ printf '1\n2\n' | tee $S; cat $S
  1
  2
  1
  $ printf '3000\n4000\n' | tee $R > /dev/null; cat $R
  3000	4000
  $ printf '2500\n5000\n' > range; sed -n p range > $R; cat $R
  2500	5000
  $ printf '3\n4\n' | xargs -n1 echo > $S; cat $S
  4
  $ sh -c 'printf "1\n2\n"' > $S; cat $S
  1
  $ sh -c 'printf "3\n"; printf "4\n"' > $S; cat $S
  4
  $ sh -c 'echo 5; echo 6' > $S; cat $S
  6
  $ sh -c 'echo 1; echo 0' > $F; cat $F
  1
  $ sh -c 'echo abc' > $F; echo $?
  sh: 1: echo: echo: I/O error
  1
  $ /bin/echo abc > $F; echo $?
  /bin/echo: write error: Invalid argument
  1
  $ printf 'abc\n' | cat > $F; echo $?
  cat: write error: Invalid argument
  1
  $ bash -c 'printf "6\n2\n"' > $S; cat $S
  2
  $ sysctl -w net.ipv4.tcp_syn_retries="4 5"; cat $S
  net.ipv4.tcp_syn_retries = 4 5
  4
  $ sysctl -w net.ipv4.conf.lo.rp_filter="1 x"; cat $F
  net.ipv4.conf.lo.rp_filter = 1 x
  1
  $ printf 'net.ipv4.tcp_syn_retries = 3\nnet.ipv4.tcp_syn_retries = 5\n' > t.conf; sysctl -p t.conf; sysctl net.ipv4.tcp_syn_retries
  net.ipv4.tcp_syn_retries = 3
  net.ipv4.tcp_syn_retries = 5
  net.ipv4.tcp_syn_retries = 5
