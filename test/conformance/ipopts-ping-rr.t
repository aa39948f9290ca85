IPv4 options (RFC 791 3.1) with ping -R and ping -T across a router: the echo request carries a record-route or timestamp option that every hop fills (ip_options_compile on receive, ip_forward_options on forward, ip_options_build on output), the echo reply echoes it (ip_options_echo), ping prints the RR:/TS: lines.
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
Record route across the router: a, the router's outgoing then incoming addresses, b twice, back.
  $ ip netns exec a ping -c 2 -i 0.2 -R 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(124) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=* ms (glob)
  RR: 	10.0.1.1
  	10.0.2.254
  	10.0.2.1
  	10.0.2.1
  	10.0.1.254
  	10.0.1.1
  
  64 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=* ms	(same route) (glob)
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
Record route with quiet and numeric output.
  $ ip netns exec a ping -c 1 -q -R 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(124) bytes of data.
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
Timestamps only, addresses and timestamps, prespecified addresses.
  $ ip netns exec a ping -c 1 -T tsonly 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(124) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=* ms (glob)
  TS: 	* absolute (glob)
  	0
  	0
  	0
  	0
  	0
  
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -T tsandaddr 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(124) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=* ms (glob)
  TS: 	10.0.1.1	* absolute (glob)
  	10.0.1.254	0
  	10.0.2.1	0
  	10.0.2.1	0
  Unrecorded hops: 2
  
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -T tsprespec 10.0.1.254 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 56(124) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=* ms (glob)
  TS: 	10.0.1.254	* absolute (glob)
  
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -T bogus 10.0.2.1
  ping: invalid timestamp type: bogus
  [2]
Record route to the router itself and to a local address.
  $ ip netns exec a ping -c 1 -R 10.0.1.254
  PING 10.0.1.254 (10.0.1.254) 56(124) bytes of data.
  64 bytes from 10.0.1.254: icmp_seq=1 ttl=64 time=* ms (glob)
  RR: 	10.0.1.1
  	10.0.1.254
  	10.0.1.254
  	10.0.1.1
  
  
  --- 10.0.1.254 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -R 10.0.1.1
  PING 10.0.1.1 (10.0.1.1) 56(124) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=* ms (glob)
  RR: 	10.0.1.1
  	10.0.1.1
  	10.0.1.1
  	10.0.1.1
  
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
The counters of the router: options do not count as header errors.
  $ ip netns exec r nstat -az IpInHdrErrors IpForwDatagrams IpInDelivers
  #kernel
  IpInHdrErrors                   0                  0.0
  IpForwDatagrams                 12                 0.0
  IpInDelivers                    1                  0.0
