The first MLDv2 report of a link coming up, byte for byte: its ICMPv6 checksum over the pseudo-header (RFC 4443 2.3, csum_ipv6_magic()) as the kernel writes it and tcpdump -vv checks it.
  $ ip link add va address 02:00:00:00:00:01 type veth peer name vb address 02:00:00:00:00:02
  $ ip link set vb up
  $ timeout 3 tcpdump -i vb -vv -xx -c 1 ip6 2>/dev/null &
  $ sleep 0.5
  $ ip link set va up
  $ sleep 3
  *:*:*.* IP6 (hlim 1, next-header Options (0) payload length: 36) :: > ff02::16: HBH (rtalert: 0x0000) (padn) [icmp6 sum ok] ICMP6, multicast listener report v2, 1 group record(s) [gaddr ff02::1:ff00:2 to_ex { }] (glob)
  	0x0000:  3333 0000 0016 0200 0000 0002 86dd 6000
  	0x0010:  0000 0024 0001 0000 0000 0000 0000 0000
  	0x0020:  0000 0000 0000 ff02 0000 0000 0000 0000
  	0x0030:  0000 0000 0016 3a00 0502 0000 0100 8f00
  	0x0040:  6f88 0000 0001 0400 0000 ff02 0000 0000
  	0x0050:  0000 0000 0001 ff00 0002
