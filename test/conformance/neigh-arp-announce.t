arp_announce with several addresses: the sender address of the ARP request a host sends for an outgoing packet, as the peer learns it — 0 the packet's source whatever it is, 1 the source only if on a subnet of the target on that device, else the device's primary for it, 2 always the primary; the larger of all and the device counts.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set lo up
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.0.0.5/24 dev a0
  $ ip -n a addr add 10.0.7.1/24 dev a0
  $ ip -n a addr add 192.168.9.9/32 dev lo
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 1 -W 1 -I 192.168.9.9 10.0.0.2 > /dev/null
  [1]
  $ ip -n b -4 neigh show | sort
  192.168.9.9 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  $ ip -n a neigh flush all; ip -n b neigh flush all
  $ ip netns exec a ping -c 1 -W 1 -I 10.0.0.5 10.0.0.2 > /dev/null
  $ ip -n b -4 neigh show | sort
  10.0.0.5 dev b0 lladdr 02:00:00:00:0a:01 DELAY 
  $ ip -n a neigh flush all; ip -n b neigh flush all
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_announce=1
  $ ip netns exec a ping -c 1 -W 1 -I 192.168.9.9 10.0.0.2 > /dev/null
  [1]
  $ ip -n b -4 neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  $ ip -n a neigh flush all; ip -n b neigh flush all
  $ ip netns exec a ping -c 1 -W 1 -I 10.0.0.5 10.0.0.2 > /dev/null
  $ ip -n b -4 neigh show | sort
  10.0.0.5 dev b0 lladdr 02:00:00:00:0a:01 DELAY 
  $ ip -n a neigh flush all; ip -n b neigh flush all
  $ ip netns exec a ping -c 1 -W 1 -I 10.0.7.1 10.0.0.2 > /dev/null
  [1]
  $ ip -n b -4 neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  $ ip -n a neigh flush all; ip -n b neigh flush all
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_announce=0
  $ ip netns exec a sysctl -qw net.ipv4.conf.all.arp_announce=2
  $ ip netns exec a ping -c 1 -W 1 -I 10.0.0.5 10.0.0.2 > /dev/null
  $ ip -n b -4 neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  10.0.0.5 dev b0 lladdr 02:00:00:00:0a:01 REACHABLE 
  $ ip -n a neigh flush all; ip -n b neigh flush all
  $ ip netns exec a ping -c 1 -W 1 -I 192.168.9.9 10.0.0.2 > /dev/null
  [1]
  $ ip -n b -4 neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  $ ip -n a neigh flush all; ip -n b neigh flush all
  $ ip netns exec a sysctl -qw net.ipv4.conf.all.arp_announce=0
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_announce=3
  $ ip netns exec a ping -c 1 -W 1 -I 192.168.9.9 10.0.0.2 > /dev/null
  [1]
  $ ip -n b -4 neigh show | sort
  192.168.9.9 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  $ ip netns exec b nstat -az IpInReceives
  #kernel
  IpInReceives                    8                  0.0
