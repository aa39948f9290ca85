traceroute -g: a loose source route (RFC 791 3.1) through a gateway. accept_source_route is all AND device (all 0 by default): the gateway drops the probes until it and the destination accept source routes; then the probes travel to the gateway, are routed on to the destination (ip_options_rcv_srr, ip_forward_options), and the port unreachable comes back with the route reversed (ip_options_echo). The time exceeded of the first hop quotes a probe addressed to the gateway, not to the destination: traceroute ignores it. tcpdump -v shows the LSRR options.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:0a:02
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:0b:02
  $ ip -n a addr add 10.0.1.1/24 dev a0
  $ ip -n r addr add 10.0.1.254/24 dev r0
  $ ip -n r addr add 10.0.2.254/24 dev r1
  $ ip -n b addr add 10.0.2.1/24 dev b0
  $ for l in "a a0" "r r0" "r r1" "b b0"; do set -- $l; ip -n $1 link set $2 up; done
  $ ip -n a route add default via 10.0.1.254
  $ ip -n b route add default via 10.0.2.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
By default the router drops the source-routed probes.
  $ ip netns exec a traceroute -n -N 1 -q 1 -w 1 -m 3 -g 10.0.1.254 10.0.2.1
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 72 byte packets
   1  *
   2  *
   3  *
  $ ip netns exec r nstat -az IpInHdrErrors IpForwDatagrams IcmpOutTimeExcds
  #kernel
  IpInHdrErrors                   0                  0.0
  IpForwDatagrams                 0                  0.0
  IcmpOutTimeExcds                0                  0.0
Allowed everywhere: the first hop's time exceeded is not for a probe to 10.0.2.1, the destination answers.
  $ for n in a r b; do ip netns exec $n sysctl -qw net.ipv4.conf.all.accept_source_route=1; done
  $ ip netns exec a traceroute -n -N 1 -q 1 -w 1 -g 10.0.1.254 10.0.2.1
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 72 byte packets
   1  *
   2  10.0.2.1  * ms (glob)
  $ ip netns exec b nstat -az UdpInCsumErrors UdpNoPorts IcmpOutDestUnreachs
  #kernel
  IcmpOutDestUnreachs             1                  0.0
  UdpNoPorts                      1                  0.0
  UdpInCsumErrors                 0                  0.0
The probes and the answers on the wire.
  $ ip netns exec a tcpdump -n -t -v -c 4 -i a0 > dump 2>/dev/null &
  $ sleep 1
  $ ip netns exec a traceroute -n -N 1 -q 1 -w 1 -g 10.0.1.254 10.0.2.1 > /dev/null
  $ sleep 1; cat dump
  IP (tos 0x0, ttl 1, id *, offset 0, flags [none], proto UDP (17), length 72, options (NOP,LSRR 10.0.2.1 10.0.2.1)) (glob)
      10.0.1.1.* > 10.0.1.254.33434: UDP, length 32 (glob)
  IP (tos 0xc0, ttl 64, id *, offset 0, flags [none], proto ICMP (1), length 100) (glob)
      10.0.1.254 > 10.0.1.1: ICMP time exceeded in-transit, length 80
  	IP (tos 0x0, ttl 1, id *, offset 0, flags [none], proto UDP (17), length 72, options (NOP,LSRR 10.0.2.1 10.0.2.1)) (glob)
      10.0.1.1.* > 10.0.1.254.33434: UDP, length 32 (glob)
  IP (tos 0x0, ttl 2, id *, offset 0, flags [none], proto UDP (17), length 72, options (NOP,LSRR 10.0.2.1 10.0.2.1)) (glob)
      10.0.1.1.* > 10.0.1.254.33435: UDP, length 32 (glob)
  IP (tos 0xc0, ttl 63, id *, offset 0, flags [none], proto ICMP (1), length 108, options (LSRR 10.0.1.254,,EOL)) (glob)
      10.0.2.1 > 10.0.1.1: ICMP 10.0.2.1 udp port 33435 unreachable, length 80
  	IP (tos 0x0, ttl 1, id *, offset 0, flags [none], proto UDP (17), length 72, options (NOP,LSRR 10.0.2.254, 10.0.2.1)) (glob)
      10.0.1.1.* > 10.0.2.1.33435: UDP, length 32 (glob)
IPv4 options hold 8 gateways and the destination.
  $ ip netns exec a traceroute -n -g 10.0.1.254 -g 10.0.1.254 -g 10.0.1.254 -g 10.0.1.254 -g 10.0.1.254 -g 10.0.1.254 -g 10.0.1.254 -g 10.0.1.254 -g 10.0.1.254 10.0.2.1
  Too many gateways specified. No more than 8
  [2]
