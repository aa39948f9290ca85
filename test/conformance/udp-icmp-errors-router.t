UDP and ICMP errors: a connected UDP socket (nc -u) learns ECONNREFUSED only from a port unreachable, other ICMP errors stay soft; ss shows connected UDP sockets as ESTAB; errors through a router (prohibit, unreachable, TTL expired) and the counters.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:0a:02
  $ ip link add r1 netns r address 02:00:00:00:0b:02 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n b link set b0 up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n r addr add 10.0.0.254/24 dev r0
  $ ip -n r addr add 10.0.1.254/24 dev r1
  $ ip -n b addr add 10.0.1.2/24 dev b0
  $ ip -n a route add default via 10.0.0.254
  $ ip -n b route add default via 10.0.1.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route add prohibit 10.0.2.0/24
  $ ip -n r route add unreachable 10.0.4.0/24
  $ ip netns exec a ping -c 1 -W 1 10.0.1.2 > /dev/null; echo $?
  0
  $ ip netns exec a sh -c '(echo one; sleep 0.5; echo two) | nc -u -v -w 1 10.0.1.2 9999'; echo $?
  1
  $ ip netns exec a sh -c '(echo one; sleep 0.5; echo two) | nc -u -w 1 10.0.2.1 9999'; echo $?
  0
  $ ip netns exec a sh -c '(echo one; sleep 0.5; echo two) | nc -u -w 1 10.0.4.1 9999'; echo $?
  0
  $ ip netns exec a sh -c '(echo one; sleep 0.5; echo two) | nc -u -w 1 10.9.9.9 9999'; echo $?
  0
  $ ip netns exec a nstat -az UdpOutDatagrams UdpInErrors IcmpInDestUnreachs IcmpInErrors
  #kernel
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              4                  0.0
  UdpInErrors                     0                  0.0
  UdpOutDatagrams                 6                  0.0
  $ ip netns exec r nstat -az IcmpOutDestUnreachs IpOutNoRoutes IpInNoRoutes IpForwDatagrams
  #kernel
  IpForwDatagrams                 4                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutDestUnreachs             3                  0.0
  $ ip netns exec b nstat -az UdpNoPorts IcmpOutDestUnreachs
  #kernel
  IcmpOutDestUnreachs             1                  0.0
  UdpNoPorts                      1                  0.0
  $ ip netns exec b sh -c 'nc -u -l -p 7000 > got.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c '(echo hello; sleep 2) | nc -u -p 4000 10.0.1.2 7000 > /dev/null 2>&1 & sleep 0.5'
  $ ip netns exec b ss -Huan
  ESTAB 0      0      10.0.1.2:7000 10.0.0.1:4000
  $ ip netns exec a ss -Huan
  ESTAB 0      0      10.0.0.1:4000 10.0.1.2:7000
  $ ip netns exec b ss -Hua state established
  0      0      10.0.1.2:afs3-fileserver 10.0.0.1:4000
  $ sleep 2; ip netns exec b cat got.out
  hello
  $ ip netns exec a ss -Huan
  ESTAB 0      0      10.0.0.1:4000 10.0.1.2:7000
