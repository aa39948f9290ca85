IGMPv2 report suppression on a shared link (RFC 2236 3): with force_igmp_version 2 and igmp_qrv 1 each join sends one v2 report; b, joined first, hears c's report of the same group and stops being the reporter, so only c sends a Leave (to 224.0.0.2); b's /proc/net/igmp shows reporter 0; a host that joined nothing delivers none of it.
  $ ip netns add sw
  $ ip netns exec sw sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 0
  $ ip -n sw link set br0 up
  $ for h in a b c; do ip netns add $h; ip netns exec $h sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add e0 netns a address 02:00:00:00:00:0a type veth peer name pa netns sw address 02:00:00:00:90:0a
  $ ip link add e0 netns b address 02:00:00:00:00:0b type veth peer name pb netns sw address 02:00:00:00:90:0b
  $ ip link add e0 netns c address 02:00:00:00:00:0c type veth peer name pc netns sw address 02:00:00:00:90:0c
  $ for p in pa pb pc; do ip -n sw link set $p master br0; ip -n sw link set $p up; done
  $ ip -n a addr add 10.0.0.1/24 dev e0; ip -n b addr add 10.0.0.2/24 dev e0; ip -n c addr add 10.0.0.3/24 dev e0
  $ for h in a b c; do ip -n $h link set e0 up; done
  $ for h in b c; do ip netns exec $h sysctl -qw net.ipv4.conf.e0.force_igmp_version=2 net.ipv4.igmp_qrv=1; done
  $ sleep 0.5
  $ ip netns exec a tcpdump -t -n -i e0 -c 3 igmp > cap 2>&1 &
  $ sleep 0.3
  $ ip netns exec b sh -c 'timeout 1.2 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:e0 CREATE:got & sleep 0.2; cat /proc/net/igmp; wait' > bgrp &
  $ sleep 0.5
  $ ip netns exec c sh -c 'timeout 1.2 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:e0 CREATE:got & sleep 0.2; cat /proc/net/igmp; wait' > cgrp
  $ wait; cat cap
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on e0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP 10.0.0.2 > 239.1.1.1: igmp v2 report 239.1.1.1
  IP 10.0.0.3 > 239.1.1.1: igmp v2 report 239.1.1.1
  IP 10.0.0.3 > 224.0.0.2: igmp leave 239.1.1.1
  3 packets captured
  3 packets received by filter
  0 packets dropped by kernel
  $ cat bgrp cgrp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	e0        :     2      V2
  				010101EF     1 0:00000000		1
  				010000E0     1 0:00000000		0
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	e0        :     2      V2
  				010101EF     1 0:00000000		1
  				010000E0     1 0:00000000		0
  $ ip netns exec b nstat -az IpInReceives IpExtInMcastPkts IpInDelivers IpOutRequests
  #kernel
  IpInReceives                    3                  0.0
  IpInDelivers                    2                  0.0
  IpOutRequests                   1                  0.0
  IpExtInMcastPkts                2                  0.0
  $ ip netns exec a nstat -az IpInReceives IpExtInMcastPkts IpInDelivers IpInAddrErrors
  #kernel
  IpInReceives                    3                  0.0
  IpInAddrErrors                  0                  0.0
  IpInDelivers                    0                  0.0
  IpExtInMcastPkts                0                  0.0
