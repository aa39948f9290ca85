ICMP errors on a multipath route (fixed fib_multipath_hash_seed): icmp_send routes an error with the offending packet as the hash input (icmp_route_lookup passes skb_in), so the time exceeded for each forwarded echo request takes the path the request's own keys pick (under policy 1 its protocol and addresses, like ip route get iif ... ipproto icmp for the reversed pair), wherever the sender sits; the lookup has no source yet (icmp_errors_use_inbound_ifaddr off), so no path is preferred, and the error leaves from the chosen path's address: g1 sees only the errors that come its way. (A connected UDP socket's datagrams carry a random txhash that Linux hashes instead: not shown.)
  $ for n in r g1 g2; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add r0 netns r address 02:00:00:00:01:01 type veth peer name e0 netns g1 address 02:00:00:00:0a:01
  $ ip link add r1 netns r address 02:00:00:00:01:02 type veth peer name e0 netns g2 address 02:00:00:00:0b:01
  $ for n in r g1 g2; do ip -n $n link set lo up; done
  $ ip -n r link set r0 up; ip -n r link set r1 up; ip -n g1 link set e0 up; ip -n g2 link set e0 up
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n r addr add 10.5.0.1/32 dev lo
  $ ip -n g1 addr add 10.1.0.2/24 dev e0
  $ ip -n g2 addr add 10.2.0.2/24 dev e0
  $ for n in g1 g2; do ip -n $n addr add 10.9.0.1/32 dev lo; done
  $ ip -n g1 route add default via 10.1.0.1
  $ ip -n g2 route add default via 10.2.0.1
  $ ip -n r route add 10.9.0.0/24 nexthop via 10.1.0.2 dev r0 nexthop via 10.2.0.2 dev r1
  $ ip netns exec r sysctl -qw net.ipv4.fib_multipath_hash_seed=31 net.ipv4.fib_multipath_hash_policy=1
  $ ip netns exec r sysctl -qw net.ipv4.icmp_ratelimit=0 net.ipv4.icmp_errors_use_inbound_ifaddr=0
  $ ip -n r route add 10.7.0.0/24 via 10.2.0.2
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ for i in $(seq 1 8); do ip -n r route get 10.9.0.1 from 10.5.0.1 ipproto icmp | head -1 | cut -d' ' -f5; done | uniq -c
        8 10.2.0.2
  $ for i in $(seq 1 8); do ip -n r route get 10.9.0.1 from 10.7.0.$i iif r0 ipproto icmp | head -1 | cut -d' ' -f5; done | tr '\n' ' '; echo
  10.1.0.2 10.1.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.1.0.2 
  $ for i in $(seq 1 8); do ip netns exec g1 ping -c 1 -W 1 -t 1 -I 10.9.0.1 10.7.0.$i | sed -n 2p; done | sort | uniq -c
        3 
        5 From 10.1.0.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec g1 nstat -az IcmpInTimeExcds | tail -n +2
  IcmpInTimeExcds                 5                  0.0
  $ ip netns exec g2 nstat -az IcmpInTimeExcds | tail -n +2
  IcmpInTimeExcds                 3                  0.0
  $ ip netns exec r nstat -az IcmpOutTimeExcds IpInHdrErrors | tail -n +2
  IpInHdrErrors                   8                  0.0
  IcmpOutTimeExcds                8                  0.0
  $ ip netns exec r sysctl -qw net.ipv4.fib_multipath_hash_policy=0
  $ for i in $(seq 1 8); do ip netns exec g2 ping -c 1 -W 1 -t 1 -I 10.9.0.1 10.7.0.$i | sed -n 2p; done | sort | uniq -c
        3 
        5 From 10.2.0.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec g1 nstat -az IcmpInTimeExcds | tail -n +2
  IcmpInTimeExcds                 8                  0.0
  $ ip netns exec g2 nstat -az IcmpInTimeExcds | tail -n +2
  IcmpInTimeExcds                 8                  0.0
