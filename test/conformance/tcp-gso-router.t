GSO skbs through a router: a sends TSO skbs over veth; r forwards them
whole onto a link whose MTU fits a segment, NATs them (MASQUERADE rewrites
address and checksum over the whole payload), and when the next link's MTU
is smaller than a segment answers with frag-needed (DF), so a's path MTU
drops and its segments shrink. tcpdump on each link sees the GSO skbs whole.
a runs reno (a new namespace inherits the host's default, BBR on the recording
kernel, whose cwnd differs): the resent window is cwnd 10 of the new MSS, so
the second lost skb goes as 5392 bytes now and its last 1848 after the ACKs.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:0a:02
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name rb netns r address 02:00:00:00:0b:02
  $ ip -n a link set a0 up
  $ ip -n r link set ra up
  $ ip -n r link set rb up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.1/24 dev a0
  $ ip -n r addr add 10.0.1.2/24 dev ra
  $ ip -n r addr add 10.0.2.2/24 dev rb
  $ ip -n b addr add 10.0.2.1/24 dev b0
  $ ip -n a route add default via 10.0.1.2
  $ ip -n b route add default via 10.0.2.2
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec r iptables -t nat -A POSTROUTING -o rb -j MASQUERADE
  $ ip netns exec b nc -l 5000 > got &
  $ sleep 0.5
  $ ip netns exec b tcpdump -n -t -i b0 -c 5 'tcp and dst 10.0.2.1' > outb 2> errb &
  $ sleep 0.5
  $ (head -c 16384 /dev/zero; sleep 1) | (sleep 0.5; ip netns exec a nc -N -p 40000 10.0.2.1 5000)
  $ wait
  $ wc -c < got
  16384
  $ grep -v 'length 0' outb | sed -E 's/, seq.*length/ length/'
  IP 10.0.2.2.40000 > 10.0.2.1.5000: Flags [P.] length 7240
  IP 10.0.2.2.40000 > 10.0.2.1.5000: Flags [P.] length 7240
  IP 10.0.2.2.40000 > 10.0.2.1.5000: Flags [P.] length 1904
  $ ip -n r link set rb mtu 1400
  $ ip netns exec b nc -l 5000 > got &
  $ sleep 0.5
  $ ip netns exec b tcpdump -n -t -i b0 -c 6 'tcp and dst 10.0.2.1' > outb 2> errb &
  $ sleep 0.5
  $ (head -c 16384 /dev/zero; sleep 1) | (sleep 0.5; ip netns exec a nc -N -p 40001 10.0.2.1 5000)
  $ wait
  $ wc -c < got
  16384
  $ grep -v 'length 0' outb | sed -E 's/, seq.*length/ length/'
  IP 10.0.2.2.40001 > 10.0.2.1.5000: Flags [P.] length 7240
  IP 10.0.2.2.40001 > 10.0.2.1.5000: Flags [P.] length 5392
  IP 10.0.2.2.40001 > 10.0.2.1.5000: Flags [P.] length 1848
  IP 10.0.2.2.40001 > 10.0.2.1.5000: Flags [P.] length 1904
  $ ip -n a route get 10.0.2.1 | sed -n 2p
      cache expires *sec mtu 1400  (glob)
  $ ip netns exec r nstat -az IpFragFails IcmpOutDestUnreachs | tail -n +2
  IpFragFails                     2                  0.0
  IcmpOutDestUnreachs             2                  0.0
