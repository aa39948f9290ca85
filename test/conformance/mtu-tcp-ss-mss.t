TCP's MSS against MTUs as ss -ti reports it (mss, pmtu, rcvmss, advmss): plain 1500 links, a route mtu on the client, a route advmss, a device MTU on the server side, and a path MTU learnt mid-connection from a router's fragmentation needed.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec b sh -c 'nc -l 5001 < /dev/null > /dev/null' &
  $ sleep 0.3; ip netns exec a sh -c 'sleep 2 | nc -N 10.2.0.2 5001' &
  $ sleep 0.5; ip netns exec a ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:1448 pmtu:1500 rcvmss:536 advmss:1448
  $ ip netns exec b ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:1448 pmtu:1500 rcvmss:536 advmss:1448
  $ wait
  $ ip -n a route add 10.2.0.0/24 via 10.1.0.1 mtu 1300
  $ ip netns exec b sh -c 'nc -l 5002 < /dev/null > /dev/null' &
  $ sleep 0.3; ip netns exec a sh -c 'sleep 2 | nc -N 10.2.0.2 5002' &
  $ sleep 0.5; ip netns exec a ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:1248 pmtu:1300 rcvmss:536 advmss:1248
  $ ip netns exec b ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:1248 pmtu:1500 rcvmss:536 advmss:1448
  $ wait
  $ ip -n a route change 10.2.0.0/24 via 10.1.0.1 advmss 1000
  $ ip netns exec b sh -c 'nc -l 5003 < /dev/null > /dev/null' &
  $ sleep 0.3; ip netns exec a sh -c 'sleep 2 | nc -N 10.2.0.2 5003' &
  $ sleep 0.5; ip netns exec a ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:1448 pmtu:1500 rcvmss:536 advmss:988
  $ ip netns exec b ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:988 pmtu:1500 rcvmss:536 advmss:1448
  $ wait
  $ ip -n a route del 10.2.0.0/24
  $ ip -n b link set b0 mtu 1200
  $ ip -n r link set r1 mtu 1200
  $ ip netns exec b sh -c 'nc -l 5004 < /dev/null > /dev/null' &
  $ sleep 0.3; ip netns exec a sh -c 'sleep 2 | nc -N 10.2.0.2 5004' &
  $ sleep 0.5; ip netns exec a ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:1148 pmtu:1500 rcvmss:536 advmss:1448
  $ ip netns exec b ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:1148 pmtu:1200 rcvmss:536 advmss:1148
  $ wait
  $ ip -n b link set b0 mtu 1500
  $ ip netns exec b sh -c 'nc -l 5005 < /dev/null | wc -c' &
  $ sleep 0.3; ip netns exec a sh -c '(head -c 20000 /dev/zero; sleep 2) | nc -N 10.2.0.2 5005' &
  $ sleep 1; ip netns exec a ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:1148 pmtu:1200 rcvmss:536 advmss:1448
  $ wait
  20000
  $ ip -n a route get 10.2.0.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires Nsec mtu 1200 
