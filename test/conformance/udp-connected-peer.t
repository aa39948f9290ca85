A connected UDP socket only takes datagrams from its peer's address and port (compute_score: daddr and dport must match): replies from another port or another address of the peer find no socket (NoPorts, port unreachable back); an unconnected one on the same kind of port takes them all; a wildcard and a connected socket on one port (SO_REUSEADDR): the connected one wins for its peer; ss shows both.
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
  $ ip netns exec b sysctl -qw net.ipv4.icmp_ratelimit=0
  $ ip netns exec a sysctl -qw net.ipv4.icmp_ratelimit=0
  $ ip netns exec a sh -c 'sleep 3 | socat -u UDP:10.0.0.2:7000,sourceport=6000 - > conn.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'socat -u UDP-RECV:6001 - > unconn.out 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Huan | sort
  ESTAB  0      0      10.0.0.1:6000 10.0.0.2:7000
  UNCONN 0      0       0.0.0.0:6001  0.0.0.0:*   
  $ ip netns exec b sh -c 'echo right-peer | socat -u - UDP:10.0.0.1:6000,sourceport=7000'
  $ ip netns exec b sh -c 'echo other-port | socat -u - UDP:10.0.0.1:6000,sourceport=7001'
  $ ip netns exec b sh -c 'echo other-addr | socat -u - UDP:10.0.0.1:6000,sourceport=7000,bind=10.0.0.3'
  $ ip netns exec b sh -c 'echo to-unconn | socat -u - UDP:10.0.0.1:6001,sourceport=7001'
  $ ip netns exec b sh -c 'echo to-unconn2 | socat -u - UDP:10.0.0.1:6001,bind=10.0.0.3'
  $ sleep 0.3; ip netns exec a cat conn.out; echo --; ip netns exec a cat unconn.out
  right-peer
  --
  to-unconn
  to-unconn2
  $ ip netns exec a nstat -asz UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs
  #kernel
  IcmpOutDestUnreachs             2                  0.0
  UdpInDatagrams                  3                  0.0
  UdpNoPorts                      2                  0.0
  $ ip netns exec b nstat -asz IcmpInDestUnreachs UdpOutDatagrams
  #kernel
  IcmpInDestUnreachs              2                  0.0
  UdpOutDatagrams                 5                  0.0
  $ ip netns exec a sh -c 'socat -u UDP-RECV:6002,reuseaddr - > wild.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'sleep 2 | socat -u UDP:10.0.0.2:7002,sourceport=6002,reuseaddr - > conn2.out 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Huan sport = :6002 | sort
  ESTAB  0      0      10.0.0.1:6002 10.0.0.2:7002
  UNCONN 0      0       0.0.0.0:6002  0.0.0.0:*   
  $ ip netns exec b sh -c 'echo from-peer | socat -u - UDP:10.0.0.1:6002,sourceport=7002'
  $ ip netns exec b sh -c 'echo from-other | socat -u - UDP:10.0.0.1:6002,sourceport=7003'
  $ sleep 0.3; ip netns exec a cat conn2.out; echo --; ip netns exec a cat wild.out
  from-peer
  --
  from-other
  $ sleep 3; ip netns exec a ss -Huan | sort
  ESTAB  0      0      10.0.0.1:6000 10.0.0.2:7000
  ESTAB  0      0      10.0.0.1:6002 10.0.0.2:7002
  UNCONN 0      0       0.0.0.0:6001  0.0.0.0:*   
  UNCONN 0      0       0.0.0.0:6002  0.0.0.0:*   
