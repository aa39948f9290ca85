UDP to a closed port: the receiver counts NoPorts and answers ICMP port unreachable; a connected sender sees ECONNREFUSED (nc -u quietly stops); the Udp line of /proc/net/snmp.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sh -c 'echo one | nc -u -w 1 10.0.0.2 9999'
  $ ip netns exec a sh -c 'echo two | nc -u -w 1 10.0.0.2 9998'
  $ ip netns exec b nstat -asz UdpNoPorts UdpInDatagrams UdpInErrors IcmpOutDestUnreachs IcmpMsgOutType3
  #kernel
  IcmpOutDestUnreachs             2                  0.0
  IcmpMsgOutType3                 2                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      2                  0.0
  UdpInErrors                     0                  0.0
  $ ip netns exec a nstat -asz UdpOutDatagrams IcmpInDestUnreachs IcmpMsgInType3 UdpInErrors
  #kernel
  IcmpInDestUnreachs              2                  0.0
  IcmpMsgInType3                  2                  0.0
  UdpInErrors                     0                  0.0
  UdpOutDatagrams                 2                  0.0
  $ ip netns exec b grep Udp: /proc/net/snmp
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 2 0 0 0 0 0 0 0
  $ ip netns exec a grep Udp: /proc/net/snmp
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 0 2 0 0 0 0 0
