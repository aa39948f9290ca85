socat's shut-none, shut-down, shut-close and shut-null (xioshutdown()): what happens to a socket when the other side of the transfer reaches EOF: nothing (the late answer of the peer still arrives), shutdown(SHUT_WR) (the default: the peer sees EOF at once), or an empty datagram (which ends nc -u -l); tcpdump and ss show each.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec b sh -c '(sleep 0.5; echo late) | nc -l -p 5000 > got1 2>&1 & sleep 0.3'
  $ printf 'x\n' | ip netns exec a socat -t 1.5 - TCP:10.0.0.2:5000,shut-none; echo rc=$?
  late
  rc=0
  $ sleep 0.3; cat got1
  x
  $ ip netns exec b sh -c '(sleep 0.5; echo late) | nc -l -p 5000 > got2 2>&1 & sleep 0.3'
  $ printf 'y\n' | ip netns exec a socat -t 1.5 - TCP:10.0.0.2:5000,shut-down; echo rc=$?
  rc=0
  $ sleep 0.3; cat got2
  y
  $ ip netns exec b sh -c '(sleep 0.5; echo late) | nc -l -p 5000 > got3 2>&1 & sleep 0.3'
  $ printf 'z\n' | ip netns exec a socat -t 1.5 - TCP:10.0.0.2:5000; echo rc=$?
  rc=0
  $ sleep 0.3; cat got3
  z
  $ ip netns exec b sh -c 'nc -u -l -p 5001 > u1 2>&1 & tcpdump -nl -i b0 udp 2>/dev/null > td.out & sleep 0.5'
  $ printf 'd\n' | ip netns exec a socat -u - UDP:10.0.0.2:5001,sourceport=40000,shut-null; echo rc=$?
  rc=0
  $ printf 'e\n' | ip netns exec a socat -u - UDP:10.0.0.2:5001,sourceport=40000; echo rc=$?
  rc=0
  $ sleep 0.3; ip netns pids b | xargs -r kill; sleep 0.2; sed -E 's/^[0-9:.]+ //' td.out; od -c u1
  IP 10.0.0.1.40000 > 10.0.0.2.5001: UDP, length 2
  IP 10.0.0.1.40000 > 10.0.0.2.5001: UDP, length 0
  IP 10.0.0.1.40000 > 10.0.0.2.5001: UDP, length 2
  
  0000000   d  \n
  0000002
  $ ip netns exec a socat - TCP:10.0.0.2:5000,shut-bogus < /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E parseopts_table(): unknown option "shut-bogus"
  $ ip netns exec a socat - TCP:10.0.0.2:5000,shut-none=1 < /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E no value permitted for option "shut-none"
  $ ip netns exec a nstat -az TcpActiveOpens TcpOutRsts TcpEstabResets UdpOutDatagrams | tail -n +2
  TcpActiveOpens                  3                  0.0
  TcpEstabResets                  0                  0.0
  TcpOutRsts                      0                  0.0
  UdpOutDatagrams                 3                  0.0
