nc -u -v probes a UDP port with a few writes: refused at once when nothing listens (no message, status 1), "succeeded" when a listener takes them.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a nc -u -v -w 1 10.0.0.2 9999 < /dev/null
  [1]
  $ ip netns exec b sh -c 'nc -u -l -p 9998 > got.txt 2>&1 & sleep 0.3'
  $ ip netns exec a nc -u -v -z -w 1 10.0.0.2 9998
  Connection to 10.0.0.2 9998 port [udp/*] succeeded!
  $ ip netns exec b cat got.txt
  XXX (no-eol)
  $ ip netns exec b nstat -asz UdpNoPorts UdpInDatagrams
  #kernel
  UdpInDatagrams                  3                  0.0
  UdpNoPorts                      1                  0.0
  $ ip netns exec a nstat -asz UdpOutDatagrams UdpInErrors IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              1                  0.0
  UdpInErrors                     0                  0.0
  UdpOutDatagrams                 4                  0.0
