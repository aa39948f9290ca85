Which UDP sockets take a broadcast (__udp4_lib_mcast_deliver: every socket matching the port and a local address of the destination, or the wildcard): a socket bound to the host's unicast address gets no broadcast, one bound to the subnet broadcast address only broadcasts, two sockets sharing a port with reuseaddr both get each broadcast while a unicast goes to one of them (the last bound); 255.255.255.255 and the subnet broadcast alike; counters.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'socat -u UDP-RECV:5000,bind=10.0.0.2 - > uni.out 2>&1 & sleep 0.2'
  $ ip netns exec b sh -c 'socat -u UDP-RECV:5000,bind=10.0.0.255 - > bc.out 2>&1 & sleep 0.2'
  $ ip netns exec b sh -c 'socat -u UDP-RECV:5001,bind=255.255.255.255 - > lbc.out 2>&1 & sleep 0.2'
  $ ip netns exec b sh -c 'socat -u UDP-RECV:5002,reuseaddr - > first.out 2>&1 & sleep 0.2'
  $ ip netns exec b sh -c 'socat -u UDP-RECV:5002,reuseaddr - > second.out 2>&1 & sleep 0.2'
  $ ip netns exec b ss -Huan | sort
  UNCONN 0      0              0.0.0.0:5002 0.0.0.0:*
  UNCONN 0      0              0.0.0.0:5002 0.0.0.0:*
  UNCONN 0      0             10.0.0.2:5000 0.0.0.0:*
  UNCONN 0      0           10.0.0.255:5000 0.0.0.0:*
  UNCONN 0      0      255.255.255.255:5001 0.0.0.0:*
  $ ip netns exec a sh -c 'echo u1 | socat -u - UDP:10.0.0.2:5000'
  $ ip netns exec a sh -c 'echo b1 | socat -u - UDP-SENDTO:10.0.0.255:5000,broadcast'
  $ ip netns exec a sh -c 'echo l1 | socat -u - UDP-SENDTO:255.255.255.255:5000,broadcast,bind=10.0.0.1'
  $ ip netns exec a sh -c 'echo l2 | socat -u - UDP-SENDTO:255.255.255.255:5001,broadcast,bind=10.0.0.1'
  $ ip netns exec a sh -c 'echo b2 | socat -u - UDP-SENDTO:10.0.0.255:5001,broadcast'
  $ ip netns exec a sh -c 'echo b3 | socat -u - UDP-SENDTO:10.0.0.255:5002,broadcast'
  $ ip netns exec a sh -c 'echo l3 | socat -u - UDP-SENDTO:255.255.255.255:5002,broadcast,bind=10.0.0.1'
  $ ip netns exec a sh -c 'echo u3 | socat -u - UDP:10.0.0.2:5002'
  $ ip netns exec a sh -c 'echo u4 | socat -u - UDP:10.0.0.2:5002'
  $ sleep 0.3; for f in uni bc lbc first second; do echo "$f:"; cat $f.out; done
  uni:
  u1
  bc:
  b1
  lbc:
  l2
  first:
  b3
  l3
  second:
  b3
  l3
  u3
  u4
  $ ip netns exec b nstat -asz UdpInDatagrams UdpNoPorts UdpIgnoredMulti IpExtInBcastPkts IcmpOutDestUnreachs
  #kernel
  IcmpOutDestUnreachs             0                  0.0
  UdpInDatagrams                  9                  0.0
  UdpNoPorts                      0                  0.0
  UdpIgnoredMulti                 2                  0.0
  IpExtInBcastPkts                6                  0.0
