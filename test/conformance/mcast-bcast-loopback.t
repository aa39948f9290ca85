Broadcasts come back to their sender too (ip_mc_output's loopback copy of a broadcast route): a UDP datagram to the subnet broadcast reaches the sender's own socket on that port, and ping -b is answered by the sender itself when its icmp_echo_ignore_broadcasts is 0; counters InBcastPkts/OutBcastPkts.
  $ ip netns add a
  $ ip netns add b
  $ ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip netns exec b sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sh -c 'timeout 1 socat -u UDP4-RECV:5000 CREATE:gota & sleep 1.2' &
  $ ip netns exec b sh -c 'timeout 1 socat -u UDP4-RECV:5000 CREATE:gotb & sleep 1.2' &
  $ sleep 0.3
  $ echo bc | ip netns exec a socat -u - UDP4-SENDTO:10.0.0.255:5000,broadcast
  $ echo all | ip netns exec a socat -u - UDP4-SENDTO:255.255.255.255:5000,broadcast
  * socat[*] E sendto(5, *, 4, 0, AF=2 255.255.255.255:5000, 16): Network is unreachable (glob)
  [1]
  $ wait; ip netns exec a cat gota; ip netns exec b cat gotb
  bc
  bc
  $ ip netns exec a nstat -az IpInReceives IpExtInBcastPkts IpExtOutBcastPkts UdpInDatagrams IpExtInBcastOctets
  #kernel
  IpInReceives                    1                  0.0
  UdpInDatagrams                  1                  0.0
  IpExtInBcastPkts                1                  0.0
  IpExtOutBcastPkts               1                  0.0
  IpExtInBcastOctets              31                 0.0
  $ ip netns exec b nstat -az IpInReceives IpExtInBcastPkts UdpInDatagrams
  #kernel
  IpInReceives                    1                  0.0
  UdpInDatagrams                  1                  0.0
  IpExtInBcastPkts                1                  0.0
  $ ip netns exec a sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns exec a ping -b -c 1 -W 1 10.0.0.255 2>&1 | sed -n 2,3p | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  $ ip netns exec a nstat -az IcmpInEchos IcmpOutEchoReps IcmpInEchoReps
  #kernel
  IcmpInEchos                     1                  0.0
  IcmpInEchoReps                  0                  0.0
  IcmpOutEchoReps                 1                  0.0
