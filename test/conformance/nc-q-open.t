nc -q after EOF on stdin when the peer keeps its side open (socat holding CLOSE-WAIT): over TCP the quit timer waits for the network input to end too (both inputs gone, then delay_exit), -q 0 included; the states on both ends meanwhile.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec b sh -c 'sleep 3 | socat -t 10 TCP-LISTEN:5000 - > got 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo one | nc -q 0 -p 40000 10.0.0.2 5000 > c.out 2>&1; echo rc=$? >> c.out' &
  $ sleep 1; ip netns exec a ss -Htan; ip netns exec b ss -Htan; cat c.out
  FIN-WAIT-2 0      0      10.0.0.1:40000 10.0.0.2:5000
  CLOSE-WAIT 0      0      10.0.0.2:5000 10.0.0.1:40000
  $ sleep 3; ip netns exec a ss -Htan; cat c.out got
  TIME-WAIT 0      0      10.0.0.1:40000 10.0.0.2:5000
  rc=0
  one
  $ ip netns exec b sh -c 'sleep 3 | socat -t 10 TCP-LISTEN:5001 - > got2 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo two | nc -q 1 -p 40001 10.0.0.2 5001 > c2.out 2>&1; echo rc=$? >> c2.out' &
  $ sleep 0.5; ip netns exec a ss -Htan state established state fin-wait-2; cat c2.out
  FIN-WAIT-2 0      0      10.0.0.1:40001 10.0.0.2:5001
  $ sleep 1; ip netns exec a ss -Htan state established state fin-wait-2; cat c2.out
  FIN-WAIT-2 0      0      10.0.0.1:40001 10.0.0.2:5001
  $ sleep 3; cat c2.out got2; wait
  rc=0
  two
