socat TCP-LISTEN socket options one per listener (tcp-maxseg, so-rcvbuf, window-clamp, ip-ttl, ip-tos, backlog, reuseaddr, bind) and what the SYN-ACK of each carries (tcpdump -v on a: window, MSS, wscale, TTL, TOS); bad values and their exit status.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sh -c 'tcpdump -vnl -i a0 "tcp[tcpflags] & tcp-syn != 0 and tcp[tcpflags] & tcp-ack != 0" 2>/dev/null > td.out & sleep 0.5'
  $ p=6000; for o in tcp-maxseg=600 mss=1200 so-rcvbuf=2048 rcvbuf=300000 window-clamp=3000 ip-ttl=9 ip-tos=0x48 backlog=1 reuseaddr bind=10.0.0.2 tcp-maxseg=1 backlog=abc bind=10.0.0.9 ip-ttl=0; do p=$((p+1)); echo "== $o"; ip netns exec b timeout 2 socat -u TCP-LISTEN:$p,$o OPEN:/dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\] //' & sleep 0.3; echo x | ip netns exec a nc -N -w 1 10.0.0.2 $p 2>&1; echo $?; wait; done
  == tcp-maxseg=600
  0
  == mss=1200
  0
  == so-rcvbuf=2048
  0
  == rcvbuf=300000
  0
  == window-clamp=3000
  0
  == ip-ttl=9
  0
  == ip-tos=0x48
  0
  == backlog=1
  0
  == reuseaddr
  0
  == bind=10.0.0.2
  0
  == tcp-maxseg=1
  E setsockopt(5, 6, 2, {1}, 4): Invalid argument
  1
  == backlog=abc
  E parseopts(): missing numerical value of option "backlog=abc"
  1
  == bind=10.0.0.9
  E bind(5, {AF=2 10.0.0.9:6013}, 16): Cannot assign requested address
  1
  == ip-ttl=0
  E setsockopt(5, 0, 2, {0}, 4): Invalid argument
  1
  $ sleep 0.3; ip netns pids a | xargs -r kill; sleep 0.2; sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id N/; s/(seq|ack|val|ecr) [0-9]+/\1 N/g; s/cksum 0x[0-9a-f]+ \(incorrect -> 0x[0-9a-f]+\)/cksum C/g; s/cksum 0x[0-9a-f]+/cksum C/g; s/10\.0\.0\.1\.[0-9]{5}:/10.0.0.1.P:/' td.out
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.6001 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65268, options [mss 600,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.6002 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65340, options [mss 1200,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.6003 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 1448, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 0], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.6004 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65535, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 3], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.6005 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 2896, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 0], length 0
  IP (tos 0x0, ttl 9, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.6006 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x48, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.6007 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.6008 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.6009 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.6010 > 10.0.0.1.P: Flags [S.], cksum C, seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  $ ip netns exec b nstat -asz TcpPassiveOpens TcpOutRsts TcpExtListenDrops
  #kernel
  TcpPassiveOpens                 10                 0.0
  TcpOutRsts                      4                  0.0
  TcpExtListenDrops               0                  0.0
