A UDP listener (nc -u -l) connects to its first sender: a second sender then meets no socket (port unreachable, NoPorts) and a UDP socket bound to one address ignores datagrams to the host's other address; ss shows UNCONN then ESTAB.
  $ ip netns add a
  $ ip netns add b
  $ ip netns add c
  $ ip netns add w
  $ for n in a b c w; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n w link add br type bridge
  "type" is invalid lladdr.
  [1]
  $ ip -n w link set br up
  "up" is invalid lladdr.
  [1]
  $ ip -n w link add sw type bridge
  $ ip -n w link set sw up
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name pa netns w
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name pb netns w
  $ ip link add c0 netns c address 02:00:00:00:0c:01 type veth peer name pc netns w
  $ for p in pa pb pc; do ip -n w link set $p master sw up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n c link set c0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.0.0.11/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n c addr add 10.0.0.3/24 dev c0
  $ ip netns exec a sh -c 'nc -u -l -p 6000 > u.out 2>&1 & nc -u -l -s 10.0.0.1 -p 6001 > v.out 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Huan | sort
  UNCONN 0      0       0.0.0.0:6000 0.0.0.0:*
  UNCONN 0      0      10.0.0.1:6001 0.0.0.0:*
  $ ip netns exec b sh -c 'echo from-b | nc -u -w 1 -p 4000 10.0.0.1 6000'
  $ ip netns exec a ss -Huan | sort
  ESTAB  0      0      10.0.0.1:6000 10.0.0.2:4000
  UNCONN 0      0      10.0.0.1:6001  0.0.0.0:*   
  $ ip netns exec c sh -c 'echo from-c | nc -u -w 1 -p 4000 10.0.0.1 6000'
  $ ip netns exec b sh -c 'echo again-b | nc -u -w 1 -p 4000 10.0.0.1 6000'
  $ ip netns exec b sh -c 'echo other-port | nc -u -w 1 -p 4001 10.0.0.1 6000'
  $ ip netns exec c sh -c 'echo wrong-addr | nc -u -w 1 10.0.0.11 6001'
  $ ip netns exec c sh -c 'echo right-addr | nc -u -w 1 10.0.0.1 6001'
  $ sleep 0.3; cat u.out; echo --; cat v.out
  from-b
  again-b
  --
  right-addr
  $ ip netns exec a nstat -az UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs UdpOutDatagrams
  #kernel
  IcmpOutDestUnreachs             3                  0.0
  UdpInDatagrams                  3                  0.0
  UdpNoPorts                      3                  0.0
  UdpOutDatagrams                 0                  0.0
  $ ip netns exec b nstat -az UdpOutDatagrams IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              1                  0.0
  UdpOutDatagrams                 3                  0.0
  $ ip netns exec c nstat -az UdpOutDatagrams IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              2                  0.0
  UdpOutDatagrams                 3                  0.0
  $ ip netns exec a ss -Huan | sort
  ESTAB 0      0      10.0.0.1:6000 10.0.0.2:4000 
  ESTAB 0      0      10.0.0.1:6001 10.0.0.3:* (glob)
