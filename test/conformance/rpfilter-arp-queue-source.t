The ARP request a host sends while its neighbour entry is INCOMPLETE takes its source from the newest queued packet (neigh_probe(): skb_peek_tail(), arp_solicit()'s local saddr): a first packet from an address the router's rp_filter refuses (no answer), then one from a valid address (waiting past the next probe) answers; later with the entry REACHABLE.
  $ for n in a r; do ip netns add $n; ip -n $n link set lo up; done
  $ ip link add ra0 netns r address 02:00:00:00:01:01 type veth peer name ar0 netns a address 02:00:00:00:0a:01
  $ ip link add rb netns r address 02:00:00:00:01:02 type veth peer name bx netns r address 02:00:00:00:0b:01
  $ ip -n r addr add 10.1.0.1/24 dev ra0; ip -n r addr add 10.2.0.1/24 dev rb; ip -n a addr add 10.1.0.2/24 dev ar0
  $ ip -n r link set ra0 up; ip -n r link set rb up; ip -n a link set ar0 up
  $ ip -n a addr add 10.2.0.7/32 dev lo; ip -n a addr add 10.1.0.77/32 dev lo
  $ ip -n a route add 10.2.0.0/24 via 10.1.0.1
  $ ip netns exec r sysctl -qw net.ipv4.conf.ra0.rp_filter=1
  $ ip netns exec a ping -c 1 -W 1 -I 10.2.0.7 10.1.0.1 | grep trans
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a neigh
  10.1.0.1 dev ar0 INCOMPLETE 
  $ ip netns exec a ping -c 1 -W 2 -I 10.1.0.77 10.1.0.1 | grep trans
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n a neigh
  10.1.0.1 dev ar0 lladdr 02:00:00:00:01:01 REACHABLE 
  $ sleep 3
  $ ip -n a neigh
  10.1.0.1 dev ar0 lladdr 02:00:00:00:01:01 REACHABLE 
  $ ip netns exec a ping -c 1 -W 1 -I 10.2.0.7 10.1.0.1 | grep trans
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ sleep 0.5
  $ ip netns exec a ping -c 1 -W 1 -I 10.1.0.77 10.1.0.1 | grep trans
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n a neigh
  10.1.0.1 dev ar0 lladdr 02:00:00:00:01:01 REACHABLE 
  $ ip netns exec a nstat -az IpInReceives IpOutRequests IcmpInDestUnreachs IcmpInEchoReps | grep -v '^#'
  IpInReceives                    2                  0.0
  IpOutRequests                   4                  0.0
  IcmpInDestUnreachs              0                  0.0
  IcmpInEchoReps                  2                  0.0
