With SIGPIPE ignored (trap '' PIPE, inherited), a utility's write into a pipe with no reader fails with EPIPE instead of killing it: each reports it its own way (seq, cat, cut, nl "write error: Broken pipe" and 1; grep 2; head "error writing 'standard output'"; tr adds close_stdout's "write error"); tee drops that output without a word. Without the trap they die of SIGPIPE (141).
  $ seq 100000 > f
  $ (trap '' PIPE; seq inf 2>e1 | head -1; echo "${PIPESTATUS[@]}"; cat e1)
  1
  1 0
  seq: write error: Broken pipe
  $ (trap '' PIPE; cat /dev/zero 2>e1 | head -c 1 | wc -c; echo "${PIPESTATUS[@]}"; cat e1)
  1
  1 0 0
  cat: write error: Broken pipe
  $ (trap '' PIPE; seq 100000 2>e1 | cat 2>e2 | head -1; echo "${PIPESTATUS[@]}"; cat e1 e2)
  1
  1 1 0
  seq: write error: Broken pipe
  cat: write error: Broken pipe
  $ (trap '' PIPE; seq 100000 2>e1 | tr 1 2 2>e2 | head -1; echo "${PIPESTATUS[@]}"; cat e1 e2)
  2
  1 1 0
  seq: write error: Broken pipe
  tr: write error: Broken pipe
  tr: write error
  $ (trap '' PIPE; grep 1 f 2>e1 | head -1; echo "${PIPESTATUS[@]}"; cat e1)
  1
  2 0
  grep: write error: Broken pipe
  $ (trap '' PIPE; seq 100000 2>e1 | head -n 50000 2>e2 | head -1; echo "${PIPESTATUS[@]}"; cat e1 e2)
  1
  1 1 0
  seq: write error: Broken pipe
  head: error writing 'standard output': Broken pipe
  $ (trap '' PIPE; cut -c1 f 2>e1 | head -1; echo "${PIPESTATUS[@]}"; cat e1)
  1
  1 0
  cut: write error: Broken pipe
  $ (trap '' PIPE; nl f 2>e1 | head -1; echo "${PIPESTATUS[@]}"; cat e1)
       1	1
  1 0
  nl: write error: Broken pipe
  $ (trap '' PIPE; cat f | tee /dev/null | head -1; echo "${PIPESTATUS[@]}")
  1
  0 0 0
  $ (trap '' PIPE; seq 100000 | tee -p /dev/null | head -1; echo "${PIPESTATUS[@]}")
  1
  0 0 0
  $ seq 100000 | tr 1 2 | head -1; echo "${PIPESTATUS[@]}"
  2
  141 141 0
  $ grep 1 f | head -1; echo "${PIPESTATUS[@]}"
  1
  141 0
  $ nl f | head -1; echo "${PIPESTATUS[@]}"
       1	1
  141 0
