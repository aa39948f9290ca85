tcpdump prints through stdio: into a pipe or a file its stdout is fully buffered in 4096-byte blocks (st_blksize), each written out as it fills, the rest at exit; -l makes it line buffered; -U only flushes a -w savefile after each packet, printed lines stay buffered. A block written into a pipe with no reader fails (EPIPE: tcpdump catches SIGPIPE): "Unable to write output", status 14. SIGKILL loses what the buffer held.
  $ ip link set lo up
  $ (sleep 1; ping -c 200 -i 0.01 127.0.0.1 >/dev/null) & tcpdump -tnni lo icmp 2>err | head -3; echo "${PIPESTATUS[@]}"; wait; cat err
  IP 127.0.0.1 > 127.0.0.1: ICMP echo request, id *, seq 1, length 64 (glob)
  IP 127.0.0.1 > 127.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  IP 127.0.0.1 > 127.0.0.1: ICMP echo request, id *, seq 2, length 64 (glob)
  14 0
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on lo, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  tcpdump: Unable to write output: Broken pipe
  $ (sleep 1; ping -c 2 -i 0.01 127.0.0.1 >/dev/null) & tcpdump -tnni lo -c 4 icmp 2>err | head -1; echo "${PIPESTATUS[@]}"; wait; cat err
  IP 127.0.0.1 > 127.0.0.1: ICMP echo request, id *, seq 1, length 64 (glob)
  0 0
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on lo, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  4 packets captured
  8 packets received by filter
  0 packets dropped by kernel
  $ tcpdump -tnni lo icmp >f 2>err & sleep 1; ping -c 30 -i 0.01 127.0.0.1 >/dev/null; sleep 2.5; wc -c <f; kill -INT $!; wait $!; echo $?; wc -c <f; tail -1 f; cat err
  4096
  0
  4303
  
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on lo, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  60 packets captured
  120 packets received by filter
  0 packets dropped by kernel
  $ tcpdump -tnni lo icmp >f 2>err & sleep 1; ping -c 30 -i 0.01 127.0.0.1 >/dev/null; sleep 2.5; wc -c <f; { kill -9 $!; wait $!; } 2>/dev/null; echo $?; wc -c <f
  4096
  137
  4096
  $ tcpdump -tlnni lo icmp >f 2>err & sleep 1; ping -c 3 -i 0.01 127.0.0.1 >/dev/null; sleep 2.5; wc -l <f; { kill -9 $!; wait $!; } 2>/dev/null; echo $?; wc -l <f
  6
  137
  6
  $ tcpdump -tUnni lo icmp >f 2>err & sleep 1; ping -c 3 -i 0.01 127.0.0.1 >/dev/null; sleep 2.5; wc -l <f; { kill -9 $!; wait $!; } 2>/dev/null; echo $?; wc -l <f
  0
  137
  0
  $ tcpdump -tnni lo icmp >f 2>err & sleep 1; ping -c 3 -i 0.01 127.0.0.1 >/dev/null; sleep 2.5; wc -l <f; kill -TERM $!; wait $!; echo $?; wc -l <f
  0
  0
  7
