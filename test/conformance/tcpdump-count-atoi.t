tcpdump -c takes atoi(optarg) and refuses a count <= 0: digits up to the first other character count ("10x", "1e3", " 5", "+5"), "0x10" is 0, and strtol's long is cut to an int (2147483648 and 4294967296 are refused, -2147483649 is 2147483647, 18446744073709551616 saturates to -1).
  $ ip link set lo up
  $ for c in -2147483649 18446744073709551616 4294967296 2147483648 2147483647 0x10 10x 1e3 " 5" +5 -0 0; do timeout 1 tcpdump -c "$c" -ni lo 2>&1 | grep -v listening; echo "$c ${PIPESTATUS[0]}"; done
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  
  0 packets captured
  0 packets received by filter
  0 packets dropped by kernel
  -2147483649 124
  tcpdump: invalid packet count 18446744073709551616
  18446744073709551616 1
  tcpdump: invalid packet count 4294967296
  4294967296 1
  tcpdump: invalid packet count 2147483648
  2147483648 1
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  
  0 packets captured
  0 packets received by filter
  0 packets dropped by kernel
  2147483647 124
  tcpdump: invalid packet count 0x10
  0x10 1
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  
  0 packets captured
  0 packets received by filter
  0 packets dropped by kernel
  10x 124
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  
  0 packets captured
  0 packets received by filter
  0 packets dropped by kernel
  1e3 124
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  
  0 packets captured
  0 packets received by filter
  0 packets dropped by kernel
   5 124
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  
  0 packets captured
  0 packets received by filter
  0 packets dropped by kernel
  +5 124
  tcpdump: invalid packet count -0
  -0 1
  tcpdump: invalid packet count 0
  0 1
