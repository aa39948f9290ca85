Two hosts sharing a loopback address (10.0.0.7 on both lo): b's ping from it first asks ARP "who-has 10.0.0.1 tell 10.0.0.7", and a refuses that request as a martian (its own address as sender) unless accept_local, so b's neighbour entry fails; with accept_local a answers, takes the echo and sends the reply to itself through lo (tcpdump on lo sees it, b gets nothing). arp_announce=2 on b makes it ask from 10.0.0.2, which a answers anyway.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n a addr add 10.0.0.7/32 dev lo
  $ ip -n b addr add 10.0.0.2/24 dev b0; ip -n b addr add 10.0.0.7/32 dev lo
  $ ip netns exec a sh -c 'tcpdump -n -e -l -i a0 arp > a0.cap 2>/dev/null & tcpdump -n -l -i lo icmp > lo.cap 2>/dev/null & sleep 0.3'
  $ ip netns exec b ping -c 1 -W 1 -I 10.0.0.7 10.0.0.1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ sleep 3; ip -n b neigh show | sort
  10.0.0.1 dev b0 FAILED 
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.accept_local=1
  $ ip -n b neigh flush dev b0
  $ ip netns exec b ping -c 1 -W 1 -I 10.0.0.7 10.0.0.1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n b neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 REACHABLE 
  $ ip netns exec a nstat -az IcmpInEchos IcmpOutEchoReps IcmpInEchoReps IpInDelivers | tail -n +2
  IpInDelivers                    2                  0.0
  IcmpInEchos                     1                  0.0
  IcmpInEchoReps                  1                  0.0
  IcmpOutEchoReps                 1                  0.0
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.accept_local=0
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.arp_announce=2
  $ ip -n b neigh flush dev b0
  $ ip netns exec b ping -c 1 -W 1 -I 10.0.0.7 10.0.0.1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n b neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 REACHABLE 
  $ sleep 0.5; sed -E 's/^[0-9:.]+ //' a0.cap; sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id N/' lo.cap
  02:00:00:00:0b:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.1 tell 10.0.0.7, length 28
  02:00:00:00:0b:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.1 tell 10.0.0.7, length 28
  02:00:00:00:0b:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.1 tell 10.0.0.7, length 28
  02:00:00:00:0b:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.1 tell 10.0.0.7, length 28
  02:00:00:00:0a:01 > 02:00:00:00:0b:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.1 is-at 02:00:00:00:0a:01, length 28
  02:00:00:00:0b:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.1 tell 10.0.0.2, length 28
  02:00:00:00:0a:01 > 02:00:00:00:0b:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.1 is-at 02:00:00:00:0a:01, length 28
  IP 10.0.0.1 > 10.0.0.7: ICMP echo reply, id N, seq 1, length 64
