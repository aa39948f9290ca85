tcpdump and a device that is down or goes away (libpcap's AF_PACKET socket: packet_do_bind() on a down device hooks nothing and sets sk_err ENETDOWN; packet_notifier unhooks the socket when the device goes down and hooks it again when it comes up): "That device is not up" at start, a capture that outlives a down/up flap, and "The interface disappeared" when the device is deleted.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b tcpdump -n -c 1 -i b0; echo rc=$?
  tcpdump: b0: That device is not up
  rc=1
  $ ip netns exec b tcpdump -n -c 1 -i b0 -w x.pcap; echo rc=$?
  tcpdump: b0: That device is not up
  rc=1
  $ ip netns exec b tcpdump -n -c 1 -i b0 -e arp 2>&1 | head -2
  tcpdump: b0: That device is not up
  $ ip -n b link set b0 up
  $ ip -n a link set a0 up
  $ ip netns exec b sh -c 'tcpdump -n -t -e -c 2 -i b0 arp; echo rc=$?' > out 2>&1 &
  $ sleep 1; ip -n b link set b0 down; sleep 1; ip -n b link set b0 up; sleep 1
  $ ip netns exec a arping -c 2 -w 3 -I a0 10.0.0.2 | tail -1
  Received 2 response(s)
  $ wait; cat out
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on b0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 (ff:ff:ff:ff:ff:ff) tell 10.0.0.1, length 28
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  rc=0
  $ ip netns exec b sh -c 'tcpdump -n -t -c 2 -i b0 arp; echo rc=$?' > out 2>&1 &
  $ sleep 1; ip -n a link del a0
  $ wait; cat out
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on b0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  tcpdump: pcap_loop: The interface disappeared
  0 packets captured
  0 packets received by filter
  0 packets dropped by kernel
  rc=1
  $ ip -n b link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
