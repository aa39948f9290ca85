ping -I with a device or an address on a host with two links: the source the route through the device gives (SO_BINDTODEVICE then connect), a device that is down or has no route, -I of an address on another device, the same with -r (SO_DONTROUTE) and with a broadcast destination; ss shows nothing left behind.
  $ ip netns add a; ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip link add a1 netns a address 02:00:00:00:0a:11 type veth peer name b1 netns b address 02:00:00:00:0b:11
  $ for n in a b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n b link set b0 up; ip -n b link set b1 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a addr add 10.0.1.1/24 dev a1; ip -n b addr add 10.0.1.2/24 dev b1
  $ ip netns exec a ping -c 1 -W 1 -I a1 10.0.0.2 | head -2 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  PING 10.0.0.2 (10.0.0.2) from 10.0.1.1 a1: 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  $ ip netns exec a ping -c 1 -W 1 -I 10.0.1.1 10.0.0.2 | head -2 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  PING 10.0.0.2 (10.0.0.2) from 10.0.1.1 : 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  $ ip netns exec a ping -c 1 -W 1 -I a0 10.0.1.2 | head -2 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  PING 10.0.1.2 (10.0.1.2) from 10.0.0.1 a0: 56(84) bytes of data.
  64 bytes from 10.0.1.2: icmp_seq=1 ttl=64 time=T ms
  $ ip netns exec a ping -c 1 -W 1 -r -I a1 10.0.0.2 | head -2 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  PING 10.0.0.2 (10.0.0.2) from 10.0.1.1 a1: 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  $ ip netns exec a ping -c 1 -W 1 -r 10.0.5.5
  ping: connect: Network is unreachable
  [2]
  $ ip netns exec a ping -c 1 -W 1 -b -I a1 10.0.1.255 | head -2 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  WARNING: pinging broadcast address
  PING 10.0.1.255 (10.0.1.255) from 10.0.1.1 a1: 56(84) bytes of data.
  $ ip netns exec a ping -c 1 -W 1 -I a1 10.0.1.255
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  [2]
  $ ip -n a link set a1 down
  $ ip netns exec a ping -c 1 -W 1 -I a1 10.0.1.2
  ping: connect: Network is unreachable
  [2]
  $ ip netns exec a ping -c 1 -W 1 -I 10.0.1.1 10.0.1.2
  PING 10.0.1.2 (10.0.1.2) from 10.0.1.1 : 56(84) bytes of data.
  
  --- 10.0.1.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -W 1 -I 10.0.1.1 10.0.0.2 | head -2 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  PING 10.0.0.2 (10.0.0.2) from 10.0.1.1 : 56(84) bytes of data.
  $ ip netns exec a ping -c 1 -W 1 -I a0 127.0.0.1 | head -2 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  PING 127.0.0.1 (127.0.0.1) from 10.0.0.1 a0: 56(84) bytes of data.
  $ ip netns exec a ping -c 1 -W 1 -I lo 10.0.0.1 | head -2 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  ping: Warning: source address might be selected on device other than: lo
  PING 10.0.0.1 (10.0.0.1) from 10.0.0.1 lo: 56(84) bytes of data.
  $ ip netns exec a nstat -az IcmpOutEchos IcmpInEchoReps IcmpInEchos IpOutNoRoutes | tail -n +2
  IpOutNoRoutes                   2                  0.0
  IcmpInEchos                     2                  0.0
  IcmpInEchoReps                  5                  0.0
  IcmpOutEchos                    8                  0.0
  $ ip netns exec b nstat -az IcmpInEchos IcmpOutEchoReps | tail -n +2
  IcmpInEchos                     6                  0.0
  IcmpOutEchoReps                 5                  0.0
