What tcpdump prints for each kind of ARP packet at -v, -vv, -q and -x: a request and its reply, a DAD probe (arping -D: sender 0.0.0.0) and the reply to it, an announcement (arping -U: sender and target the same) and a gratuitous reply (arping -A).
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b tcpdump -n -v -t -c 2 -i b0 arp > dump 2>/dev/null & sleep 1
  $ ip netns exec a arping -q -c 1 -I a0 10.0.0.2; echo $?
  0
  $ wait; cat dump
  ARP, Ethernet (len 6), IPv4 (len 4), Request who-has 10.0.0.2 (ff:ff:ff:ff:ff:ff) tell 10.0.0.1, length 28
  ARP, Ethernet (len 6), IPv4 (len 4), Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  $ ip netns exec b tcpdump -n -vv -e -t -c 2 -i b0 arp > dump 2>/dev/null & sleep 1
  $ ip netns exec a arping -q -D -c 1 -I a0 10.0.0.2; echo $?
  1
  $ wait; cat dump
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Ethernet (len 6), IPv4 (len 4), Request who-has 10.0.0.2 (ff:ff:ff:ff:ff:ff) tell 0.0.0.0, length 28
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Ethernet (len 6), IPv4 (len 4), Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  $ ip netns exec b tcpdump -n -q -t -c 2 -i b0 arp > dump 2>/dev/null & sleep 1
  $ ip netns exec a arping -q -U -c 1 -I a0 10.0.0.1; echo $?
  0
  $ ip netns exec a arping -q -A -c 1 -I a0 10.0.0.1; echo $?
  0
  $ wait; cat dump
  ARP, Request who-has 10.0.0.1 (ff:ff:ff:ff:ff:ff) tell 10.0.0.1, length 28
  ARP, Reply 10.0.0.1 is-at 02:00:00:00:0a:01, length 28
  $ ip netns exec b tcpdump -n -x -t -c 2 -i b0 arp > dump 2>/dev/null & sleep 1
  $ ip netns exec a arping -q -c 1 -I a0 10.0.0.2; echo $?
  0
  $ wait; cat dump
  ARP, Request who-has 10.0.0.2 (ff:ff:ff:ff:ff:ff) tell 10.0.0.1, length 28
  	0x0000:  0001 0800 0604 0001 0200 0000 0a01 0a00
  	0x0010:  0001 ffff ffff ffff 0a00 0002
  ARP, Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  	0x0000:  0001 0800 0604 0002 0200 0000 0b01 0a00
  	0x0010:  0002 0200 0000 0a01 0a00 0001
  $ ip netns exec b tcpdump -n -e -xx -t -c 1 -i b0 arp > dump 2>/dev/null & sleep 1
  $ ip netns exec a arping -q -D -c 1 -I a0 10.0.0.9; echo $?
  0
  $ wait; cat dump
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.9 (ff:ff:ff:ff:ff:ff) tell 0.0.0.0, length 28
  	0x0000:  ffff ffff ffff 0200 0000 0a01 0806 0001
  	0x0010:  0800 0604 0001 0200 0000 0a01 0000 0000
  	0x0020:  ffff ffff ffff 0a00 0009
  $ ip netns exec b tcpdump -n -A -t -c 1 -i b0 arp > dump 2>/dev/null & sleep 1
  $ ip netns exec a arping -q -U -c 1 -I a0 10.0.0.1; echo $?
  0
  $ wait; cat dump
  ARP, Request who-has 10.0.0.1 (ff:ff:ff:ff:ff:ff) tell 10.0.0.1, length 28
  ............
  .
  .........
  ...
