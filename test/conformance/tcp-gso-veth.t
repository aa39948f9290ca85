TCP segmentation offload on veth: a bulk transfer leaves the sender as
GSO skbs larger than the MTU (veth has NETIF_F_GSO_SOFTWARE), at most half
the congestion window each (tcp_cwnd_test), and the peer's tcpdump sees
the same skbs whole. nc writes 16384 bytes at a time.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b nc -l 5000 > got &
  $ sleep 0.5
  $ ip netns exec a tcpdump -n -t -i a0 -c 5 'tcp and src 10.0.0.1' > out 2> err &
  $ ip netns exec b tcpdump -n -t -i b0 -c 5 'tcp and src 10.0.0.1' > outb 2> errb &
  $ sleep 0.5
  $ (head -c 16384 /dev/zero; sleep 1) | (sleep 0.5; ip netns exec a nc -N -p 40000 10.0.0.2 5000)
  $ wait
  $ wc -c < got
  16384
  $ grep -v 'length 0' out
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [P.], seq *:*, ack *, win *, options [nop,nop,TS val * ecr *], length 7240 (glob)
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [P.], seq *:*, ack *, win *, options [nop,nop,TS val * ecr *], length 7240 (glob)
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [P.], seq *:*, ack *, win *, options [nop,nop,TS val * ecr *], length 1904 (glob)
  $ grep -v 'length 0' outb
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [P.], seq *:*, ack *, win *, options [nop,nop,TS val * ecr *], length 7240 (glob)
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [P.], seq *:*, ack *, win *, options [nop,nop,TS val * ecr *], length 7240 (glob)
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [P.], seq *:*, ack *, win *, options [nop,nop,TS val * ecr *], length 1904 (glob)
