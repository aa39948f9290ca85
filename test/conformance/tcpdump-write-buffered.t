tcpdump -w writes its savefile through stdio: the file is created empty when the capture opens, then grows a 4096-byte block at a time while the capture runs (a concurrent tcpdump -r sees the packets of those blocks and the truncated record after them), the rest at the end; -U writes each packet out at once; SIGKILL leaves only the whole blocks.
  $ ip link set lo up
  $ tcpdump -i lo -w small.pcap icmp 2>/dev/null & sleep 0.5; wc -c < small.pcap; ping -c 3 -i 0.2 -q 127.0.0.1 >/dev/null; sleep 0.5; wc -c < small.pcap; tcpdump -r small.pcap -n 2>&1; echo $?; kill -INT $!; wait; wc -c < small.pcap; tcpdump -r small.pcap -n 2>&1 | wc -l
  0
  0
  tcpdump: truncated dump file; tried to read 4 file header bytes, only got 0
  1
  708
  7
  $ tcpdump -i lo -U -w each.pcap icmp 2>/dev/null & sleep 0.5; ping -c 3 -i 0.2 -q 127.0.0.1 >/dev/null; sleep 0.5; wc -c < each.pcap; kill $!; wait; wc -c < each.pcap
  708
  708
  $ tcpdump -i lo -w big.pcap icmp & sleep 0.5; ping -c 40 -i 0.01 -q 127.0.0.1 >/dev/null; sleep 1.5; wc -c < big.pcap; tcpdump -r big.pcap -n 2>/dev/null | wc -l; tcpdump -r big.pcap -n 2>&1 >/dev/null | tail -1; tcpdump -r big.pcap -n >/dev/null 2>&1; echo $?; kill -9 $!; wait; wc -c < big.pcap
  tcpdump: listening on lo, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  8192
  71
  tcpdump: pcap_loop: truncated dump file; tried to read 98 captured bytes, only got 58
  1
  bash: line *: * Killed                  tcpdump -i lo -w big.pcap icmp (glob)
  8192
  $ tcpdump -i lo -w /nonexistent/x.pcap; echo $?
  tcpdump: /nonexistent/x.pcap: No such file or directory
  1
  $ tcpdump -r big.pcap -c 3 -n 2>/dev/null | wc -l; echo "${PIPESTATUS[0]}"
  3
  0
