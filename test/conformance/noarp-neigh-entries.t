arp off (IFF_NOARP) and IPv4 neighbours: the device resolves every neighbour to its own address (arp_constructor(): NUD_NOARP, dev_addr), so its unicast reaches no peer and ip neigh hides the entry unless nud all/noarp; a permanent entry with the right address makes it work, and the peer still learns by ARP; a change of arp on|off flushes the device's entries (neigh_changeaddr()); arping refuses a NOARP device.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up arp off
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a -4 neigh show nud all | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0a:01 NOARP 
  $ ip -n a -4 neigh show nud noarp
  10.0.0.2 dev a0 lladdr 02:00:00:00:0a:01 NOARP 
  $ ip -n b -s link show b0 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
             168       2      0       0       0       0 
  $ ip -n a neigh replace 10.0.0.2 lladdr 02:00:00:00:0b:01 dev a0 nud permanent
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n b -4 neigh show | sort
  10.0.0.1 dev b0 INCOMPLETE 
  $ ip -n a -4 neigh show nud all | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 PERMANENT 
  $ ip -n a neigh flush dev a0 nud all
  $ ip -n a -4 neigh show nud all | sort
  $ ip -n a link set a0 arp on
  $ ip -n a -4 neigh show nud all | sort
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n a -4 neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE 
  $ ip -n b link set b0 arp off
  $ ip -n b -4 neigh show nud all | sort
  $ ip netns exec b ping -c 1 -W 1 10.0.0.1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b arping -c 1 -w 1 -I b0 10.0.0.1
  Interface "b0" is not ARPable
  [2]
  $ ip -n b -4 neigh show nud all | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0b:01 NOARP 
  $ ip -n a -4 neigh show nud all | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE 
