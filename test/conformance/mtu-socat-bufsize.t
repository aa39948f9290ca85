socat's transfer block (-b, 8192 by default) is the size of each UDP datagram it sends: a 20000-byte file leaves as 8192+8192+3616 (the second write to a closed port already fails with ECONNREFUSED), -b 65507 sends one datagram the sender and the router fragment, -b 65508 and past the UDP limit are EMSGSIZE; a receiver's -b cuts a longer datagram.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r link set r1 mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ head -c 20000 /dev/zero > f20k; head -c 65507 /dev/zero > f65507; head -c 65508 /dev/zero > f65508; head -c 70000 /dev/zero > f70k
  $ ip netns exec a socat -u OPEN:f20k UDP:127.0.0.1:9000 2>&1 | sed -E "s/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/0xP/"
  socat E write(6, 0xP, 8192): Connection refused
  $ ip netns exec a nstat -az UdpOutDatagrams UdpNoPorts | tail -n +2
  UdpNoPorts                      1                  0.0
  UdpOutDatagrams                 1                  0.0
  $ ip netns exec a socat -b 20000 -u OPEN:f20k UDP:127.0.0.1:9000; echo $?
  0
  $ ip netns exec a socat -b 70000 -u OPEN:f65508 UDP:127.0.0.1:9000 2>&1 | sed -E "s/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/0xP/"
  socat E write(6, 0xP, 65508): Message too long
  $ ip netns exec a socat -b 70000 -u OPEN:f70k UDP:127.0.0.1:9000 2>&1 | sed -E "s/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/0xP/"
  socat E write(6, 0xP, 70000): Message too long
  $ ip netns exec a nstat -az UdpOutDatagrams UdpNoPorts UdpSndbufErrors IpOutRequests | tail -n +2
  IpOutRequests                   4                  0.0
  UdpNoPorts                      2                  0.0
  UdpOutDatagrams                 2                  0.0
  UdpSndbufErrors                 0                  0.0
  $ ip netns exec b sh -c 'socat -u -b 70000 UDP-RECV:9000 CREATE:got1 & sleep 1; kill $!' &
  $ sleep 0.3; ip netns exec a socat -b 70000 -u OPEN:f65507 UDP:10.2.0.2:9000; echo $?
  0
  $ wait; wc -c < got1
  65507
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates | tail -n +2
  IpFragOKs                       1                  0.0
  IpFragCreates                   45                 0.0
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates IpReasmReqds | tail -n +2
  IpReasmReqds                    0                  0.0
  IpFragOKs                       44                 0.0
  IpFragCreates                   88                 0.0
  $ ip netns exec b nstat -az IpReasmReqds IpReasmOKs UdpInDatagrams | tail -n +2
  IpReasmReqds                    89                 0.0
  IpReasmOKs                      1                  0.0
  UdpInDatagrams                  1                  0.0
  $ ip netns exec b sh -c 'socat -u -b 1000 UDP-RECV:9000 CREATE:got2 & sleep 1; kill $!' &
  $ sleep 0.3; ip netns exec a socat -b 3000 -u OPEN:f20k UDP:10.2.0.2:9000; echo $?
  0
  $ wait; wc -c < got2
  7000
  $ ip netns exec b nstat -az UdpInDatagrams | tail -n +2
  UdpInDatagrams                  8                  0.0
  $ ip netns exec a socat -b 65508 -u OPEN:f65508 UDP:10.2.0.2:9000,ip-mtu-discover=0 2>&1 | sed -E "s/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/0xP/"
  socat E write(6, 0xP, 65508): Message too long
  $ ip netns exec a socat -b 2000 -u OPEN:f20k UDP:10.2.0.2:9000,ip-mtu-discover=2 2>&1 | sed -E "s/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/0xP/"
  socat E write(6, 0xP, 2000): Message too long
