arp_accept 0, 1 and 2 (2: only when the sender is in a subnet of the receiving device) against gratuitous ARP requests (arping -U) and replies (arping -A) from an address in h's subnet, one in another subnet and one of a /32 on h's device; with and without an existing entry; drop_gratuitous_arp on top. Which entries h creates or updates (sorted neighbour table after each round).
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name x0 netns x address 02:00:00:00:02:00
  $ ip -n h link set e0 up; ip -n x link set x0 up; ip -n h link set lo up
  $ ip -n h addr add 10.0.0.1/24 dev e0; ip -n h addr add 10.7.7.1/32 dev e0
  $ ip -n x addr add 10.0.0.100/24 dev x0; ip -n x addr add 10.5.0.100/24 dev x0; ip -n x addr add 10.7.7.7/32 dev x0
  $ garp() { for m in -U -A; do for a in 10.0.0.100 10.5.0.100 10.7.7.7; do ip netns exec x arping -q $m -c 1 -I x0 -s $a $a; done; done; ip -n h neigh show | sort; ip -n h neigh flush all; }
  $ for v in 0 1 2; do echo "arp_accept=$v"; ip netns exec h sysctl -qw net.ipv4.conf.e0.arp_accept=$v; garp; done
  arp_accept=0
  arp_accept=1
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
  10.5.0.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
  10.7.7.7 dev e0 lladdr 02:00:00:00:02:00 STALE 
  arp_accept=2
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.arp_accept=0 net.ipv4.conf.all.arp_accept=2; garp
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_accept=0
  $ pre() { for a in 10.0.0.100 10.5.0.100 10.7.7.7; do ip -n h neigh replace $a lladdr 02:00:00:00:09:09 dev e0 nud stale; done; }
  $ for v in 0 2; do echo "arp_accept=$v with entries"; ip netns exec h sysctl -qw net.ipv4.conf.e0.arp_accept=$v; pre; garp; done
  arp_accept=0 with entries
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
  10.5.0.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
  10.7.7.7 dev e0 lladdr 02:00:00:00:02:00 STALE 
  arp_accept=2 with entries
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
  10.5.0.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
  10.7.7.7 dev e0 lladdr 02:00:00:00:02:00 STALE 
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.arp_accept=1 net.ipv4.conf.e0.drop_gratuitous_arp=1; garp
  $ pre; garp
  10.0.0.100 dev e0 lladdr 02:00:00:00:09:09 STALE 
  10.5.0.100 dev e0 lladdr 02:00:00:00:09:09 STALE 
  10.7.7.7 dev e0 lladdr 02:00:00:00:09:09 STALE 
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.drop_gratuitous_arp=0 net.ipv4.conf.all.drop_gratuitous_arp=1; pre; garp
  10.0.0.100 dev e0 lladdr 02:00:00:00:09:09 STALE 
  10.5.0.100 dev e0 lladdr 02:00:00:00:09:09 STALE 
  10.7.7.7 dev e0 lladdr 02:00:00:00:09:09 STALE 
  $ ip netns exec h nstat -az IpExtInBcastPkts | tail -n +2
  IpExtInBcastPkts                0                  0.0
