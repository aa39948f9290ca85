Broadcasts from a host with two interfaces: 255.255.255.255 follows the route lookup (no route: ENETUNREACH; with a default route it leaves that route's device as a link broadcast), a source address (-s) or SO_BINDTODEVICE picks the interface instead (ip_route_output_key_hash: oif from the source of a limited broadcast), a subnet broadcast leaves its subnet's interface; ip route get for each and the receivers' counters.
  $ ip netns add a
  $ ip netns add b
  $ ip netns add c
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name c0 netns c address 02:00:00:00:0c:01
  $ for n in a b c; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n a link set a1 up
  $ ip -n b link set b0 up
  $ ip -n c link set c0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.0.1.1/24 dev a1
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n c addr add 10.0.1.2/24 dev c0
  $ ip netns exec b sh -c 'socat -u UDP-RECV:5000 - > got-b 2>&1 & sleep 0.3'
  $ ip netns exec c sh -c 'socat -u UDP-RECV:5000 - > got-c 2>&1 & sleep 0.3'
  $ ip -n a route get 255.255.255.255
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n a route get 255.255.255.255 from 10.0.1.1
  broadcast 255.255.255.255 from 10.0.1.1 dev a1 uid 0 
      cache <local,brd> 
  $ ip -n a route get 255.255.255.255 oif a1
  broadcast 255.255.255.255 dev a1 src 10.0.1.1 uid 0 
      cache <local,brd> 
  $ ip -n a route get 10.0.1.255
  broadcast 10.0.1.255 dev a1 src 10.0.1.1 uid 0 
      cache <local,brd> 
  $ ip netns exec a sh -c 'echo none | nc -b -u -w 1 255.255.255.255 5000'
  [1]
  $ ip netns exec a sh -c 'echo from-a1 | nc -b -u -w 1 -s 10.0.1.1 255.255.255.255 5000'
  $ ip netns exec a sh -c 'echo from-a0 | nc -b -u -w 1 -s 10.0.0.1 255.255.255.255 5000'
  $ ip netns exec a sh -c 'echo dev-a1 | socat - UDP-SENDTO:255.255.255.255:5000,broadcast,so-bindtodevice=a1'
  $ ip netns exec a sh -c 'echo subnet1 | nc -b -u -w 1 10.0.1.255 5000'
  $ ip netns exec a sh -c 'echo nobcast | socat - UDP-SENDTO:10.0.1.255:5000' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E sendto(5, BUF, 8, 0, AF=2 10.0.1.255:5000, 16): Permission denied
  $ ip -n a route add default via 10.0.0.2
  $ ip -n a route get 255.255.255.255
  broadcast 255.255.255.255 dev a0 src 10.0.0.1 uid 0 
      cache <local,brd> 
  $ ip netns exec a sh -c 'echo default | nc -b -u -w 1 255.255.255.255 5000'
  $ ip -n a route replace default via 10.0.1.2
  $ ip netns exec a sh -c 'echo default2 | nc -b -u -w 1 255.255.255.255 5000'
  $ sleep 0.3; cat got-b; echo --; cat got-c
  from-a0
  default
  --
  from-a1
  dev-a1
  subnet1
  default2
  $ ip netns exec a nstat -asz IpOutNoRoutes UdpOutDatagrams IpOutBcastPkts IpExtOutBcastPkts
  #kernel
  IpOutNoRoutes                   1                  0.0
  UdpOutDatagrams                 6                  0.0
  IpExtOutBcastPkts               6                  0.0
  $ ip netns exec b nstat -asz UdpInDatagrams IpExtInBcastPkts
  #kernel
  UdpInDatagrams                  2                  0.0
  IpExtInBcastPkts                2                  0.0
  $ ip netns exec c nstat -asz UdpInDatagrams IpExtInBcastPkts
  #kernel
  UdpInDatagrams                  4                  0.0
  IpExtInBcastPkts                4                  0.0
