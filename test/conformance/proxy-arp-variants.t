proxy_arp and proxy neighbour entries answering for others.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip link add r1 netns r address 02:00:00:00:00:03 type veth peer name b0 netns b address 02:00:00:00:00:04
  $ ip -n a link set a0 up; ip -n r link set r0 up; ip -n r link set r1 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/16 dev a0
  $ ip -n b addr add 10.0.1.1/24 dev b0
  $ ip -n r addr add 10.0.0.254/24 dev r0
  $ ip -n r addr add 10.0.1.254/24 dev r1
  $ ip -n b route add default via 10.0.1.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -c 1 -W 1 10.0.1.1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a neigh show | sort
  10.0.1.1 dev a0 INCOMPLETE 
  $ ip netns exec r sysctl -w net.ipv4.conf.r0.proxy_arp=1
  net.ipv4.conf.r0.proxy_arp = 1
  $ ip -n a neigh flush all
  $ ip netns exec a ping -c 1 -W 1 10.0.1.1 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n a neigh show | sort
  10.0.1.1 dev a0 lladdr 02:00:00:00:00:02 REACHABLE 
  $ ip netns exec a arping -c 1 -I a0 10.0.9.9 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.9.9 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec a arping -c 1 -I a0 10.0.0.77 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.77 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec r sysctl -w net.ipv4.conf.r0.proxy_arp=0
  net.ipv4.conf.r0.proxy_arp = 0
  $ ip -n r neigh add proxy 10.0.0.50 dev r0
  $ ip -n r neigh show proxy
  10.0.0.50 dev r0 proxy 
  $ ip netns exec a arping -c 1 -I a0 10.0.0.50 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.50 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec a arping -c 1 -w 1 -I a0 10.0.0.51 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.51 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip -n r neigh del proxy 10.0.0.50 dev r0
  $ ip -n r neigh del proxy 10.0.0.50 dev r0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -n r neigh flush proxy
  $ ip -n r neigh show proxy
  $ ip netns exec r nstat -az ArpFilter 2>/dev/null | tail -n +2
