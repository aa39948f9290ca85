A process a signal kills ends there, with 128 + the signal: SIGPIPE from its own write into a pipe with no reader (seq, cat, ping's stdio block or flood mark, nc's pump), SIGKILL while it runs or waits (ping, nc, socat, tcpdump); SIGTERM from timeout to a flood ping on lo, whose replies come at once.
  $ ip link set lo up
  $ seq inf | head -2; echo "${PIPESTATUS[@]}"
  1
  2
  141 0
  $ cat /dev/zero | head -c 10 | wc -c; echo "${PIPESTATUS[@]}"
  10
  141 0 0
  $ ping -f -c 100 127.0.0.1 | true; echo "${PIPESTATUS[@]}"
  141 0
  $ ping -c 300 -i 0.002 127.0.0.1 | head -1; echo "${PIPESTATUS[@]}"
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  141 0
  $ { nc -l 5558 | true; echo "${PIPESTATUS[@]}"; } & sleep 0.5; echo hi | nc -N 127.0.0.1 5558; wait
  0 0
  $ ping -c 5 127.0.0.1 >/dev/null & sleep 1.5; { kill -9 $!; wait $!; } 2>/dev/null; echo $?
  137
  $ nc -l 5555 >/dev/null & sleep 1; { kill -9 $!; wait $!; } 2>/dev/null; echo $?
  137
  $ socat TCP-LISTEN:5556 - >/dev/null & sleep 1; { kill -9 $!; wait $!; } 2>/dev/null; echo $?
  137
  $ tcpdump -ni lo >/dev/null 2>&1 & sleep 1; { kill -9 $!; wait $!; } 2>/dev/null; echo $?
  137
  $ ping -c 3 127.0.0.1 >/dev/null & sleep 0.5; kill -TERM $!; wait $!; echo $?
  143
  $ timeout 1 ping -f 127.0.0.1 >/dev/null; echo $?
  124
