The first fragmented datagrams to an unresolved neighbour: the ARP exchange completes between two fragments (the peer answers in the softirq of the first transmission), so the order on the wire is the first fragment queued, the request, the reply, then the fragments; a UDP datagram through a router with tcpdump -i any.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a tcpdump -l -n -t -e -i a0 > a0.out 2> a0.err &
  $ ip netns exec r tcpdump -l -n -t -i any udp or arp > any.out 2> any.err &
  $ sleep 1
  $ ip netns exec a ping -c 1 -s 3000 10.1.0.1 | sed -n 2p | sed -E 's/time=[0-9.]+/time=T/'
  3008 bytes from 10.1.0.1: icmp_seq=1 ttl=64 time=T ms
  $ head -c 3000 /dev/zero | ip netns exec a nc -u -w1 -q1 -p 5555 10.2.0.2 9000
  $ sleep 0.5; kill %1 %2; wait
  $ sed -E 's/id [0-9]+/id N/g' a0.out
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.1.0.1 tell 10.1.0.2, length 28
  02:00:00:00:01:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Reply 10.1.0.1 is-at 02:00:00:00:01:01, length 28
  02:00:00:00:0a:01 > 02:00:00:00:01:01, ethertype IPv4 (0x0800), length 1514: 10.1.0.2 > 10.1.0.1: ICMP echo request, id N, seq 1, length 1480
  02:00:00:00:0a:01 > 02:00:00:00:01:01, ethertype IPv4 (0x0800), length 1514: 10.1.0.2 > 10.1.0.1: ip-proto-1
  02:00:00:00:0a:01 > 02:00:00:00:01:01, ethertype IPv4 (0x0800), length 82: 10.1.0.2 > 10.1.0.1: ip-proto-1
  02:00:00:00:01:01 > 02:00:00:00:0a:01, ethertype IPv4 (0x0800), length 1514: 10.1.0.1 > 10.1.0.2: ICMP echo reply, id N, seq 1, length 1480
  02:00:00:00:01:01 > 02:00:00:00:0a:01, ethertype IPv4 (0x0800), length 1514: 10.1.0.1 > 10.1.0.2: ip-proto-1
  02:00:00:00:01:01 > 02:00:00:00:0a:01, ethertype IPv4 (0x0800), length 82: 10.1.0.1 > 10.1.0.2: ip-proto-1
  02:00:00:00:0a:01 > 02:00:00:00:01:01, ethertype IPv4 (0x0800), length 1514: 10.1.0.2.5555 > 10.2.0.2.9000: UDP, length 3000
  02:00:00:00:0a:01 > 02:00:00:00:01:01, ethertype IPv4 (0x0800), length 1514: 10.1.0.2 > 10.2.0.2: ip-proto-17
  02:00:00:00:0a:01 > 02:00:00:00:01:01, ethertype IPv4 (0x0800), length 82: 10.1.0.2 > 10.2.0.2: ip-proto-17
  02:00:00:00:01:01 > 02:00:00:00:0a:01, ethertype IPv4 (0x0800), length 590: 10.2.0.2 > 10.1.0.2: ICMP 10.2.0.2 udp port 9000 unreachable, length 556
  $ cat any.out
  r0    B   ARP, Request who-has 10.1.0.1 tell 10.1.0.2, length 28
  r0    Out ARP, Reply 10.1.0.1 is-at 02:00:00:00:01:01, length 28
  r0    In  IP 10.1.0.2.5555 > 10.2.0.2.9000: UDP, length 3000
  r1    Out ARP, Request who-has 10.2.0.2 tell 10.2.0.1, length 28
  r1    In  ARP, Reply 10.2.0.2 is-at 02:00:00:00:0b:01, length 28
  r1    Out IP 10.1.0.2.5555 > 10.2.0.2.9000: UDP, length 3000
  r1    Out IP 10.1.0.2 > 10.2.0.2: ip-proto-17
  r0    In  IP 10.1.0.2 > 10.2.0.2: ip-proto-17
  r1    Out IP 10.1.0.2 > 10.2.0.2: ip-proto-17
  r1    Out IP 10.1.0.2 > 10.2.0.2: ip-proto-17
  r0    In  IP 10.1.0.2 > 10.2.0.2: ip-proto-17
  r1    Out IP 10.1.0.2 > 10.2.0.2: ip-proto-17
  $ ip -n a neigh show | sort
  10.1.0.1 dev a0 lladdr 02:00:00:00:01:01 REACHABLE 
