UDP to a broadcast address: connect needs SO_BROADCAST (nc -b) else EACCES; nobody listening counts IgnoredMulti, not NoPorts, and sends no ICMP; a listener on the wildcard receives it; UDP to a closed port of the host itself.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 10.0.0.255 9999'
  [1]
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 255.255.255.255 9999'
  [1]
  $ ip netns exec a sh -c 'echo x | nc -b -u -w 1 10.0.0.255 9999'
  $ ip netns exec a sh -c 'echo x | nc -b -u -w 1 -s 10.0.0.1 255.255.255.255 9999'
  $ ip netns exec b nstat -asz UdpNoPorts UdpInDatagrams UdpIgnoredMulti IcmpOutDestUnreachs IpInReceives
  #kernel
  IpInReceives                    2                  0.0
  IcmpOutDestUnreachs             0                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  UdpIgnoredMulti                 2                  0.0
  $ ip netns exec a nstat -asz UdpOutDatagrams IcmpInDestUnreachs IpOutRequests IpOutNoRoutes
  #kernel
  IpOutRequests                   2                  0.0
  IpOutNoRoutes                   1                  0.0
  IcmpInDestUnreachs              0                  0.0
  UdpOutDatagrams                 2                  0.0
  $ ip netns exec b sh -c 'nc -u -l -p 6000 > bcast.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo to-all | nc -b -u -w 1 10.0.0.255 6000'
  $ sleep 0.3; ip netns exec b cat bcast.out
  to-all
  $ ip netns exec b nstat -asz UdpInDatagrams UdpIgnoredMulti UdpNoPorts
  #kernel
  UdpInDatagrams                  1                  0.0
  UdpNoPorts                      0                  0.0
  UdpIgnoredMulti                 2                  0.0
  $ ip netns exec b grep -A1 Udp: /proc/net/snmp | tail -1
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  $ ip netns exec a sh -c 'echo self | nc -u -w 1 10.0.0.1 7777'
  $ ip netns exec a sh -c 'echo self | nc -u -w 1 127.0.0.1 7777'
  $ ip netns exec a nstat -asz UdpNoPorts IcmpOutDestUnreachs IcmpInDestUnreachs UdpInDatagrams UdpOutDatagrams
  #kernel
  IcmpInDestUnreachs              2                  0.0
  IcmpOutDestUnreachs             2                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      2                  0.0
  UdpOutDatagrams                 5                  0.0
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 10.0.0.0 9999'
  $ ip netns exec a sh -c 'echo x | nc -b -u -w 1 10.0.0.0 9999'
  $ ip netns exec b nstat -asz UdpIgnoredMulti UdpNoPorts
  #kernel
  UdpNoPorts                      0                  0.0
  UdpIgnoredMulti                 2                  0.0
