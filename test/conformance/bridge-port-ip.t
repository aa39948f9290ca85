An address on a bridge port: once enslaved, the port's frames go to the bridge (br_handle_frame() steals them), so the port's own address is answered through br0 (an ARP reply with br0's MAC under arp_ignore 0, none under arp_ignore 1), its connected route still points at the port, and traffic sent out of the port directly bypasses the bridge; after nomaster the port answers by itself again.
  $ for n in h1 s; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n s link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add e0 netns h1 address 02:00:00:00:00:01 type veth peer name p1 netns s address 02:00:00:00:90:01
  $ ip -n s addr add 10.0.0.101/24 dev p1
  $ ip -n s link set p1 up
  $ ip -n h1 link set e0 up
  $ ip -n h1 addr add 10.0.0.1/24 dev e0
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.101 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n h1 neigh show
  10.0.0.101 dev e0 lladdr 02:00:00:00:90:01 REACHABLE 
  $ ip -n s link set p1 master br0
  $ ip -n s link set br0 up
  $ sleep 1
  $ ip -n s route show
  10.0.0.0/24 dev p1 proto kernel scope link src 10.0.0.101 
  $ ip -n h1 neigh flush dev e0
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.101 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n h1 neigh show
  10.0.0.101 dev e0 lladdr 02:00:00:00:99:99 REACHABLE 
  $ ip -n s neigh show | sort
  10.0.0.1 dev br0 lladdr 02:00:00:00:00:01 STALE 
  10.0.0.1 dev p1 lladdr 02:00:00:00:00:01 DELAY 
  $ ip -n s addr add 10.0.0.254/24 dev br0
  $ ip -n s route show
  10.0.0.0/24 dev p1 proto kernel scope link src 10.0.0.101 
  10.0.0.0/24 dev br0 proto kernel scope link src 10.0.0.254 
  $ ip -n s route get 10.0.0.1
  10.0.0.1 dev p1 src 10.0.0.101 uid 0 
      cache 
  $ ip -n h1 neigh flush dev e0
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.254 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n h1 neigh show
  10.0.0.254 dev e0 lladdr 02:00:00:00:99:99 REACHABLE 
  $ ip netns exec s sysctl -qw net.ipv4.conf.br0.arp_ignore=1
  $ ip -n h1 neigh flush dev e0
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.101 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n h1 neigh show
  10.0.0.101 dev e0 INCOMPLETE 
  $ ip netns exec s ping -c 1 -W 1 -I p1 10.0.0.1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n s link set p1 nomaster
  $ ip -n h1 neigh flush dev e0
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.101 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n h1 neigh show
  10.0.0.101 dev e0 lladdr 02:00:00:00:90:01 REACHABLE 
