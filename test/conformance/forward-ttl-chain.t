TTL along a chain of two routers: each forwarding hop decrements it, the hop where it runs out answers time exceeded from the address facing the sender (and counts InHdrErrors), a router's own addresses take a TTL of 1; ping's -t limits.
  $ for n in a r1 r2 b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name e0 netns r1 address 02:00:00:00:01:01
  $ ip link add e1 netns r1 address 02:00:00:00:01:02 type veth peer name e0 netns r2 address 02:00:00:00:02:01
  $ ip link add e1 netns r2 address 02:00:00:00:02:02 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r1 r2 b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ for n in r1 r2; do ip -n $n link set e0 up; ip -n $n link set e1 up; ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r1 addr add 10.1.0.1/24 dev e0
  $ ip -n r1 addr add 10.12.0.1/24 dev e1
  $ ip -n r2 addr add 10.12.0.2/24 dev e0
  $ ip -n r2 addr add 10.2.0.1/24 dev e1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip -n r1 route add 10.2.0.0/24 via 10.12.0.2
  $ ip -n r2 route add 10.1.0.0/24 via 10.12.0.1
  $ ip netns exec a ping -c 1 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=62 
  $ ip netns exec a ping -c 1 -t 1 10.2.0.2 | sed -n 2p
  From 10.1.0.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec a ping -c 1 -t 2 10.2.0.2 | sed -n 2p
  From 10.12.0.2 icmp_seq=1 Time to live exceeded
  $ ip netns exec a ping -c 1 -t 3 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=62 
  $ ip netns exec a ping -c 1 -t 1 10.12.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.12.0.1: icmp_seq=1 ttl=64 
  $ ip netns exec a ping -c 1 -t 1 10.12.0.2 | sed -n 2p
  From 10.1.0.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec a ping -c 1 -t 2 10.2.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.0.1: icmp_seq=1 ttl=63 
  $ ip netns exec b ping -c 1 -t 2 10.1.0.2 | sed -n 2p
  From 10.12.0.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec a ping -c 1 -t 0 10.2.0.2
  ping: cannot set unicast time-to-live: Invalid argument
  [2]
  $ ip netns exec a ping -c 1 -t 256 10.2.0.2
  ping: invalid argument: '256': out of range: 0 <= value <= 255
  [1]
  $ ip netns exec a ping -c 1 -t 255 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=62 
  $ ip netns exec a traceroute -n -q 1 -N 1 10.2.0.2 | sed -E 's/  [0-9.]+ ms//'
  traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 60 byte packets
   1  10.1.0.1
   2  10.12.0.2
   3  10.2.0.2
  $ ip netns exec a traceroute -n -q 1 -N 1 -f 2 10.2.0.2 | sed -E 's/  [0-9.]+ ms//'
  traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 60 byte packets
   2  10.12.0.2
   3  10.2.0.2
  $ ip netns exec a traceroute -n -q 1 -N 1 -m 1 10.2.0.2 | sed -E 's/  [0-9.]+ ms//'
  traceroute to 10.2.0.2 (10.2.0.2), 1 hops max, 60 byte packets
   1  10.1.0.1
  $ ip netns exec a traceroute -n -q 1 -N 1 -I 10.2.0.2 | sed -E 's/  [0-9.]+ ms//'
  traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 60 byte packets
   1  10.1.0.1
   2  10.12.0.2
   3  10.2.0.2
  $ ip netns exec r2 sysctl -qw net.ipv4.conf.e0.forwarding=0
  $ ip netns exec a ping -c 1 -W 1 -t 2 10.2.0.2 | sed -n 2p
  $ ip netns exec a ping -c 1 -W 1 -t 1 10.2.0.2 | sed -n 2p
  From 10.1.0.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec a ping -c 1 -W 1 10.2.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.0.1: icmp_seq=1 ttl=63 
  $ ip netns exec r1 nstat -az IpInHdrErrors IpForwDatagrams IcmpOutTimeExcds IcmpOutMsgs IcmpMsgOutType11 IpInDelivers | tail -n +2
  IpInHdrErrors                   7                  0.0
  IpForwDatagrams                 25                 0.0
  IpInDelivers                    1                  0.0
  IcmpOutMsgs                     8                  0.0
  IcmpOutTimeExcds                7                  0.0
  IcmpMsgOutType11                7                  0.0
  $ ip netns exec r2 nstat -az IpInHdrErrors IpForwDatagrams IcmpOutTimeExcds IpInAddrErrors IcmpMsgOutType11 IcmpMsgOutType0 | tail -n +2
  IpInHdrErrors                   4                  0.0
  IpInAddrErrors                  1                  0.0
  IpForwDatagrams                 14                 0.0
  IcmpOutTimeExcds                4                  0.0
  IcmpMsgOutType0                 2                  0.0
  IcmpMsgOutType11                4                  0.0
  $ ip netns exec a nstat -az IcmpInTimeExcds IcmpInMsgs IcmpMsgInType11 IcmpInErrors | tail -n +2
  IcmpInMsgs                      19                 0.0
  IcmpInErrors                    0                  0.0
  IcmpInTimeExcds                 10                 0.0
  IcmpMsgInType11                 10                 0.0
