Diagnostic tools aimed at the host's own addresses: traceroute and tracepath to a NIC address (one hop, itself), ping -R and ping -T tsonly over lo, a 65000-byte ping (one datagram on lo's 64 KiB MTU), ping -M do beyond a NIC's MTU to its own address, tcpdump -e on lo (zero MACs), and the broadcast ping of the host's own subnet.
  $ ip link add a0 address 02:00:00:00:00:a0 type veth peer name b0 address 02:00:00:00:00:b0
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ for d in lo a0 b0; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip link set a0 mtu 1400
  $ tcpdump -l -n -e -t -i lo > lo.txt 2>/dev/null & sleep 0.5
  $ traceroute -n -q 1 10.0.0.1 | sed -E 's/  [0-9.]+ ms//'
  traceroute to 10.0.0.1 (10.0.0.1), 30 hops max, 60 byte packets
   1  10.0.0.1
  $ tracepath -n 10.0.0.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1:  10.0.0.1                                              Tms reached
       Resume: pmtu 65535 hops 1 back 1 
  $ ping -c 1 -R 10.0.0.1 | grep -vE '^$|rtt|---'
  PING 10.0.0.1 (10.0.0.1) 56(124) bytes of data.
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  RR: 	10.0.0.1
  	10.0.0.1
  	10.0.0.1
  	10.0.0.1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -T tsonly 10.0.0.1 | grep -vE '^$|rtt|---|^	[0-9]+ (absolute|\+)' | sed -E 's/[0-9]+ absolute/N absolute/; s/^	[0-9]+$/	N/'
  PING 10.0.0.1 (10.0.0.1) 56(124) bytes of data.
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  TS: 	N absolute
  	N
  	N
  	N
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -s 65000 10.0.0.1 | grep -vE '^$|rtt|---'
  PING 10.0.0.1 (10.0.0.1) 65000(65028) bytes of data.
  65008 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -M do -s 3000 10.0.0.1 | grep -vE '^$|rtt|---'
  PING 10.0.0.1 (10.0.0.1) 3000(3028) bytes of data.
  3008 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -s 65508 10.0.0.1 2>&1 | grep -vE '^$|rtt|---'
  PING 10.0.0.1 (10.0.0.1) 65508(65536) bytes of data.
  ping: local error: message too long, mtu=65535
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  $ sleep 0.3; kill %1; wait
  $ grep -c 'echo request' lo.txt
  4
  $ grep 'ICMP echo request' lo.txt | sed -E 's/, id [0-9]+, seq/, seq/' | head -2
  00:00:00:00:00:00 > 00:00:00:00:00:00, ethertype IPv4 (0x0800), length 138: 10.0.0.1 > 10.0.0.1: ICMP echo request, seq 1, length 64
  00:00:00:00:00:00 > 00:00:00:00:00:00, ethertype IPv4 (0x0800), length 138: 10.0.0.1 > 10.0.0.1: ICMP echo request, seq 1, length 64
  $ grep -E 'UDP|udp' lo.txt | head -2 | sed -E 's/\.[0-9]+ > /.P > /; s/\.[0-9]+: /.Q: /'
  00:00:00:00:00:00 > 00:00:00:00:00:00, ethertype IPv4 (0x0800), length 74: 10.0.0.1.P > 10.0.0.1.Q: UDP, length 32
  00:00:00:00:00:00 > 00:00:00:00:00:00, ethertype IPv4 (0x0800), length 102: 10.0.0.P > 10.0.0.Q: ICMP 10.0.0.1 udp port 33434 unreachable, length 68
  $ ip -s link show lo | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
          205087      42      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
          205087      42      0       0       0       0 
  $ ping -c 1 -W 1 -b 10.0.0.255 2>&1 | grep -vE '^$|rtt|---'
  WARNING: pinging broadcast address
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ping -c 1 -W 1 -b 10.0.0.255 2>&1 | grep -vE '^$|rtt|---'
  WARNING: pinging broadcast address
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -s link show a0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             196       2      0       0       0       0 


