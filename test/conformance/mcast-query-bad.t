Queries igmp_rcv() drops or ignores: a wrong checksum, 9 to 11 bytes (neither v1/v2 nor v3), a v3 query announcing more sources than it carries: none is answered nor changes the querier version (V3); they still count as delivered (IpInDelivers). A v2 query sent to the host's unicast address is heard like any other (igmp_rcv does not look at the destination of a query), and an unknown IGMP type is ignored.
  $ ip netns add q
  $ ip netns add h
  $ for n in q h; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add q0 netns q address 02:00:00:00:00:01 type veth peer name h0 netns h address 02:00:00:00:00:02
  $ ip -n q addr add 10.0.0.1/24 dev q0; ip -n h addr add 10.0.0.2/24 dev h0
  $ ip -n q link set q0 up; ip -n h link set h0 up
  $ ip -n q route add 224.0.0.0/4 dev q0
  $ ip -n h addr add 239.1.1.1/32 dev h0 autojoin
  $ sleep 2
  $ ip netns exec h nstat -n
  $ ip netns exec q timeout 3 tcpdump -t -n -v -i q0 igmp > cap1 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\012\357\364\000\000\000\000' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ ip netns exec q sh -c "printf '\021\012\354\365\000\000\000\000\002' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ ip netns exec q sh -c "printf '\021\012\354\341\000\000\000\000\002\024' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ ip netns exec q sh -c "printf '\021\012\342\326\000\000\000\000\002\024\000\002\012\000\000\011' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ ip netns exec q sh -c "printf '\060\000\317\377\000\000\000\000' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ ip netns exec h cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     2      V3
  				010101EF     1 0:00000000		0
  				010000E0     1 0:00000000		0
  $ wait $!; cat cap1 | grep -c report
  0
  [1]
  $ ip netns exec h nstat IpInReceives IpInDelivers IpExtInMcastPkts IpInHdrErrors
  #kernel
  IpInReceives                    5                  0.0
  IpInDelivers                    5                  0.0
  IpExtInMcastPkts                5                  0.0
  $ ip netns exec q tcpdump -t -n -i q0 -c 2 igmp > cap2 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\012\356\365\000\000\000\000' | socat -u - IP-SENDTO:10.0.0.2:2"
  $ sleep 1.2; wait $!; sed -E "s/id [0-9]+,/id N,/" cap2
  IP 10.0.0.1 > 10.0.0.2: igmp query v2 [max resp time 10]
  IP 10.0.0.2 > 239.1.1.1: igmp v2 report 239.1.1.1
  $ ip netns exec h cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     2      V2
  				010101EF     1 0:00000000		1
  				010000E0     1 0:00000000		0
