ARP meets source validation: arp_process routes each request from its sender address to its target (ip_route_input), so strict rp_filter or a loopback sender leaves the request unanswered and, with log_martians, logs a martian source with the ARP frame's link-layer header; an arping from 0.0.0.0 (duplicate address detection) is answered, and loose mode answers the rest. The refusals count nowhere (no IP packet was received).
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name b1 netns b address 02:00:00:00:0b:02
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n b link set b0 up; ip -n b link set b1 up
  $ ip -n a addr add 10.60.0.1/24 dev a0; ip -n a addr add 10.61.0.1/24 dev a1
  $ ip -n b addr add 10.60.0.2/24 dev b0; ip -n b addr add 10.61.0.2/24 dev b1
  $ ip -n a addr add 172.16.6.1/32 dev lo
  $ ip -n b route add 172.16.6.1 via 10.61.0.1
  $ ip netns exec b sysctl -qw net.ipv4.conf.all.log_martians=1 net.ipv4.conf.all.rp_filter=1
  $ ip netns exec a arping -c 1 -w 1 -I a0 -s 172.16.6.1 10.60.0.2 | tail -2
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ dmesg -t | grep -A1 'martian source 10.60.0.2 from 172.16.6.1,' | tail -2
  IPv4: martian source 10.60.0.2 from 172.16.6.1, on dev b0
  ll header: 00000000: ff ff ff ff ff ff 02 00 00 00 0a 01 08 06
  $ ip netns exec a arping -c 1 -w 1 -I a1 -s 172.16.6.1 10.61.0.2 | tail -2
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec a arping -c 1 -w 1 -I a0 -s 0.0.0.0 10.60.0.2 | tail -2
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec a arping -c 1 -w 1 -I a0 -s 127.0.0.1 10.60.0.2 | tail -2
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ dmesg -t | grep -A1 'martian source 10.60.0.2 from 127.0.0.1,' | tail -2
  IPv4: martian source 10.60.0.2 from 127.0.0.1, on dev b0
  ll header: 00000000: ff ff ff ff ff ff 02 00 00 00 0a 01 08 06
  $ ip netns exec b nstat -az TcpExtIPReversePathFilter IpInReceives | tail -n +2
  IpInReceives                    0                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  $ ip -n b neigh show | sort
  172.16.6.1 dev b1 lladdr 02:00:00:00:0a:02 STALE 
  $ ip netns exec b sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ ip netns exec a arping -c 1 -w 1 -I a0 -s 172.16.6.1 10.60.0.2 | tail -2
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip -n b neigh show | sort
  172.16.6.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  172.16.6.1 dev b1 lladdr 02:00:00:00:0a:02 STALE 
