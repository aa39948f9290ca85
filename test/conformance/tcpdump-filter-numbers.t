tcpdump filter expressions that libpcap refuses as it reads them: a number is stoulen()'s (0x hex, a leading 0 octal: 8 and 9 are not digits there, no value beyond 32 bits), a shift by a constant above 31 (gen_arth()), an IPv4 address under ip6 (gen_host()), broadcast or multicast under a protocol that has none (gen_broadcast(), gen_multicast()), and a keyword where `proto` wants a name (it must be escaped). Twelve hex digits are a MAC address ({B2}{3}), not a number.
  $ ip link set lo up
  $ tcpdump -n -i lo -c 1 'ether[0] = 08'
  tcpdump: number 08 contains non-octal digit
  [1]
  $ tcpdump -n -i lo -c 1 'ether[0] = 4294967296'
  tcpdump: number 4294967296 overflows 32 bits
  [1]
  $ tcpdump -n -i lo -c 1 'ether[0] = 0x100000000'
  tcpdump: number 0x100000000 overflows 32 bits
  [1]
  $ tcpdump -n -i lo -c 1 'ether[0] = 0777777777777'
  tcpdump: number 0777777777777 overflows 32 bits
  [1]
  $ tcpdump -n -i lo -c 1 'ether[0] = 010 and ether[1] = 09'
  tcpdump: number 09 contains non-octal digit
  [1]
  $ tcpdump -n -i lo -c 1 'port 99999999999'
  tcpdump: number 99999999999 overflows 32 bits
  [1]
  $ tcpdump -n -i lo -c 1 'ether[99999999999] = 1'
  tcpdump: number 99999999999 overflows 32 bits
  [1]
  $ tcpdump -n -i lo -c 1 'ip and ) 99999999999'
  tcpdump: can't parse filter expression: syntax error
  [1]
  $ tcpdump -n -i lo -c 1 'len << 32'
  tcpdump: shift by more than 31 bits
  [1]
  $ tcpdump -n -i lo -c 1 'ip[0] >> 32 = 0'
  tcpdump: shift by more than 31 bits
  [1]
  $ tcpdump -n -i lo -c 1 'ip6 host 10.0.0.1'
  tcpdump: 'ip6' modifier applied to ip host
  [1]
  $ tcpdump -n -i lo -c 1 'ip6 net 10.0.0.0/8'
  tcpdump: 'ip6' modifier applied to ip host
  [1]
  $ tcpdump -n -i lo -c 1 'tcp host 10.0.0.1'
  tcpdump: 'tcp' modifier applied to host
  [1]
  $ tcpdump -n -i lo -c 1 'tcp broadcast'
  tcpdump: only link-layer/IP broadcast filters supported
  [1]
  $ tcpdump -n -i lo -c 1 'ip6 broadcast'
  tcpdump: only link-layer/IP broadcast filters supported
  [1]
  $ tcpdump -n -i lo -c 1 'arp multicast'
  tcpdump: link-layer multicast filters supported only on ethernet/FDDI/token ring/ARCNET/802.11/ATM LANE/Fibre Channel
  [1]
  $ tcpdump -n -i lo -c 1 'udp multicast'
  tcpdump: link-layer multicast filters supported only on ethernet/FDDI/token ring/ARCNET/802.11/ATM LANE/Fibre Channel
  [1]
  $ tcpdump -n -i lo -c 1 'ip proto icmp'
  tcpdump: can't parse filter expression: syntax error
  [1]
  $ tcpdump -n -i lo -c 1 'proto udp'
  tcpdump: can't parse filter expression: syntax error
  [1]
  $ tcpdump -n -i lo -c 1 'ether proto ip'
  tcpdump: can't parse filter expression: syntax error
  [1]
  $ tcpdump -n -i lo -c 1 'ip proto \icmp6'
  tcpdump: unknown ip proto 'icmp6'
  [1]
  $ timeout 1 tcpdump -n -i lo -c 1 'ether proto \ip and ip proto \udp and ether[0] = 010 and ip[0] << 31 = 0 and ip multicast'; echo $?
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on lo, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  
  0 packets captured
  0 packets received by filter
  0 packets dropped by kernel
  124
  $ timeout 1 tcpdump -n -i lo -c 1 'ip6 multicast and ether[0:4] = 0037777777777 and not ether host 0011.2233.4455 and not ether src 001122334455'; echo $?
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on lo, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  
  0 packets captured
  0 packets received by filter
  0 packets dropped by kernel
  124
  $ tcpdump -n -i lo -c 1 'ether[0:4] = 037777777777'
  tcpdump: can't parse filter expression: syntax error
  [1]
