socat and broadcasts: a UDP-DATAGRAM or UDP-SENDTO to a subnet or limited broadcast address needs so-broadcast (sendto EACCES otherwise, socat's write error), UDP:... connect() is refused the same way; with broadcast every host's UDP-RECV on the port takes it (tcpdump shows the link broadcast), bind= picks the source; counters.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip link add c0 netns b address 02:00:00:00:0b:02 type veth peer name x0 netns a address 02:00:00:00:0a:02
  $ ip -n a link set x0 up
  $ ip -n b link set c0 up
  $ ip -n a addr add 10.9.0.1/24 dev x0
  $ ip -n b addr add 10.9.0.2/24 dev c0
  $ ip netns exec b sh -c 'socat -u UDP-RECV:6000 - > got.txt & sleep 0.3'
  $ ip netns exec a sh -c 'echo one | socat -u - UDP-DATAGRAM:10.0.0.255:6000' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E sendto(5, BUF, 4, 0, AF=2 10.0.0.255:6000, 16): Permission denied
  $ ip netns exec a sh -c 'echo two | socat -u - UDP-SENDTO:10.0.0.255:6000' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E sendto(5, BUF, 4, 0, AF=2 10.0.0.255:6000, 16): Permission denied
  $ ip netns exec a sh -c 'echo three | socat -u - UDP:10.0.0.255:6000' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E connect(5, AF=2 10.0.0.255:6000, 16): Permission denied
  $ ip netns exec a sh -c 'echo four | socat -u - UDP:255.255.255.255:6000' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E connect(5, AF=2 255.255.255.255:6000, 16): Network is unreachable
  $ ip netns exec a sh -c 'echo five | socat -u - UDP-DATAGRAM:10.0.0.255:6000,broadcast' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  $ ip netns exec a sh -c 'echo six | socat -u - UDP:10.0.0.255:6000,so-broadcast=1' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  $ ip netns exec a sh -c 'echo seven | socat -u - UDP-DATAGRAM:10.9.0.255:6000,broadcast,bind=10.9.0.1:7000' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  $ ip netns exec a sh -c 'echo eight | socat -u - UDP-DATAGRAM:255.255.255.255:6000,broadcast,bind=10.9.0.1' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  $ ip netns exec a sh -c 'echo nine | socat -u - UDP-DATAGRAM:10.0.0.255:6000,broadcast=0' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E sendto(5, BUF, 5, 0, AF=2 10.0.0.255:6000, 16): Permission denied
  $ sleep 0.3; ip netns exec b cat got.txt
  five
  six
  seven
  eight
  $ ip netns exec b nstat -asz UdpInDatagrams UdpNoPorts UdpIgnoredMulti IpInReceives
  #kernel
  IpInReceives                    4                  0.0
  UdpInDatagrams                  4                  0.0
  UdpNoPorts                      0                  0.0
  UdpIgnoredMulti                 0                  0.0
  $ ip netns exec a nstat -asz UdpOutDatagrams IpOutRequests IpOutNoRoutes IpOutBcastPkts
  #kernel
  IpOutRequests                   4                  0.0
  IpOutNoRoutes                   1                  0.0
  UdpOutDatagrams                 4                  0.0
  $ ip -n b -s link show b0 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
             359       5      0       0       0       0 
  $ ip -n b -s link show c0 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
             362       5      0       0       0       0 
