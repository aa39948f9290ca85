UDP sockets bound to a device (socat so-bindtodevice): two sockets share a port when bound to different devices (no reuse option needed), a device-bound socket gets only what arrives on its device (whatever the local address), a second one on the same device or one bound to no device is EADDRINUSE even with reuseaddr on the second; ss shows the %dev forms; udp_l3mdev_accept only matters under a VRF (no effect here).
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
  $ ip netns exec a sysctl net.ipv4.udp_l3mdev_accept
  net.ipv4.udp_l3mdev_accept = 0
  $ ip netns exec a sh -c 'socat -u UDP-RECV:5000,so-bindtodevice=a0 - > got-a0 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'socat -u UDP-RECV:5000,so-bindtodevice=a1 - > got-a1 2>&1 & sleep 0.3'
  $ ip netns exec a socat -u UDP-RECV:5000,so-bindtodevice=a1 - 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/'
  socat E bind(5, {AF=2 0.0.0.0:5000}, 16): Address already in use
  $ ip netns exec a socat -u UDP-RECV:5000 - 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/'
  socat E bind(5, {AF=2 0.0.0.0:5000}, 16): Address already in use
  $ ip netns exec a sh -c 'socat -u UDP-RECV:5001,so-bindtodevice=a1 - > got-5001-a1 2>&1 & sleep 0.3'
  $ ip netns exec a socat -u UDP-RECV:5001,reuseaddr - 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/'
  socat E bind(5, {AF=2 0.0.0.0:5001}, 16): Address already in use
  $ ip netns exec a sh -c 'socat -u UDP-RECV:5002,so-bindtodevice=lo - > got-5002-lo 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Huan | sort
  UNCONN 0      0      0.0.0.0%a0:5000 0.0.0.0:*
  UNCONN 0      0      0.0.0.0%a1:5000 0.0.0.0:*
  UNCONN 0      0      0.0.0.0%a1:5001 0.0.0.0:*
  UNCONN 0      0      0.0.0.0%lo:5002 0.0.0.0:*
  $ ip netns exec b sh -c 'echo b-to-a0 | socat -u - UDP:10.0.0.1:5000'
  $ ip netns exec c sh -c 'echo c-to-a1 | socat -u - UDP:10.0.1.1:5000'
  $ ip netns exec c sh -c 'echo c-to-a0addr | socat -u - UDP:10.0.0.1:5000,bind=10.0.1.2' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/'; ip -n c route add 10.0.0.0/24 dev c0
  socat E connect(5, AF=2 10.0.0.1:5000, 16): Network is unreachable
  $ ip netns exec c sh -c 'echo c-via-a1 | socat -u - UDP:10.0.0.1:5000'
  $ ip netns exec b sh -c 'echo b-5001 | socat -u - UDP:10.0.0.1:5001'
  $ ip netns exec c sh -c 'echo c-5001 | socat -u - UDP:10.0.1.1:5001'
  $ ip netns exec b sh -c 'echo b-5002 | socat -u - UDP:10.0.0.1:5002'
  $ ip netns exec a sh -c 'echo lo-5002 | socat -u - UDP:127.0.0.1:5002'
  $ sleep 0.3; for f in got-a0 got-a1 got-5001-a1 got-5002-lo; do echo "$f:"; cat $f; done
  got-a0:
  b-to-a0
  got-a1:
  c-to-a1
  c-via-a1
  got-5001-a1:
  c-5001
  got-5002-lo:
  lo-5002
  $ ip netns exec a nstat -asz UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs
  #kernel
  IcmpOutDestUnreachs             2                  0.0
  UdpInDatagrams                  5                  0.0
  UdpNoPorts                      2                  0.0
  $ ip netns exec a sysctl -w net.ipv4.udp_l3mdev_accept=1
  net.ipv4.udp_l3mdev_accept = 1
  $ ip netns exec b sh -c 'echo again | socat -u - UDP:10.0.0.1:5000'
  $ sleep 0.3; cat got-a0
  b-to-a0
  again
  $ ip netns exec a sysctl -w net.ipv4.udp_l3mdev_accept=2
  sysctl: setting key "net.ipv4.udp_l3mdev_accept": Invalid argument
  [1]
