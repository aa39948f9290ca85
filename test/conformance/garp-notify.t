Gratuitous ARP with arp_notify: a MAC change announces each address; the peer's neighbour entry follows before the next command runs. Without arp_notify nothing is sent and the peer keeps the old address.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b ping -c 1 10.0.0.1 | sed -n 2p | sed -E 's/time=.*/time/'
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time
  $ ip -n b neigh show dev b0
  10.0.0.1 lladdr 02:00:00:00:0a:01 REACHABLE 
  $ ip -n a link set a0 address 02:00:00:00:0a:02
  $ ip -n b neigh show dev b0
  10.0.0.1 lladdr 02:00:00:00:0a:01 REACHABLE 
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_notify=1
  $ ip -n a link set a0 address 02:00:00:00:0a:03
  $ ip -n b neigh show dev b0
  10.0.0.1 lladdr 02:00:00:00:0a:03 STALE 
  $ ip netns exec b nstat -asz IpInReceives
  #kernel
  IpInReceives                    1                  0.0
