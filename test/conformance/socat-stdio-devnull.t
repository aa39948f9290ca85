socat's plain addresses around a TCP and a UDP peer: - and STDIO, STDIN and STDOUT, /dev/null and OPEN/CREATE files, -u and -U directions, GOPEN, and the ones the lab refuses (EXEC, SYSTEM) with their messages.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l -p 5000 > t1.out & sleep 0.3'
  $ echo hello | ip netns exec a socat - TCP:10.0.0.2:5000
  $ sleep 0.3; cat t1.out
  hello
  $ ip netns exec b sh -c 'nc -l -p 5001 > t2.out & sleep 0.3'
  $ echo via-stdio | ip netns exec a socat STDIO TCP:10.0.0.2:5001
  $ sleep 0.3; cat t2.out
  via-stdio
  $ ip netns exec b sh -c 'nc -l -p 5002 > t3.out & sleep 0.3'
  $ echo via-stdin | ip netns exec a socat -u STDIN TCP:10.0.0.2:5002
  $ sleep 0.3; cat t3.out
  via-stdin
  $ ip netns exec b sh -c 'echo from-b | nc -N -l -p 5003 & sleep 0.3'
  $ ip netns exec a socat -u TCP:10.0.0.2:5003 STDOUT
  from-b
  $ ip netns exec b sh -c 'echo to-null | nc -N -l -p 5004 & sleep 0.3'
  $ ip netns exec a socat TCP:10.0.0.2:5004 /dev/null; echo rc=$?
  rc=0
  $ ip netns exec b sh -c 'nc -l -p 5005 > t5.out & sleep 0.3'
  $ ip netns exec a socat /dev/null TCP:10.0.0.2:5005; echo rc=$?
  rc=0
  $ sleep 0.3; wc -c < t5.out
  0
  $ printf 'line1\nline2\n' > in.txt
  $ ip netns exec b sh -c 'nc -l -p 5006 > t6.out & sleep 0.3'
  $ ip netns exec a socat -u OPEN:in.txt TCP:10.0.0.2:5006
  $ sleep 0.3; cat t6.out
  line1
  line2
  $ ip netns exec b sh -c 'echo saved | nc -N -l -p 5007 & sleep 0.3'
  $ ip netns exec a socat -u TCP:10.0.0.2:5007 CREATE:got.txt; cat got.txt
  saved
  $ ip netns exec b sh -c 'nc -l -p 5008 > t8.out & sleep 0.3'
  $ ip netns exec a socat -U TCP:10.0.0.2:5008 GOPEN:in.txt
  $ sleep 0.3; cat t8.out
  line1
  line2
  $ ip netns exec b sh -c 'nc -u -l -p 5009 > u9.out & sleep 0.3'
  $ echo dgram | ip netns exec a socat - UDP:10.0.0.2:5009
  $ sleep 0.3; cat u9.out
  dgram
  $ ip netns exec a socat -u OPEN:nosuch.txt - 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E open("nosuch.txt", 00, 0666): No such file or directory
  $ ip netns exec a socat - EXEC:cat < /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  $ ip netns exec a socat - SYSTEM:true < /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  $ ip netns exec a socat -u /dev/null - ; echo rc=$?
  rc=0
  $ ip netns exec a nstat -az TcpActiveOpens UdpOutDatagrams
  #kernel
  TcpActiveOpens                  9                  0.0
  UdpOutDatagrams                 1                  0.0
