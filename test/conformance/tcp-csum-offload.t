A TCP sender on a veth leaves the payload checksum to the device
(CHECKSUM_PARTIAL, __tcp_v4_send_check()): the TCP checksum field holds
only the pseudo-header sum, so tcpdump -v on either end of the veth pair
prints it as incorrect, while the receiver trusts it (skb_csum_unnecessary())
and gets the data. The IP header checksum is complete.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b nc -l 5000 > got &
  $ sleep 0.5
  $ ip netns exec a tcpdump -v -n -t -i a0 -c 4 tcp > outa 2> erra &
  $ ip netns exec b tcpdump -v -n -t -i b0 -c 4 tcp > outb 2> errb &
  $ sleep 0.5
  $ printf 'hello' | ip netns exec a nc -N -p 40000 10.0.0.2 5000
  $ wait
  $ cat got; echo
  hello
  $ cat outa
  IP (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto TCP (6), length 60) (glob)
      10.0.0.1.40000 > 10.0.0.2.5000: Flags [S], cksum 0x1431 (incorrect -> 0x*), seq *, win 64240, options [mss 1460,sackOK,TS val * ecr *,nop,wscale *], length 0 (glob)
  IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.5000 > 10.0.0.1.40000: Flags [S.], cksum 0x1431 (incorrect -> 0x*), seq *, ack *, win 65160, options [mss 1460,sackOK,TS val * ecr *,nop,wscale *], length 0 (glob)
  IP (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto TCP (6), length 52) (glob)
      10.0.0.1.40000 > 10.0.0.2.5000: Flags [.], cksum 0x1429 (incorrect -> 0x*), ack 1, win *, options [nop,nop,TS val * ecr *], length 0 (glob)
  IP (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto TCP (6), length 57) (glob)
      10.0.0.1.40000 > 10.0.0.2.5000: Flags [P.], cksum 0x142e (incorrect -> 0x*), seq 1:6, ack 1, win *, options [nop,nop,TS val * ecr *], length 5 (glob)
  $ cat outb
  IP (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto TCP (6), length 60) (glob)
      10.0.0.1.40000 > 10.0.0.2.5000: Flags [S], cksum 0x1431 (incorrect -> 0x*), seq *, win 64240, options [mss 1460,sackOK,TS val * ecr *,nop,wscale *], length 0 (glob)
  IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.5000 > 10.0.0.1.40000: Flags [S.], cksum 0x1431 (incorrect -> 0x*), seq *, ack *, win 65160, options [mss 1460,sackOK,TS val * ecr *,nop,wscale *], length 0 (glob)
  IP (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto TCP (6), length 52) (glob)
      10.0.0.1.40000 > 10.0.0.2.5000: Flags [.], cksum 0x1429 (incorrect -> 0x*), ack 1, win *, options [nop,nop,TS val * ecr *], length 0 (glob)
  IP (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto TCP (6), length 57) (glob)
      10.0.0.1.40000 > 10.0.0.2.5000: Flags [P.], cksum 0x142e (incorrect -> 0x*), seq 1:6, ack 1, win *, options [nop,nop,TS val * ecr *], length 5 (glob)
  $ ip netns exec b nstat -az TcpInCsumErrors
  #kernel
  TcpInCsumErrors                 0                  0.0
