tcpdump filters and -e -n -v -c -q -t on a bridge-less veth pair.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for n in a b; do ip -n $n link set lo up; ip -n $n link set ${n}0 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b tcpdump -i b0 -n -t -c 4 -l icmp > d1.txt 2> e1.txt &
  $ ip netns exec b tcpdump -i b0 -e -n -t -c 2 -l arp > d2.txt 2>/dev/null &
  $ ip netns exec b tcpdump -i b0 -q -n -t -c 2 -l udp > d3.txt 2>/dev/null &
  $ ip netns exec b tcpdump -i b0 -v -n -t -c 2 -l 'icmp[icmptype] = icmp-echo' > d4.txt 2>/dev/null &
  $ ip netns exec b tcpdump -i b0 -n -t -c 1 -l 'udp and dst port 5001 and src host 10.0.0.1' > d5.txt 2>/dev/null &
  $ ip netns exec b tcpdump -i b0 -n -t -c 1 -l 'greater 1000' > d6.txt 2>/dev/null &
  $ ip netns exec b tcpdump -i b0 -n -t -c 1 -l 'len >= 1000 and icmp' > d7.txt 2>/dev/null &
  $ ip netns exec b tcpdump -i b0 -n -t -c 2 -l 'less 100 and not arp' > d8.txt 2>/dev/null &
  $ sleep 1
  $ ip netns exec a ping -c 2 -i 0.2 10.0.0.2 > /dev/null
  $ ip netns exec a sh -c 'echo hi | nc -u -w 1 -p 40000 10.0.0.2 5000'
  $ ip netns exec a sh -c 'echo hi | nc -u -w 1 -p 40001 10.0.0.2 5001'
  $ ip netns exec a ping -c 1 -s 1200 10.0.0.2 > /dev/null
  $ sleep 1
  $ cat d1.txt | sed -E 's/id [0-9]+/id N/'
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id N, seq 1, length 64
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id N, seq 1, length 64
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id N, seq 2, length 64
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id N, seq 2, length 64
  $ sed -E 's/^[0-9]+ packets received/N packets received/' e1.txt
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on b0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  4 packets captured
  N packets received by filter
  0 packets dropped by kernel
  $ cat d2.txt
  02:00:00:00:00:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  02:00:00:00:00:02 > 02:00:00:00:00:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:00:02, length 28
  $ cat d3.txt
  IP 10.0.0.1.40000 > 10.0.0.2.5000: UDP, length 3
  IP 10.0.0.1.40001 > 10.0.0.2.5001: UDP, length 3
  $ cat d4.txt | sed -E 's/id [0-9]+/id N/; s/ id [0-9]+,/ id N,/'
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.0.0.2: ICMP echo request, id N, seq 1, length 64
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.0.0.2: ICMP echo request, id N, seq 2, length 64
  $ cat d5.txt
  IP 10.0.0.1.40001 > 10.0.0.2.5001: UDP, length 3
  $ cat d6.txt | sed -E 's/id [0-9]+/id N/'
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id N, seq 1, length 1208
  $ cat d7.txt d8.txt | sed -E 's/id [0-9]+/id N/'
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id N, seq 1, length 1208
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id N, seq 1, length 64
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id N, seq 1, length 64
  $ ip netns exec b tcpdump -i b0 -n 'bogus filter'
  tcpdump: can't parse filter expression: syntax error
  [1]
  $ ip netns exec b tcpdump -i nosuch -n
  tcpdump: nosuch: No such device exists
  (No such device exists)
  [1]
  $ ip netns exec b tcpdump -i b0 -c abc
  tcpdump: invalid packet count abc
  [1]
  $ ip netns exec b tcpdump -i b0 -n -c 1 'port 99999'
  tcpdump: illegal port number 99999 > 65535
  [1]

