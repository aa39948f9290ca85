TCP over routes with tiny MTUs: the SYN's MSS option is the route MTU less 40, at least net.ipv4.route.min_adv_mss (ipv4_default_advmss()); the sending MSS is the route MTU less 40 (at least tcp_min_snd_mss) less the timestamp option; ss -ti shows both ends; a transfer still completes through the router.
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
  $ CAP="sed -E 's/\.[0-9]+ >/.P >/; s/\.[0-9]+:/.P:/; s/seq [0-9]+/seq S/; s/ack [0-9]+/ack A/; s/val [0-9]+/val V/; s/ecr [0-9]+/ecr E/; s/win [0-9]+/win W/'"
  $ ip -n a route add 10.2.0.0/24 via 10.1.0.1 mtu 300
  $ ip netns exec a tcpdump -n -t -i a0 -c 2 'tcp[13] & 2 != 0' > cap 2> /dev/null &
  $ sleep 0.5; ip netns exec b sh -c 'nc -l 5001 < /dev/null | wc -c' > out &
  $ sleep 0.3; ip netns exec a sh -c '(head -c 3000 /dev/zero; sleep 1) | nc -N 10.2.0.2 5001' &
  $ sleep 0.5; ip netns exec a ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:248 pmtu:300 rcvmss:248 advmss:248
  $ ip netns exec b ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:248 pmtu:1500 rcvmss:248 advmss:1448
  $ wait; eval "$CAP cap"; cat out
  IP 10.1.0.2.P > 10.2.0.2.P: Flags [S], seq S, win W, options [mss 260,sackOK,TS val V ecr E,nop,wscale 10], length 0
  IP 10.2.0.2.P > 10.1.0.2.P: Flags [S.], seq S, ack A, win W, options [mss 1460,sackOK,TS val V ecr E,nop,wscale 10], length 0
  3000
  $ ip netns exec a sysctl -w net.ipv4.route.min_adv_mss=1000
  net.ipv4.route.min_adv_mss = 1000
  $ ip -n a route flush cache
  $ ip netns exec a tcpdump -n -t -i a0 -c 2 'tcp[13] & 2 != 0' > cap 2> /dev/null &
  $ sleep 0.5; ip netns exec b sh -c 'nc -l 5002 < /dev/null | wc -c' > out &
  $ sleep 0.3; ip netns exec a sh -c '(head -c 3000 /dev/zero; sleep 1) | nc -N 10.2.0.2 5002' &
  $ sleep 0.5; ip netns exec a ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:248 pmtu:300 rcvmss:248 advmss:988
  $ ip netns exec b ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:988 pmtu:1500 rcvmss:536 advmss:1448
  $ wait; eval "$CAP cap"; cat out
  IP 10.1.0.2.P > 10.2.0.2.P: Flags [S], seq S, win W, options [mss 1000,sackOK,TS val V ecr E,nop,wscale 10], length 0
  IP 10.2.0.2.P > 10.1.0.2.P: Flags [S.], seq S, ack A, win W, options [mss 1460,sackOK,TS val V ecr E,nop,wscale 10], length 0
  3000
  $ ip -n a route change 10.2.0.0/24 via 10.1.0.1 mtu 68
  $ ip netns exec a sysctl -qw net.ipv4.route.min_adv_mss=256
  $ ip netns exec b sh -c 'nc -l 5003 < /dev/null | wc -c' > out &
  $ sleep 0.3; ip netns exec a sh -c '(head -c 1000 /dev/zero; sleep 1) | nc -N 10.2.0.2 5003' &
  $ sleep 0.5; ip netns exec a ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:36 pmtu:68 rcvmss:88 advmss:244
  $ ip netns exec b ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:244 pmtu:1500 rcvmss:244 advmss:1448
  $ wait; cat out
  1000
  $ ip netns exec a sysctl -w net.ipv4.tcp_min_snd_mss=100
  net.ipv4.tcp_min_snd_mss = 100
  $ ip netns exec b sh -c 'nc -l 5004 < /dev/null | wc -c' > out &
  $ sleep 0.3; ip netns exec a sh -c '(head -c 1000 /dev/zero; sleep 1) | nc -N 10.2.0.2 5004' &
  $ sleep 0.5; ip netns exec a ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:88 pmtu:68 rcvmss:88 advmss:244
  $ wait; cat out
  1000
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates | tail -n +2
  IpFragOKs                       40                 0.0
  IpFragCreates                   91                 0.0
