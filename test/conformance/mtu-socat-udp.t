UDP datagrams above the MTU sent with socat and its ip-mtu-discover option (IP_MTU_DISCOVER 0 dont, 1 want, 2 do, 3 probe): dont and want fragment a datagram bigger than the link (FragCreates), do and probe refuse it with EMSGSIZE (socat's "Message too long" and exit 1); a datagram that fits leaves with DF under want/do/probe and learns the router's MTU.
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
  $ ip netns exec a ping -c 1 10.2.0.2 > /dev/null; echo $?
  0
  $ head -c 2000 /dev/zero > big; head -c 1450 /dev/zero > mid
  $ ip netns exec a socat -u OPEN:big UDP:10.2.0.2:9000,ip-mtu-discover=0; echo $?
  0
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates | tail -n +2
  IpFragOKs                       1                  0.0
  IpFragCreates                   2                  0.0
  $ ip netns exec a socat -u OPEN:big UDP:10.2.0.2:9000,ip-mtu-discover=1; echo $?
  0
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates | tail -n +2
  IpFragOKs                       2                  0.0
  IpFragCreates                   4                  0.0
  $ ip netns exec a socat -u OPEN:big UDP:10.2.0.2:9000,ip-mtu-discover=2 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/0xP/'
  socat E write(6, 0xP, 2000): Message too long
  $ ip netns exec a socat -u OPEN:big UDP:10.2.0.2:9000,mtudiscover=3 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/0xP/'
  socat E write(6, 0xP, 2000): Message too long
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IpOutRequests | tail -n +2
  IpOutRequests                   3                  0.0
  IpFragOKs                       2                  0.0
  IpFragCreates                   4                  0.0
  $ ip netns exec a socat -u OPEN:mid UDP:10.2.0.2:9000,ip-mtu-discover=0; echo $?
  0
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache 
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates IpFragFails | tail -n +2
  IpFragOKs                       3                  0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   6                  0.0
  $ ip netns exec a socat -u OPEN:mid UDP:10.2.0.2:9000,ip-mtu-discover=2; echo $?
  0
  $ sleep 0.2; ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip netns exec a socat -u OPEN:mid UDP:10.2.0.2:9000,ip-mtu-discover=2 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/0xP/'
  socat E write(6, 0xP, 1450): Message too long
  $ ip netns exec a socat -u OPEN:mid UDP:10.2.0.2:9000,ip-mtu-discover=1; echo $?
  0
  $ ip netns exec a socat -u OPEN:mid UDP:10.2.0.2:9000,ip-mtu-discover=3; echo $?
  0
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates IpFragFails IcmpOutDestUnreachs | tail -n +2
  IpFragOKs                       3                  0.0
  IpFragFails                     2                  0.0
  IpFragCreates                   6                  0.0
  IcmpOutDestUnreachs             2                  0.0
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates | tail -n +2
  IpFragOKs                       3                  0.0
  IpFragCreates                   6                  0.0
  $ ip netns exec a socat -u OPEN:mid UDP:10.2.0.2:9000,ip-mtu-discover=4 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/0xP/'
  $ ip netns exec a socat -u OPEN:mid UDP:10.2.0.2:9000,ip-mtu-discover=5; echo $?
  0
  $ ip netns exec a socat -u OPEN:mid UDP:10.2.0.2:9000,ip-mtu-discover=6 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/0xP/'
  socat E setsockopt(6, 0, 10, {6}, 4): Invalid argument
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates IpFragFails | tail -n +2
  IpFragOKs                       5                  0.0
  IpFragFails                     2                  0.0
  IpFragCreates                   10                 0.0
