tcpdump shows what a fresh interface sends: MLDv2 reports behind a hop-by-hop router alert, the DAD neighbour solicitation from ::, and the router solicitation with the source link-layer address option.
  $ ip link add a0 address 02:00:00:00:00:a0 type veth peer name b0 address 02:00:00:00:00:b0
  $ ip link set b0 up
  $ sysctl -qw net.ipv6.conf.b0.disable_ipv6=1
  $ tcpdump -t -e -n -c 6 -i b0 > e.out 2>&1 &
  $ tcpdump -t -v -n -c 6 -i b0 -w v.pcap 2> /dev/null &
  $ sleep 0.2; ip link set a0 up; sleep 4; sort e.out
  0 packets dropped by kernel
  02:00:00:00:00:a0 > 33:33:00:00:00:02, ethertype IPv6 (0x86dd), length 70: fe80::ff:fe00:a0 > ff02::2: ICMP6, router solicitation, length 16
  02:00:00:00:00:a0 > 33:33:00:00:00:16, ethertype IPv6 (0x86dd), length 90: :: > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  02:00:00:00:00:a0 > 33:33:00:00:00:16, ethertype IPv6 (0x86dd), length 90: :: > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  02:00:00:00:00:a0 > 33:33:00:00:00:16, ethertype IPv6 (0x86dd), length 90: fe80::ff:fe00:a0 > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  02:00:00:00:00:a0 > 33:33:00:00:00:16, ethertype IPv6 (0x86dd), length 90: fe80::ff:fe00:a0 > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  02:00:00:00:00:a0 > 33:33:ff:00:00:a0, ethertype IPv6 (0x86dd), length 86: :: > ff02::1:ff00:a0: ICMP6, neighbor solicitation, who has fe80::ff:fe00:a0, length 32
  6 packets captured
  6 packets received by filter
  listening on b0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  $ tcpdump -t -v -n -r v.pcap 2>&1 | sort
  	  0x0000:  * (glob)
  	  source link-address option (1), length 8 (1): 02:00:00:00:00:a0
  	  unknown option (14), length 8 (1): 
  IP6 (hlim 1, next-header Options (0) payload length: 36) :: > ff02::16: HBH (rtalert: 0x0000) (padn) [icmp6 sum ok] ICMP6, multicast listener report v2, 1 group record(s) [gaddr ff02::1:ff00:a0 to_ex, 0 source(s)]
  IP6 (hlim 1, next-header Options (0) payload length: 36) :: > ff02::16: HBH (rtalert: 0x0000) (padn) [icmp6 sum ok] ICMP6, multicast listener report v2, 1 group record(s) [gaddr ff02::1:ff00:a0 to_ex, 0 source(s)]
  IP6 (hlim 1, next-header Options (0) payload length: 36) fe80::ff:fe00:a0 > ff02::16: HBH (rtalert: 0x0000) (padn) [icmp6 sum ok] ICMP6, multicast listener report v2, 1 group record(s) [gaddr ff02::1:ff00:a0 to_ex, 0 source(s)]
  IP6 (hlim 1, next-header Options (0) payload length: 36) fe80::ff:fe00:a0 > ff02::16: HBH (rtalert: 0x0000) (padn) [icmp6 sum ok] ICMP6, multicast listener report v2, 1 group record(s) [gaddr ff02::1:ff00:a0 to_ex, 0 source(s)]
  IP6 (hlim 255, next-header ICMPv6 (58) payload length: 16) fe80::ff:fe00:a0 > ff02::2: [icmp6 sum ok] ICMP6, router solicitation, length 16
  IP6 (hlim 255, next-header ICMPv6 (58) payload length: 32) :: > ff02::1:ff00:a0: [icmp6 sum ok] ICMP6, neighbor solicitation, length 32, who has fe80::ff:fe00:a0
  reading from file v.pcap, link-type EN10MB (Ethernet), snapshot length 262144
