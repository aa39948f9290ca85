ping to a multicast group: answered by every host whose device joined it when icmp_echo_ignore_broadcasts is 0 (the sender too: its own copy comes back), ignored by default; counters Icmp InEchos/OutEchoReps, InMcastPkts; without a route ping fails with Network is unreachable.
  $ ip netns add a
  $ ip netns add b
  $ ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip netns exec b sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 1 -W 1 239.1.1.1
  ping: connect: Network is unreachable
  [2]
  $ ip -n a route add 224.0.0.0/4 dev a0
  $ ip netns exec b sh -c 'timeout 3 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:b0 CREATE:got & sleep 3.2' &
  $ sleep 0.3
  $ ip netns exec a ping -c 1 -W 1 239.1.1.1 | sed -n 1,2p
  PING 239.1.1.1 (239.1.1.1) 56(84) bytes of data.
  $ ip netns exec b nstat -az IpExtInMcastPkts IcmpInMsgs IcmpInEchos IcmpOutEchoReps
  #kernel
  IcmpInMsgs                      1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutEchoReps                 0                  0.0
  IpExtInMcastPkts                1                  0.0
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns exec a ping -c 1 -W 1 239.1.1.1 | sed -n 1,2p
  PING 239.1.1.1 (239.1.1.1) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec b nstat -az IpExtInMcastPkts IcmpInMsgs IcmpInEchos IcmpOutEchoReps
  #kernel
  IcmpInMsgs                      2                  0.0
  IcmpInEchos                     2                  0.0
  IcmpOutEchoReps                 1                  0.0
  IpExtInMcastPkts                2                  0.0
  $ ip netns exec a ping -c 1 -W 1 239.1.1.2 | sed -n 1,2p
  PING 239.1.1.2 (239.1.1.2) 56(84) bytes of data.
  $ ip netns exec b nstat -az IpExtInMcastPkts IcmpInMsgs
  #kernel
  IcmpInMsgs                      2                  0.0
  IpExtInMcastPkts                2                  0.0
  $ wait
