OpenBSD nc TCP client options one per connection (-I receive buffer, -O send buffer, -M TTL, -T TOS, -s, -p) and the SYN each one sends (tcpdump -v on b: window, wscale, MSS, TTL, TOS); bad values and exit status.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5000,fork,reuseaddr,backlog=16 OPEN:k.out,creat,append > /dev/null 2>&1 & tcpdump -vnl -i b0 "tcp[tcpflags] & tcp-syn != 0 and tcp[tcpflags] & tcp-ack = 0" 2>/dev/null > td.out & sleep 0.5'
  $ for o in "-I 1" "-I 2048" "-I 65536" "-I 1000000" "-I 10000000" "-O 1" "-O 100000" "-M 2" "-T lowdelay" "-T af11" "-T 0xff" "-s 10.0.0.1" "-p 4200" "-I -5" "-O 0" "-M 256" "-M abc"; do echo "== $o"; echo "$o" | ip netns exec a nc -N -w 2 $o 10.0.0.2 5000 2>&1; echo $?; sleep 0.1; done
  == -I 1
  0
  == -I 2048
  0
  == -I 65536
  0
  == -I 1000000
  0
  == -I 10000000
  0
  == -O 1
  0
  == -O 100000
  0
  == -M 2
  0
  == -T lowdelay
  0
  == -T af11
  0
  == -T 0xff
  0
  == -s 10.0.0.1
  0
  == -p 4200
  0
  == -I -5
  nc: TCP receive window too small: -5
  1
  == -O 0
  nc: TCP send window too small: 0
  1
  == -M 256
  nc: ttl is too large
  1
  == -M abc
  nc: ttl is invalid
  1
  $ sleep 0.5; ip netns pids b | xargs -r kill; sleep 0.2; sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id N/; s/(seq|ack|val|ecr) [0-9]+/\1 N/g; s/cksum 0x[0-9a-f]+ \(incorrect -> 0x[0-9a-f]+\)/cksum C/g; s/cksum 0x[0-9a-f]+/cksum C/g; s/10\.0\.0\.1\.[0-9]{5} >/10.0.0.1.P >/' td.out
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 1152, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 0], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 1460, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 0], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 1], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 65535, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 4], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 65535, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 7], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 2, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x10, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x28, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0xfc, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.4200 > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  $ ip netns exec b sort k.out
  -I 1
  -I 1000000
  -I 10000000
  -I 2048
  -I 65536
  -M 2
  -O 1
  -O 100000
  -T 0xff
  -T af11
  -T lowdelay
  -p 4200
  -s 10.0.0.1
