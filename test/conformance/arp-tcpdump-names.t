tcpdump without -n names link addresses (etheraddr_string): ff:ff:ff:ff:ff:ff is "Broadcast", any other MAC is followed by its OUI's name from tcpdump's table ("Ethernet" for 00:00:00, "IANA" for 00:00:5e, "Cisco" for 00:00:0c, "Unknown" for most), in the -e header and in ARP requests and replies; -n prints them bare.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 00:00:00:aa:bb:cc type veth peer name b0 netns b address 00:00:5e:00:01:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b tcpdump -e -c 4 -t -i b0 > dump 2>/dev/null &
  $ sleep 1; ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null
  $ wait; cat dump
  00:00:00:aa:bb:cc (oui Ethernet) > Broadcast, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  00:00:5e:00:01:01 (oui IANA) > 00:00:00:aa:bb:cc (oui Ethernet), ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 00:00:5e:00:01:01 (oui IANA), length 28
  00:00:00:aa:bb:cc (oui Ethernet) > 00:00:5e:00:01:01 (oui IANA), ethertype IPv4 (0x0800), length 98: 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  00:00:5e:00:01:01 (oui IANA) > 00:00:00:aa:bb:cc (oui Ethernet), ethertype IPv4 (0x0800), length 98: 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  $ ip -n a link set a0 address 00:00:0c:12:34:56
  $ ip netns exec b tcpdump -e -c 2 -t -i b0 arp > dump 2>/dev/null &
  $ sleep 1; ip netns exec a arping -c 1 -w 1 -I a0 10.0.0.2 > /dev/null
  $ wait; cat dump
  00:00:0c:12:34:56 (oui Cisco) > Broadcast, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 (Broadcast) tell 10.0.0.1, length 28
  00:00:5e:00:01:01 (oui IANA) > 00:00:0c:12:34:56 (oui Cisco), ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 00:00:5e:00:01:01 (oui IANA), length 28
  $ ip -n a link set a0 address 02:42:ac:11:00:02
  $ ip netns exec b tcpdump -e -c 3 -t -i b0 arp > dump 2>/dev/null &
  $ sleep 1; ip netns exec a arping -D -c 1 -w 1 -I a0 10.0.0.2 > /dev/null; ip netns exec a arping -U -c 1 -I a0 10.0.0.1 > /dev/null
  $ wait; cat dump
  02:42:ac:11:00:02 (oui Unknown) > Broadcast, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 (Broadcast) tell 0.0.0.0, length 28
  00:00:5e:00:01:01 (oui IANA) > 02:42:ac:11:00:02 (oui Unknown), ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 00:00:5e:00:01:01 (oui IANA), length 28
  02:42:ac:11:00:02 (oui Unknown) > Broadcast, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.1 (Broadcast) tell 10.0.0.1, length 28
  $ ip netns exec b tcpdump -e -q -c 2 -t -i b0 arp > dump 2>/dev/null &
  $ sleep 1; ip netns exec a arping -c 1 -w 1 -I a0 10.0.0.2 > /dev/null
  $ wait; cat dump
  02:42:ac:11:00:02 (oui Unknown) > Broadcast, ARP, length 42: Request who-has 10.0.0.2 (Broadcast) tell 10.0.0.1, length 28
  00:00:5e:00:01:01 (oui IANA) > 02:42:ac:11:00:02 (oui Unknown), ARP, length 42: Reply 10.0.0.2 is-at 00:00:5e:00:01:01 (oui IANA), length 28
  $ ip netns exec b tcpdump -e -n -c 2 -t -i b0 arp > dump 2>/dev/null &
  $ sleep 1; ip netns exec a arping -c 1 -w 1 -I a0 10.0.0.2 > /dev/null
  $ wait; cat dump
  02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 (ff:ff:ff:ff:ff:ff) tell 10.0.0.1, length 28
  00:00:5e:00:01:01 > 02:42:ac:11:00:02, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 00:00:5e:00:01:01, length 28
  $ ip -n a link set a0 address 00:80:c2:00:00:09
  $ ip netns exec b tcpdump -e -c 2 -t -i b0 arp > dump 2>/dev/null &
  $ sleep 1; ip netns exec a arping -c 1 -w 1 -I a0 10.0.0.2 > /dev/null
  $ wait; cat dump
  00:80:c2:00:00:09 (oui Ethernet bridged) > Broadcast, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 (Broadcast) tell 10.0.0.1, length 28
  00:00:5e:00:01:01 (oui IANA) > 00:80:c2:00:00:09 (oui Ethernet bridged), ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 00:00:5e:00:01:01 (oui IANA), length 28
  $ ip netns exec b tcpdump -e -c 2 -t -i any arp > dump 2>/dev/null &
  $ sleep 1; ip netns exec a arping -c 1 -w 1 -I a0 10.0.0.2 > /dev/null
  $ wait; cat dump
  b0    B   ifindex 2 00:80:c2:00:00:09 (oui Ethernet bridged) ethertype ARP (0x0806), length 48: Request who-has 10.0.0.2 (Broadcast) tell 10.0.0.1, length 28
  b0    Out ifindex 2 00:00:5e:00:01:01 (oui IANA) ethertype ARP (0x0806), length 48: Reply 10.0.0.2 is-at 00:00:5e:00:01:01 (oui IANA), length 28
