A UDP listener: nc -u -l receives each datagram, connects to its first peer; ss shows the socket unconnected before and connected after; counters.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -u -l -p 6000 > udp.out 2>&1 & sleep 0.3'
  $ ip netns exec b ss -Huan
  UNCONN 0      0      0.0.0.0:6000 0.0.0.0:*
  $ ip netns exec a sh -c 'echo first | nc -u -w 1 -p 7000 10.0.0.2 6000'
  $ sleep 0.3; ip netns exec b cat udp.out
  first
  $ ip netns exec b ss -Huan
  ESTAB 0      0      10.0.0.2:6000 10.0.0.1:7000
  $ ip netns exec b nstat -asz UdpInDatagrams UdpNoPorts UdpOutDatagrams
  #kernel
  UdpInDatagrams                  1                  0.0
  UdpNoPorts                      0                  0.0
  UdpOutDatagrams                 0                  0.0
  $ ip netns exec a nstat -asz UdpOutDatagrams UdpInDatagrams
  #kernel
  UdpInDatagrams                  0                  0.0
  UdpOutDatagrams                 1                  0.0
