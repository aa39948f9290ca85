netstat -c repeats its listing every second and flushes it (wait_continous()): once the reader of its pipe is gone, the next listing's write kills it with SIGPIPE (status 141); with SIGPIPE ignored the write fails and it goes on, until killed.
  $ ip link set lo up
  $ netstat -c -r | head -c 6; echo " ${PIPESTATUS[@]}"
  Kernel 141 0
  $ netstat -c -i | head -n 1; echo "${PIPESTATUS[@]}"
  Kernel Interface table
  141 0
  $ netstat -c -t | true; echo "${PIPESTATUS[@]}"
  141 0
  $ (trap '' PIPE; timeout 3 netstat -c -r | true; echo "${PIPESTATUS[@]}")
  124 0
