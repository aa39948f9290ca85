When an nc -u client ends: without -q it waits for the network after stdin's EOF (until -w idles out), -q 0 quits at EOF (a closed port here), -q N N seconds later, -N on UDP shuts the write side of the connected socket (nothing on the wire), -d never reads stdin (nothing sent, a reply is still printed); a listener (nc -u -l) answers its first sender half a second later; the statuses, what the listeners got, the counters.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ for p in 6002 6003 6004 6006; do ip netns exec b sh -c "(sleep 0.5; echo pong$p) | nc -u -l -p $p > srv$p.out 2>&1 &"; done; sleep 0.3
  $ ip netns exec a sh -c 'echo q1 | nc -u -q 1 10.0.0.2 6002; echo "status $?"'
  status 0
  $ ip netns exec a sh -c 'echo w1 | nc -u -w 1 10.0.0.2 6003; echo "status $?"'
  pong6003
  status 0
  $ ip netns exec a sh -c 'echo n1 | nc -u -N -w 1 10.0.0.2 6004; echo "status $?"'
  pong6004
  status 0
  $ ip netns exec a sh -c 'echo d1 | nc -u -d -w 1 10.0.0.2 6006; echo "status $?"'
  status 0
  $ ip netns exec a sh -c 'echo c0 | nc -u -q 0 10.0.0.2 6009; echo "status $?"'
  status 0
  $ ip netns exec a sh -c '(echo c1; sleep 0.3; echo c2) | nc -u -q 1 10.0.0.2 6009; echo "status $?"'
  status 0
  $ sleep 1; for p in 6002 6003 6004 6006; do echo "$p: $(ip netns exec b cat srv$p.out | tr '\n' ' ')"; done
  6002: q1 
  6003: w1 
  6004: n1 
  6006: 
  $ ip netns exec b ss -Huan | sed -E 's/ +/ /g; s/10.0.0.1:[0-9]+/10.0.0.1:PORT/' | sort
  ESTAB 0 0 10.0.0.2:6003 10.0.0.1:PORT
  ESTAB 0 0 10.0.0.2:6004 10.0.0.1:PORT
  UNCONN 0 0 0.0.0.0:6006 0.0.0.0:* 
  $ ip netns exec a nstat -asz UdpOutDatagrams UdpInDatagrams IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              2                  0.0
  UdpInDatagrams                  2                  0.0
  UdpOutDatagrams                 5                  0.0
  $ ip netns exec b nstat -asz UdpInDatagrams UdpNoPorts UdpOutDatagrams IcmpOutDestUnreachs
  #kernel
  IcmpOutDestUnreachs             2                  0.0
  UdpInDatagrams                  3                  0.0
  UdpNoPorts                      2                  0.0
  UdpOutDatagrams                 3                  0.0
