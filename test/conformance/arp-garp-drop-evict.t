Gratuitous ARP against the knobs that filter it: arp_accept 0/1 creating or only updating entries, drop_gratuitous_arp (device and "all") discarding announcements (-U) and gratuitous replies (-A) alike; what the table lists right after the peer goes down under arp_evict_nocarrier 0 and 1.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:00 type veth peer name b0 netns b address 02:00:00:00:0b:00
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b addr add 10.0.0.3/24 dev b0
  $ ip netns exec b arping -q -c 1 -U -I b0 10.0.0.2
  $ ip -n a neigh show
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_accept=1
  $ ip netns exec b arping -q -c 1 -U -I b0 10.0.0.2
  $ ip -n a neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:00 STALE 
  $ ip netns exec b arping -q -c 1 -A -I b0 10.0.0.3
  $ ip -n a neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:00 STALE 
  10.0.0.3 dev a0 lladdr 02:00:00:00:0b:00 STALE 
  $ ip -n b link set b0 address 02:00:00:00:0b:99
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.drop_gratuitous_arp=1
  $ ip netns exec b arping -q -c 1 -U -I b0 10.0.0.2
  $ ip netns exec b arping -q -c 1 -A -I b0 10.0.0.3
  $ ip -n a neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:00 STALE 
  10.0.0.3 dev a0 lladdr 02:00:00:00:0b:00 STALE 
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.drop_gratuitous_arp=0
  $ ip netns exec b arping -q -c 1 -A -I b0 10.0.0.3
  $ ip -n a neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:00 STALE 
  10.0.0.3 dev a0 lladdr 02:00:00:00:0b:99 STALE 
  $ ip netns exec a sysctl -qw net.ipv4.conf.all.drop_gratuitous_arp=1
  $ ip netns exec b arping -q -c 1 -U -I b0 10.0.0.2
  $ ip -n a neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:00 STALE 
  10.0.0.3 dev a0 lladdr 02:00:00:00:0b:99 STALE 
  $ ip netns exec a sysctl net.ipv4.conf.a0.drop_gratuitous_arp net.ipv4.conf.a0.arp_evict_nocarrier
  net.ipv4.conf.a0.drop_gratuitous_arp = 0
  net.ipv4.conf.a0.arp_evict_nocarrier = 1
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_evict_nocarrier=0
  $ ip -n a neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev a0
  $ ip -n b link set b0 down
  $ ip -n a neigh show nud all | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:00 STALE 
  10.0.0.3 dev a0 lladdr 02:00:00:00:0b:99 STALE 
  10.0.0.9 dev a0 lladdr 02:00:00:00:00:09 PERMANENT 
  $ ip -n b link set b0 up
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_evict_nocarrier=1
  $ ip -n b link set b0 down
  $ ip -n a neigh show nud all | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:00 STALE 
  10.0.0.3 dev a0 lladdr 02:00:00:00:0b:99 STALE 
  10.0.0.9 dev a0 lladdr 02:00:00:00:00:09 PERMANENT 
  $ ip -n a link show a0 | grep -o 'state [A-Z]*'
  state DOWN
