Random differential scenario (seed 3): router r between a bridged LAN (hosts a and b, r's r0) and host c (r1), random prefix lengths on the hosts, proxy_arp, proxy_arp_pvlan, medium_id, forwarding, arp_ignore/arp_filter, proxy neighbour entries, host routes; who answers which ARP request (arping from a, b and c), pings through r and the neighbour tables.

  $ for n in s r a b c; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip -n s link add sw type bridge mcast_snooping 0; ip -n s link set sw up
  $ ip link add r0 netns r address 02:00:00:00:01:00 type veth peer name p0 netns s; ip link add a0 netns a address 02:00:00:00:0a:00 type veth peer name pa netns s; ip link add b0 netns b address 02:00:00:00:0b:00 type veth peer name pb netns s
  $ ip link add r1 netns r address 02:00:00:00:01:01 type veth peer name c0 netns c address 02:00:00:00:0c:00
  $ for p in p0 pa pb; do ip -n s link set $p master sw; ip -n s link set $p up; done; ip -n r link set r0 up; ip -n r link set r1 up; ip -n a link set a0 up; ip -n b link set b0 up; ip -n c link set c0 up
  $ for d in r/r0 r/r1 a/a0 b/b0 c/c0; do ip netns exec ${d%/*} sysctl -qw net.ipv4.neigh.${d#*/}.base_reachable_time_ms=3600000 net.ipv4.neigh.${d#*/}.delay_first_probe_time=3600 net.ipv4.neigh.${d#*/}.mcast_solicit=1; done
  $ ip -n r addr add 10.0.0.1/24 dev r0; ip -n r addr add 10.0.1.1/24 dev r1
  $ ip -n a addr add 10.0.0.10/24 dev a0; ip -n b addr add 10.0.0.20/16 dev b0; ip -n c addr add 10.0.1.30/24 dev c0
  $ ip -n a route add default via 10.0.0.1 2>/dev/null; ip -n b route add default via 10.0.0.1 2>/dev/null; ip -n c route add default via 10.0.1.1 2>/dev/null; true
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.arp_filter=1; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.forwarding=1; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.rp_filter=2; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.send_redirects=0; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.proxy_arp=0; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.proxy_arp=1; echo $?
  0
  $ ip -n r route add blackhole 10.0.0.77/32; echo $?
  0
  $ ip -n r neigh add proxy 10.0.1.30 dev r0; echo $?
  0
  $ ip -n r neigh add proxy 10.0.0.10 dev r1; echo $?
  0
  $ ip -n r link set r0 arp off; echo $?
  0
  $ ip netns exec a arping -c 1 -w 2 -I a0 10.0.0.20 | sed 's/ [0-9.]*ms$//'; echo ${PIPESTATUS[0]}
  ARPING 10.0.0.20 from 10.0.0.10 a0
  Unicast reply from 10.0.0.20 [02:00:00:00:0B:00] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  0
  $ ip netns exec a arping -c 1 -w 1 -I a0 10.0.0.1 | sed 's/ [0-9.]*ms$//'; echo ${PIPESTATUS[0]}
  ARPING 10.0.0.1 from 10.0.0.10 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ ip netns exec b ping -c 1 -W 1 10.0.9.9 >/dev/null 2>&1; echo $?; sleep 0.05
  1
  $ ip netns exec c ping -c 1 -W 1 10.0.0.77 >/dev/null 2>&1; echo $?; sleep 0.05
  1
  $ ip netns exec c arping -c 1 -w 1 -I c0 10.0.0.99 | sed 's/ [0-9.]*ms$//'; echo ${PIPESTATUS[0]}
  ARPING 10.0.0.99 from 10.0.1.30 c0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ ip netns exec a arping -c 1 -w 1 -I a0 10.0.1.30 | sed 's/ [0-9.]*ms$//'; echo ${PIPESTATUS[0]}
  ARPING 10.0.1.30 from 10.0.0.10 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ ip netns exec c arping -c 1 -w 2 -I c0 10.0.1.1 | sed 's/ [0-9.]*ms$//'; echo ${PIPESTATUS[0]}
  ARPING 10.0.1.1 from 10.0.1.30 c0
  Unicast reply from 10.0.1.1 [02:00:00:00:01:01] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  0
  $ ip netns exec c arping -c 1 -w 2 -I c0 10.0.0.99 | sed 's/ [0-9.]*ms$//'; echo ${PIPESTATUS[0]}
  ARPING 10.0.0.99 from 10.0.1.30 c0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ ip netns exec c arping -c 1 -w 2 -I c0 10.0.1.30 | sed 's/ [0-9.]*ms$//'; echo ${PIPESTATUS[0]}
  ARPING 10.0.1.30 from 10.0.1.30 c0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ sleep 1.1; for n in r a b c; do echo "== $n"; ip -n $n neigh show | sort; done
  == r
  10.0.1.30 dev r1 lladdr 02:00:00:00:0c:00 STALE 
  == a
  == b
  10.0.0.10 dev b0 lladdr 02:00:00:00:0a:00 STALE 
  10.0.9.9 dev b0 FAILED 
  == c
  10.0.1.1 dev c0 lladdr 02:00:00:00:01:01 REACHABLE 
  $ ip -n r neigh show proxy | sort
  10.0.0.10 dev r1 proxy 
  10.0.1.30 dev r0 proxy 
  $ ip netns exec r nstat -az IpForwDatagrams IpInAddrErrors IcmpOutRedirects IpOutNoRoutes | grep -v '^#'
  IpInAddrErrors                  1                  0.0
  IpForwDatagrams                 0                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutRedirects                0                  0.0
