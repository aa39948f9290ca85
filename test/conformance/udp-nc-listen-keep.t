nc -u -l with -k stays unconnected and takes datagrams from every sender (no connect to the first peer), without -k the first sender becomes its peer and a second sender meets port unreachable; -s binds the listener to one address; the listings and counters.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b addr add 10.0.0.3/24 dev b0
  $ ip netns exec a sysctl -qw net.ipv4.icmp_ratelimit=0
  $ ip netns exec a sh -c 'nc -u -l -k -p 7000 > keep.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'nc -u -l -p 7001 > once.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'nc -u -l -k -s 10.0.0.1 -p 7002 > bound.out 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Huan | sort
  UNCONN 0      0       0.0.0.0:7000 0.0.0.0:*
  UNCONN 0      0       0.0.0.0:7001 0.0.0.0:*
  UNCONN 0      0      10.0.0.1:7002 0.0.0.0:*
  $ ip netns exec b sh -c 'echo b1 | socat -u - UDP:10.0.0.1:7000,sourceport=5001'
  $ ip netns exec b sh -c 'echo b2 | socat -u - UDP:10.0.0.1:7000,sourceport=5002'
  $ ip netns exec b sh -c 'echo b3 | socat -u - UDP:10.0.0.1:7000,bind=10.0.0.3'
  $ ip netns exec b sh -c 'echo o1 | socat -u - UDP:10.0.0.1:7001,sourceport=5001'
  $ ip netns exec b sh -c 'echo o2 | socat -u - UDP:10.0.0.1:7001,sourceport=5002'
  $ ip netns exec b sh -c 'echo s1 | socat -u - UDP:10.0.0.1:7002,sourceport=5003'
  $ ip netns exec a sh -c 'echo s-lo | socat -u - UDP:127.0.0.1:7002'
  $ sleep 0.3; ip netns exec a ss -Huan | sort
  ESTAB  0      0      10.0.0.1:7001 10.0.0.2:5001
  UNCONN 0      0       0.0.0.0:7000  0.0.0.0:*   
  UNCONN 0      0      10.0.0.1:7002  0.0.0.0:*   
  $ ip netns exec a sh -c 'cat keep.out; echo --; cat once.out; echo --; cat bound.out'
  b1
  b2
  b3
  --
  o1
  --
  s1
  $ ip netns exec a nstat -asz UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs
  #kernel
  IcmpOutDestUnreachs             2                  0.0
  UdpInDatagrams                  5                  0.0
  UdpNoPorts                      2                  0.0
