A pipe holds 65536 bytes: a writer that fills it blocks in its write until the reader takes enough, and when the reader exits first the write ends in SIGPIPE (141), even for a utility that wrote its whole output before the reader looked (sort, sed, tail -n, uniq). What fits in the pipe is written and the writer exits 0. head reads 8192 bytes at a time (BUFSIZ), -c no more than it wants.
  $ seq 100000 > big; seq 10000 > mid; seq 1000 > small; wc -c big mid
  588895 big
   48894 mid
  637789 total
  $ seq 100000 | head -1; echo "${PIPESTATUS[@]}"
  1
  141 0
  $ seq 100000 | sort | head -1; echo "${PIPESTATUS[@]}"
  1
  0 141 0
  $ seq 20000 | sort | head -1; echo "${PIPESTATUS[@]}"
  1
  0 141 0
  $ sort mid | head -1; echo "${PIPESTATUS[@]}"
  1
  0 0
  $ sort small | head -1; echo "${PIPESTATUS[@]}"
  1
  0 0
  $ cat big | true; echo "${PIPESTATUS[@]}"
  141 0
  $ sort big | head -1; echo "${PIPESTATUS[@]}"
  1
  141 0
  $ sort big | (sleep 1; head -1); echo "${PIPESTATUS[@]}"
  1
  141 0
  $ sort big | sleep 1; echo "${PIPESTATUS[@]}"
  141 0
  $ sed -n p big | head -2; echo "${PIPESTATUS[@]}"
  1
  2
  141 0
  $ tail -n 20000 big | head -1; echo "${PIPESTATUS[@]}"
  80001
  141 0
  $ uniq big | head -1; echo "${PIPESTATUS[@]}"
  1
  141 0
  $ yes | head -c 1; echo " ${PIPESTATUS[@]}"
  y 141 0
  $ seq 20000 | cat | head -1; echo "${PIPESTATUS[@]}"
  1
  0 141 0
  $ sort big | head -c 100000 | wc -c; echo "${PIPESTATUS[@]}"
  100000
  141 0 0
  $ sort -r big | head -c 70000 | tail -c 6; echo "${PIPESTATUS[@]}"
  
  89300141 0 0
  $ ip link set lo up
  $ ping -c 3 -i 0.2 127.0.0.1 | head -1; echo "${PIPESTATUS[@]}"
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  141 0
  $ tcpdump -c 5 -nli lo icmp 2>/dev/null | head -1 & sleep 0.5; ping -c 3 -i 0.2 -q 127.0.0.1 >/dev/null; wait
  *:*:*.* IP 127.0.0.1 > 127.0.0.1: ICMP echo request, id *, seq 1, length 64 (glob)
