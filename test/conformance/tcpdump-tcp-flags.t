tcpdump's TCP flags and filters: the FIN exchange, a RST answering a SYN to a closed port, tcp[tcpflags] tests, portrange, -v checksums and IP header, -q.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b nc -l 5000 > got &
  $ sleep 0.5
  $ ip netns exec a tcpdump -n -t -i a0 -c 4 'tcp[tcpflags] & (tcp-syn|tcp-fin) != 0' > out 2> err &
  $ sleep 0.5
  $ printf 'hello' | ip netns exec a nc -N -p 40000 10.0.0.2 5000
  $ wait
  $ cat out
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [S], seq *, win 64240, options [mss 1460,sackOK,TS val * ecr 0,nop,wscale 10], length 0 (glob)
  IP 10.0.0.2.5000 > 10.0.0.1.40000: Flags [S.], seq *, ack *, win 65160, options [mss 1460,sackOK,TS val * ecr *,nop,wscale 10], length 0 (glob)
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [F.], seq 6, ack 1, win 63, options [nop,nop,TS val * ecr *], length 0 (glob)
  IP 10.0.0.2.5000 > 10.0.0.1.40000: Flags [F.], seq 1, ack 7, win 64, options [nop,nop,TS val * ecr *], length 0 (glob)
  $ tail -3 err
  4 packets captured
  4 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec a tcpdump -n -t -i a0 -c 2 'tcp[tcpflags] & tcp-rst != 0 or tcp[13] = 2' > out 2> err &
  $ sleep 0.5
  $ ip netns exec a nc -z -p 40001 10.0.0.2 5001
  [1]
  $ wait
  $ cat out
  IP 10.0.0.1.40001 > 10.0.0.2.5001: Flags [S], seq *, win 64240, options [mss 1460,sackOK,TS val * ecr 0,nop,wscale 10], length 0 (glob)
  IP 10.0.0.2.5001 > 10.0.0.1.40001: Flags [R.], seq 0, ack *, win 0, length 0 (glob)
  $ ip netns exec b nc -l 5002 > got &
  $ sleep 0.5
  $ ip netns exec a tcpdump -n -t -v -i a0 -c 2 'portrange 5001-5003 and tcp[tcpflags] & tcp-ack = 0 or tcp[tcpflags] = tcp-syn|tcp-ack' > out 2> err &
  $ sleep 0.5
  $ printf 'hi' | ip netns exec a nc -N -p 40002 10.0.0.2 5002
  $ wait
  $ cat out
  IP (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto TCP (6), length 60) (glob)
      10.0.0.1.40002 > 10.0.0.2.5002: Flags [S], cksum 0x1431 (incorrect -> 0x*), seq *, win 64240, options [mss 1460,sackOK,TS val * ecr 0,nop,wscale 10], length 0 (glob)
  IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.5002 > 10.0.0.1.40002: Flags [S.], cksum 0x1431 (incorrect -> 0x*), seq *, ack *, win 65160, options [mss 1460,sackOK,TS val * ecr *,nop,wscale 10], length 0 (glob)
  $ ip netns exec b nc -l 5003 > got &
  $ sleep 0.5
  $ ip netns exec a tcpdump -n -t -q -i a0 -c 3 'tcp port 5003' > out 2> err &
  $ sleep 0.5
  $ printf 'hi' | ip netns exec a nc -N -p 40003 10.0.0.2 5003
  $ wait
  $ cat out
  IP 10.0.0.1.40003 > 10.0.0.2.5003: tcp 0
  IP 10.0.0.2.5003 > 10.0.0.1.40003: tcp 0
  IP 10.0.0.1.40003 > 10.0.0.2.5003: tcp 0
  $ ip netns exec b nc -l 5004 > got &
  $ sleep 0.5
  $ ip netns exec a tcpdump -n -t -i a0 -c 1 'tcp[tcpflags] & tcp-push != 0' > out 2> err &
  $ sleep 0.5
  $ printf 'abc' | ip netns exec a nc -N -p 40004 10.0.0.2 5004
  $ wait
  $ cat out
  IP 10.0.0.1.40004 > 10.0.0.2.5004: Flags [P.], seq *:*, ack *, win 63, options [nop,nop,TS val * ecr *], length 3 (glob)
  $ ip netns exec a tcpdump -n -i a0 -c 1 'tcp[tcpflags] & tcp-bogus != 0'
  tcpdump: can't parse filter expression: syntax error
  [1]
