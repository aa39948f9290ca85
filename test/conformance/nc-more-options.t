OpenBSD nc options past the common ones: -i (a delay between lines sent and between ports scanned), -r (random port order in a scan), -T (TOS keywords and numbers, and a bad one), -M (TTL), -m (minimum TTL on a listener), -b (broadcast), -S (TCP MD5 without a key), -D (SO_DEBUG), -t (telnet), -C, -Z, -X/-x proxies that cannot connect, -U with no socket, -V, and their errors; tcpdump -v shows what -T and -M put on the wire.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec b sh -c 'nc -k -l -p 5000 > k.out 2>&1 & nc -u -l -p 5001 > u.out 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'tcpdump -vnl -i b0 "udp port 5001 or (tcp port 5000 and tcp[tcpflags] & tcp-syn != 0 and tcp[tcpflags] & tcp-ack = 0)" 2>/dev/null > td.out & sleep 0.5'
  $ printf 'l1\nl2\n' | ip netns exec a nc -N -i 1 -p 40000 10.0.0.2 5000; echo rc=$?
  rc=0
  $ printf 'tos\n' | ip netns exec a nc -N -T lowdelay -p 40001 10.0.0.2 5000; echo rc=$?
  rc=0
  $ printf 'tos2\n' | ip netns exec a nc -N -T 0x28 -M 7 -p 40002 10.0.0.2 5000; echo rc=$?
  rc=0
  $ printf 'af\n' | ip netns exec a nc -N -T af41 -p 40003 10.0.0.2 5000; echo rc=$?
  rc=0
  $ printf 'cs\n' | ip netns exec a nc -N -T cs6 -p 40004 10.0.0.2 5000; echo rc=$?
  rc=0
  $ printf 'x\n' | ip netns exec a nc -N -T bogus 10.0.0.2 5000; echo rc=$?
  nc: illegal tos value bogus
  rc=1
  $ printf 'x\n' | ip netns exec a nc -N -T 300 10.0.0.2 5000; echo rc=$?
  nc: illegal tos value 300
  rc=1
  $ printf 'x\n' | ip netns exec a nc -N -M 256 10.0.0.2 5000; echo rc=$?
  nc: ttl is too large
  rc=1
  $ printf 'x\n' | ip netns exec a nc -N -M -1 10.0.0.2 5000; echo rc=$?
  nc: ttl is too small
  rc=1
  $ printf 'u\n' | ip netns exec a nc -u -w 1 -M 3 -T throughput -p 40005 10.0.0.2 5001; echo rc=$?
  rc=0
  $ sleep 0.3; ip netns pids b | xargs -r kill; sleep 0.2; sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id N/; s/(seq|val|ecr) [0-9]+/\1 N/g; s/cksum 0x[0-9a-f]+ \(incorrect -> 0x[0-9a-f]+\)/cksum C/g; s/cksum 0x[0-9a-f]+/cksum C/g; s/win [0-9]+/win W/' td.out
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.40000 > 10.0.0.2.5000: Flags [S], cksum C, seq N, win W, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x10, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.40001 > 10.0.0.2.5000: Flags [S], cksum C, seq N, win W, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x28, ttl 7, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.40002 > 10.0.0.2.5000: Flags [S], cksum C, seq N, win W, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x88, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.40003 > 10.0.0.2.5000: Flags [S], cksum C, seq N, win W, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.40004 > 10.0.0.2.5000: Flags [S], cksum C, seq N, win W, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP (tos 0x8, ttl 3, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.40005 > 10.0.0.2.5001: UDP, length 2
  $ cat k.out u.out
  l1
  l2
  tos
  tos2
  af
  cs
  u
  $ ip netns exec a nc -z -v -r -w 1 10.0.0.2 5000 2>&1
  nc: connect to 10.0.0.2 port 5000 (tcp) failed: Connection refused
  [1]
  $ ip netns exec a nc -z -v -i 1 -w 1 10.0.0.2 6000-6001 2>&1; echo rc=$?
  nc: connect to 10.0.0.2 port 6000 (tcp) failed: Connection refused
  nc: connect to 10.0.0.2 port 6001 (tcp) failed: Connection refused
  rc=1
  $ ip netns exec a nc -S 10.0.0.2 5000 < /dev/null; echo rc=$?
  nc: Unable to read TCP MD5SIG password
  rc=1
  $ ip netns exec a nc -D -z 10.0.0.2 5000; echo rc=$?
  rc=1
  $ ip netns exec a nc -i x 10.0.0.2 5000 < /dev/null; echo rc=$?
  nc: interval invalid: x
  rc=1
  $ ip netns exec a timeout 1 nc -m 0 -l -p 5000 < /dev/null; echo rc=$?
  rc=124
  $ ip netns exec a nc -X 5 -x 10.0.0.2:1080 10.0.0.2 5000 < /dev/null; echo rc=$?
  rc=1
  $ ip netns exec a nc -X 9 -x 10.0.0.2:1080 10.0.0.2 5000 < /dev/null; echo rc=$?
  nc: unsupported proxy protocol
  rc=1
  $ ip netns exec a nc -U /nonexistent.sock < /dev/null; echo rc=$?
  nc: /nonexistent.sock: No such file or directory
  rc=1
  $ ip netns exec a timeout 1 nc -l -z -p 5000; echo rc=$?
  nc: cannot use -z and -l
  rc=1
  $ ip netns exec a timeout 1 nc -l -p 5000 10.0.0.1 5001 < /dev/null; echo rc=$?
  usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]
  	  [-m minttl] [-O length] [-P proxy_username] [-p source_port]
  	  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]
  	  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]
  	  [destination] [port]
  rc=1
  $ ip netns exec a timeout 1 nc -k 10.0.0.2 5000 < /dev/null; echo rc=$?
  nc: must use -l with -k
  rc=1
  $ ip netns exec a timeout 1 nc -u -N 10.0.0.2 5000 < /dev/null; echo rc=$?
  rc=124

