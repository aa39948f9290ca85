tcpdump's TCP text: relative sequence numbers per conversation (absolute
with -S), the SYN options, -v checksums, and host/port names from
/etc/hosts and /etc/services without -n.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b nc -l 5000 > got &
  $ sleep 0.5
  $ ip netns exec a tcpdump -n -t -i a0 -c 4 tcp > out 2> err &
  $ sleep 0.5
  $ printf 'hello' | ip netns exec a nc -N -p 40000 10.0.0.2 5000
  $ wait
  $ cat got; echo
  hello
  $ cat out
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [S], seq *, win 64240, options [mss 1460,sackOK,TS val * ecr 0,nop,wscale *], length 0 (glob)
  IP 10.0.0.2.5000 > 10.0.0.1.40000: Flags [S.], seq *, ack *, win 65160, options [mss 1460,sackOK,TS val * ecr *,nop,wscale *], length 0 (glob)
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [.], ack 1, win *, options [nop,nop,TS val * ecr *], length 0 (glob)
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [P.], seq 1:6, ack 1, win *, options [nop,nop,TS val * ecr *], length 5 (glob)
  $ ip netns exec b nc -l 5000 > got &
  $ sleep 0.5
  $ ip netns exec a tcpdump -S -n -t -i a0 -c 4 tcp > out 2> err &
  $ sleep 0.5
  $ printf 'hello' | ip netns exec a nc -N -p 40001 10.0.0.2 5000
  $ wait
  $ cat out
  IP 10.0.0.1.40001 > 10.0.0.2.5000: Flags [S], seq *, win 64240, options [mss 1460,sackOK,TS val * ecr 0,nop,wscale *], length 0 (glob)
  IP 10.0.0.2.5000 > 10.0.0.1.40001: Flags [S.], seq *, ack *, win 65160, options [mss 1460,sackOK,TS val * ecr *,nop,wscale *], length 0 (glob)
  IP 10.0.0.1.40001 > 10.0.0.2.5000: Flags [.], ack *, win *, options [nop,nop,TS val * ecr *], length 0 (glob)
  IP 10.0.0.1.40001 > 10.0.0.2.5000: Flags [P.], seq *:*, ack *, win *, options [nop,nop,TS val * ecr *], length 5 (glob)
  $ printf '127.0.0.1\tlocalhost\n10.0.0.1\th1\n10.0.0.2\th2\n' > hosts
  $ mount --bind hosts /etc/hosts
  $ ip netns exec b nc -l 70 > got &
  $ sleep 0.5
  $ ip netns exec a tcpdump -t -i a0 -c 4 tcp > out 2> err &
  $ sleep 0.5
  $ printf 'hello' | ip netns exec a nc -N -p 40002 h2 70
  $ wait
  $ cat out
  IP h1.40002 > h2.gopher: Flags [S], seq *, win 64240, options [mss 1460,sackOK,TS val * ecr 0,nop,wscale *], length 0 (glob)
  IP h2.gopher > h1.40002: Flags [S.], seq *, ack *, win 65160, options [mss 1460,sackOK,TS val * ecr *,nop,wscale *], length 0 (glob)
  IP h1.40002 > h2.gopher: Flags [.], ack 1, win *, options [nop,nop,TS val * ecr *], length 0 (glob)
  IP h1.40002 > h2.gopher: Flags [P.], seq 1:6, ack 1, win *, options [nop,nop,TS val * ecr *], length 5 (glob)
