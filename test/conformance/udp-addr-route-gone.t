UDP sockets whose address or route goes away: a socket bound to an address that is deleted stays (ss) but takes nothing and cannot send (the route refuses a source that is no longer local: ENETUNREACH); a connected socket whose route is deleted fails its next send with ENETUNREACH (socat stops there, the datagrams after it never leave); a datagram to the deleted address finds no neighbour; counters.
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
  $ ip netns exec b sh -c 'socat -u UDP-RECV:7000,bind=10.0.0.3 - > bound.out 2>&1 & sleep 0.2'
  $ ip netns exec a sh -c 'echo before | socat -u - UDP:10.0.0.3:7000'
  $ ip -n b addr del 10.0.0.3/24 dev b0
  $ ip netns exec b ss -Huan
  UNCONN 0      0      10.0.0.3:7000 0.0.0.0:*
  $ ip netns exec a sh -c 'echo after | socat -u - UDP:10.0.0.3:7000'
  $ sleep 0.3; cat bound.out
  before
  $ ip netns exec b sh -c 'echo x | socat -u - UDP:10.0.0.1:9,bind=10.0.0.3' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/'
  socat E bind(5, {AF=2 10.0.0.3:0}, 16): Cannot assign requested address
  $ ip netns exec a sh -c '(echo one; sleep 0.5; echo two; sleep 0.5; echo three) | socat -u - UDP:10.0.0.2:9000 > bg.out 2>&1 & sleep 0.2'
  $ ip -n a route del 10.0.0.0/24 dev a0
  $ sleep 0.5
  $ ip -n a route add 10.0.0.0/24 dev a0
  $ sleep 1; sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/' bg.out
  socat E write(5, BUF, 4): Network is unreachable
  $ ip netns exec a sh -c '(echo one; sleep 0.5; echo two) | socat -u - UDP:10.0.0.2:9000,sourceport=5555 2>&1 | sed -E "s/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/" & sleep 0.2; ip -n a route del 10.0.0.0/24 dev a0; sleep 0.6; ip -n a route add 10.0.0.0/24 dev a0'
  socat E write(5, BUF, 4): Network is unreachable
  $ ip netns exec a nstat -asz UdpOutDatagrams IpOutNoRoutes
  #kernel
  IpOutNoRoutes                   2                  0.0
  UdpOutDatagrams                 4                  0.0
  $ ip netns exec b nstat -asz UdpInDatagrams UdpNoPorts
  #kernel
  UdpInDatagrams                  1                  0.0
  UdpNoPorts                      2                  0.0
