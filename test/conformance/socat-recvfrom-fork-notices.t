socat -d -d UDP-RECVFROM with fork (_xioopen_dgram_recvfrom()): "receiving on" the bound address before each wait (racing the kill in the fork case: not shown there), "receiving packet from" each sender, a child per datagram reading it ("received packet with N bytes"); the same without fork. The fork case's lines are sorted: parent and children write to one file in a racy order.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec b sh -c 'socat -d -d -u UDP-RECVFROM:5002,fork,bind=10.0.0.2 OPEN:o1,creat,append 2> e1 & socat -d -d -u UDP-RECVFROM:5003 OPEN:o2,creat,append 2> e2 & sleep 0.3'
  $ echo one | ip netns exec a socat -u - UDP:10.0.0.2:5002,sourceport=40000; sleep 0.3
  $ echo two | ip netns exec a socat -u - UDP:10.0.0.2:5002,sourceport=40001; sleep 0.3
  $ echo three | ip netns exec a socat -u - UDP:10.0.0.2:5003,sourceport=40002; sleep 0.3
  $ ip netns pids b | xargs -r kill; sleep 0.2
  $ cat o1 o2; sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/' e1 | grep -E 'receiv(ing packet|ed packet)' | sort
  one
  two
  three
  socat[P] N received packet with 4 bytes from AF=2 10.0.0.1:40000
  socat[P] N received packet with 4 bytes from AF=2 10.0.0.1:40001
  socat[P] N receiving packet from AF=2 10.0.0.1:40000
  socat[P] N receiving packet from AF=2 10.0.0.1:40001
  $ sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' e2 | grep -v 'socat version\|running on\|execution environment\|_FILE_OFFSET\|sizeof\|O_\|starting\|exiting on signal'
  socat[P] N receiving on AF=2 0.0.0.0:5003
  socat[P] N receiving packet from AF=2 10.0.0.1:40002
  socat[P] N opening undef "o2" for writing
  socat[P] N received packet with 6 bytes from AF=2 10.0.0.1:40002
  socat[P] N socket 1 (fd 5) is at EOF
  socat[P] N exiting with status 0
