tcpdump catches SIGPIPE (cleanup(): pcap_breakloop()): with -l each packet's line is written at once, and the first one into a pipe with no reader fails (EPIPE): ndo_printf() ends tcpdump with "Unable to write output" and status 14 (S_ERR_ND_WRITE_FILE), no statistics. Without -l the lines wait in stdio's buffer and exit()'s flush fails unseen: status 0.
  $ ip link set lo up
  $ (sleep 0.5; ping -c 4 -i 0.2 127.0.0.1 >/dev/null) & tcpdump -nli lo -c 3 icmp 2>err | true; echo "${PIPESTATUS[@]}"; wait; cat err
  14 0
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on lo, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  tcpdump: Unable to write output: Broken pipe
  $ (sleep 0.5; ping -c 4 -i 0.2 127.0.0.1 >/dev/null) & tcpdump -ni lo -c 3 icmp 2>err | true; echo "${PIPESTATUS[@]}"; wait; cat err
  0 0
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on lo, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  3 packets captured
  12 packets received by filter
  0 packets dropped by kernel
  $ (sleep 0.5; ping -c 4 -i 0.2 127.0.0.1 >/dev/null) & (trap '' PIPE; tcpdump -nli lo -c 3 icmp 2>err | true; echo "${PIPESTATUS[@]}"); wait; cat err
  14 0
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on lo, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  tcpdump: Unable to write output: Broken pipe
