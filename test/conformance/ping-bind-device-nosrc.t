ping -I DEV binds the socket to a device (SO_BINDTODEVICE) and takes its source from the route through it: a device with no IPv4 address still pings when the route gives a source from another device (iputils' warning "source address might be selected on device other than"), and fails with "Cannot assign requested address" / "Network is unreachable" when none exists; ping -I ADDR of an address no device has.
  $ ip netns add a; ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip link add a1 netns a address 02:00:00:00:0a:11 type veth peer name b1 netns b address 02:00:00:00:0b:11
  $ for n in a b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n b link set b0 up; ip -n b link set b1 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b addr add 10.0.1.2/24 dev b1
  $ ip netns exec a ping -c 1 -I a1 10.0.1.2
  ping: Warning: source address might be selected on device other than: a1
  PING 10.0.1.2 (10.0.1.2) from 10.0.0.1 a1: 56(84) bytes of data.
  
  --- 10.0.1.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -I a1 10.0.0.2
  ping: Warning: source address might be selected on device other than: a1
  PING 10.0.0.2 (10.0.0.2) from 10.0.0.1 a1: 56(84) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n a route add 10.0.1.0/24 dev a1
  $ ip -n a route get 10.0.1.2 oif a1
  10.0.1.2 dev a1 src 10.0.0.1 uid 0 
      cache 
  $ ip netns exec a ping -c 1 -W 1 -I a1 10.0.1.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9./]+ ms/= R ms/'
  ping: Warning: source address might be selected on device other than: a1
  PING 10.0.1.2 (10.0.1.2) from 10.0.0.1 a1: 56(84) bytes of data.
  
  --- 10.0.1.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip -n b route add 10.0.0.1/32 dev b1
  $ ip netns exec a ping -c 1 -W 1 -I a1 10.0.1.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9./]+ ms/= R ms/'
  ping: Warning: source address might be selected on device other than: a1
  PING 10.0.1.2 (10.0.1.2) from 10.0.0.1 a1: 56(84) bytes of data.
  64 bytes from 10.0.1.2: icmp_seq=1 ttl=64 time=T ms
  
  --- 10.0.1.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = R ms
  $ ip netns exec a ping -c 1 -W 1 -I lo 10.0.1.2
  ping: Warning: source address might be selected on device other than: lo
  PING 10.0.1.2 (10.0.1.2) from 10.0.0.1 lo: 56(84) bytes of data.
  
  --- 10.0.1.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -I nosuch 10.0.0.2
  ping: SO_BINDTODEVICE nosuch: No such device
  [2]
  $ ip netns exec a ping -c 1 -I 10.9.9.9 10.0.0.2
  ping: bind: Cannot assign requested address
  [2]
  $ ip netns exec a ping -c 1 -I 10.0.0.1 10.0.0.2 | head -2 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  PING 10.0.0.2 (10.0.0.2) from 10.0.0.1 : 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  $ ip -n a addr flush dev a0
  $ ip netns exec a ping -c 1 -I a0 10.0.0.2
  ping: Warning: source address might be selected on device other than: a0
  PING 10.0.0.2 (10.0.0.2) from 0.0.0.0 a0: 56(84) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -W 1 -I a1 10.0.1.2
  ping: Warning: source address might be selected on device other than: a1
  PING 10.0.1.2 (10.0.1.2) from 0.0.0.0 a1: 56(84) bytes of data.
  
  --- 10.0.1.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n a link set a1 down
  $ ip netns exec a ping -c 1 -I a1 10.0.1.2
  ping: connect: Network is unreachable
  [2]
  $ ip netns exec a ping -c 1 10.0.1.2
  ping: connect: Network is unreachable
  [2]
  $ ip netns exec a nstat -az IcmpOutEchos IcmpInEchoReps IpOutNoRoutes | tail -n +2
  IpOutNoRoutes                   2                  0.0
  IcmpInEchoReps                  5                  0.0
  IcmpOutEchos                    8                  0.0
