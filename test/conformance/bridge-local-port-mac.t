Frames addressed to a port's own MAC are for the bridge (the port's local fdb entry, br_handle_frame_finish() passes them up): a host pinging the bridge's address through a static neighbour naming any port's MAC gets answers; a static fdb entry for a host on the wrong port black-holes it until replaced; with flooding off on the host's port, unknown unicast does not reach it while ARP (broadcast) still does.
  $ for n in h1 h2 s; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n s link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add e0 netns h1 address 02:00:00:00:00:01 type veth peer name p1 netns s address 02:00:00:00:90:01
  $ ip link add e0 netns h2 address 02:00:00:00:00:02 type veth peer name p2 netns s address 02:00:00:00:90:02
  $ for d in p1 p2; do ip -n s link set $d master br0; ip -n s link set $d up; done
  $ ip -n s link set br0 up
  $ for h in h1 h2; do ip -n $h link set e0 up; done
  $ ip -n h1 addr add 10.0.0.1/24 dev e0
  $ ip -n h2 addr add 10.0.0.2/24 dev e0
  $ ip -n s addr add 10.0.0.254/24 dev br0
  $ sleep 1
  $ ip -n h1 neigh add 10.0.0.254 lladdr 02:00:00:00:90:02 dev e0 nud permanent
  $ ip netns exec h1 ping -c 2 -i 0.2 10.0.0.254 | tail -2 | head -1
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n h1 neigh replace 10.0.0.254 lladdr 02:00:00:00:90:01 dev e0 nud permanent
  $ ip netns exec h1 ping -c 2 -i 0.2 10.0.0.254 | tail -2 | head -1
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip -n s -s link show br0 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
             364       5      0       0       0       0 
  $ ip -n s neigh show dev br0
  10.0.0.1 lladdr 02:00:00:00:00:01 REACHABLE 
  $ bridge -n s fdb add 02:00:00:00:00:02 dev p1 master static
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ bridge -n s fdb show dev p1 | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:00:01 master br0 
  02:00:00:00:90:01 master br0 permanent
  $ bridge -n s fdb replace 02:00:00:00:00:02 dev p2 master static
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ bridge -n s fdb del 02:00:00:00:00:02 dev p2 master
  $ bridge -n s link set dev p2 flood off learning off
  $ ip -n h1 neigh flush dev e0
  $ ip -n h2 neigh flush dev e0
  $ bridge -n s fdb show br br0 | grep 00:00:00:02
  [1]
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n h1 neigh show dev e0 | sort
  10.0.0.2 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.254 lladdr 02:00:00:00:90:01 PERMANENT 
  $ ip -n h2 neigh show dev e0
  10.0.0.1 lladdr 02:00:00:00:00:01 STALE 
  $ bridge -n s -d link show dev p2 | grep -o 'flood [a-z]*'
  flood off
  flood on
  flood on
