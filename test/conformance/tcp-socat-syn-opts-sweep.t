socat TCP client socket options one per connection (tcp-maxseg, so-rcvbuf, ip-ttl, ip-tos, sourceport, tcp-nodelay, so-keepalive, tcp-syncnt, tcp-window-clamp, bad values): exit status and the SYN each one sends (tcpdump -v: window, MSS, wscale, TTL, TOS).
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec b sh -c 'nc -k -l -p 5000 > k.out 2>&1 & tcpdump -vnl -i b0 "tcp[tcpflags] & tcp-syn != 0" 2>/dev/null > td.out & sleep 0.5'
  $ for o in tcp-maxseg=536 mss=1000 tcp-maxseg=1 tcp-maxseg=70000 tcp-maxseg=40000 tcp-maxseg=32767 maxseg=88 so-rcvbuf=1024 rcvbuf=1000000 ip-ttl=3 ip-tos=0x28 sourceport=4100 tcp-nodelay so-keepalive,tcp-keepidle=5 tcp-syncnt=1 tcp-syncnt=0 tcp-window-clamp=1000 tcp-window-clamp=0 window-clamp=50000 bind=10.0.0.1:abc bind=nosuchhost bogus; do echo "== $o"; echo "$o" | ip netns exec a socat - TCP:10.0.0.2:5000,$o 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\] //'; echo ${PIPESTATUS[1]}; done
  == tcp-maxseg=536
  0
  == mss=1000
  0
  == tcp-maxseg=1
  E setsockopt(5, 6, 2, {1}, 4): Invalid argument
  1
  == tcp-maxseg=70000
  E setsockopt(5, 6, 2, {70000}, 4): Invalid argument
  1
  == tcp-maxseg=40000
  E setsockopt(5, 6, 2, {40000}, 4): Invalid argument
  1
  == tcp-maxseg=32767
  0
  == maxseg=88
  0
  == so-rcvbuf=1024
  0
  == rcvbuf=1000000
  0
  == ip-ttl=3
  0
  == ip-tos=0x28
  0
  == sourceport=4100
  0
  == tcp-nodelay
  0
  == so-keepalive,tcp-keepidle=5
  0
  == tcp-syncnt=1
  0
  == tcp-syncnt=0
  E setsockopt(5, 6, 7, {0}, 4): Invalid argument
  1
  == tcp-window-clamp=1000
  0
  == tcp-window-clamp=0
  0
  == window-clamp=50000
  0
  == bind=10.0.0.1:abc
  E getaddrinfo"10.0.0.1", "abc", {1,2,1,0}, {}): Servname not supported for ai_socktype
  1
  == bind=nosuchhost
  E getaddrinfo("nosuchhost", "NULL", {1,2,1,6}, {}): Temporary failure in name resolution
  1
  == bogus
  E parseopts_table(): unknown option "bogus"
  1
  $ sleep 0.5; ip netns pids b | xargs -r kill; sleep 0.2; sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id N/; s/(seq|ack|val|ecr) [0-9]+/\1 N/g; s/cksum 0x[0-9a-f]+ \(incorrect -> 0x[0-9a-f]+\)/cksum C/g; s/cksum 0x[0-9a-f]+/cksum C/g; s/10\.0\.0\.1\.[0-9]{5} >/10.0.0.1.P >/; s/> 10\.0\.0\.1\.[0-9]{5}:/> 10.0.0.1.P:/' td.out
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 65392, options [mss 536,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.5000 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 65000, options [mss 1000,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.5000 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.5000 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 65472, options [mss 88,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.5000 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 1152, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 0], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.5000 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 65535, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 4], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.5000 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 3, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.5000 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x28, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.5000 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.4100 > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.5000 > 10.0.0.1.4100: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.5000 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.5000 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.5000 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 1152, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 0], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.5000 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.5000 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.P > 10.0.0.2.5000: Flags [S], cksum C, seq N, win 49640, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 0], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.5000 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  $ ip netns exec b cat k.out
  tcp-maxseg=536
  mss=1000
  tcp-maxseg=32767
  maxseg=88
  so-rcvbuf=1024
  rcvbuf=1000000
  ip-ttl=3
  ip-tos=0x28
  sourceport=4100
  tcp-nodelay
  so-keepalive,tcp-keepidle=5
  tcp-syncnt=1
  tcp-window-clamp=1000
  tcp-window-clamp=0
  window-clamp=50000
  $ ip netns exec a nstat -asz TcpActiveOpens TcpOutRsts TcpAttemptFails TcpEstabResets
  #kernel
  TcpActiveOpens                  15                 0.0
  TcpAttemptFails                 0                  0.0
  TcpEstabResets                  0                  0.0
  TcpOutRsts                      0                  0.0
