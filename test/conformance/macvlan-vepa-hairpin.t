macvlan in vepa mode behind a Linux bridge: every frame goes out of the parent, so siblings reach each other only when the bridge port sends it back (hairpin on); without hairpin they do not; a second host reaches both.
  $ ip netns add h
  $ ip netns add sw
  $ ip netns add o
  $ ip -n sw link add br0 address 02:00:00:00:03:99 type bridge
  $ ip -n sw link set br0 up
  $ ip link add eth0 netns h address 02:00:00:00:03:01 type veth peer name p1 netns sw address 02:00:00:00:03:a1
  $ ip link add o0 netns o address 02:00:00:00:03:02 type veth peer name p2 netns sw address 02:00:00:00:03:a2
  $ ip -n sw link set p1 master br0 up
  $ ip -n sw link set p2 master br0 up
  $ ip -n h link add link eth0 name m1 address 02:00:00:00:03:11 type macvlan mode vepa
  $ ip -n h link add link eth0 name m2 address 02:00:00:00:03:12 type macvlan
  $ ip netns add n1
  $ ip netns add n2
  $ ip -n h link set m1 netns n1
  $ ip -n h link set m2 netns n2
  $ ip -n h link set eth0 up
  $ ip -n o link set o0 up
  $ ip -n n1 link set m1 up
  $ ip -n n2 link set m2 up
  $ ip -n o addr add 10.3.0.2/24 dev o0
  $ ip -n n1 addr add 10.3.0.11/24 dev m1
  $ ip -n n2 addr add 10.3.0.12/24 dev m2
  $ ip -n n2 -d link show m2 | sed -n 3p | cut -d' ' -f5-11
  macvlan mode vepa bcqueuelen 1000 usedbcqueuelen 1000
  $ ip netns exec o ping -c 1 -W 1 10.3.0.11
  PING 10.3.0.11 (10.3.0.11) 56(84) bytes of data.
  64 bytes from 10.3.0.11: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.3.0.11 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec o ping -c 1 -W 1 10.3.0.12
  PING 10.3.0.12 (10.3.0.12) 56(84) bytes of data.
  64 bytes from 10.3.0.12: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.3.0.12 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec n1 ping -c 1 -W 1 10.3.0.12
  PING 10.3.0.12 (10.3.0.12) 56(84) bytes of data.
  
  --- 10.3.0.12 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n n1 neigh show | sort
  10.3.0.12 dev m1 INCOMPLETE 
  10.3.0.2 dev m1 lladdr 02:00:00:00:03:02 DELAY 
  $ ip -n sw link set p1 type bridge_slave hairpin on
  $ ip -n n1 neigh flush all
  $ ip netns exec n1 ping -c 1 -W 1 10.3.0.12
  PING 10.3.0.12 (10.3.0.12) 56(84) bytes of data.
  64 bytes from 10.3.0.12: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.3.0.12 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip -n n1 neigh show | sort
  10.3.0.12 dev m1 lladdr 02:00:00:00:03:12 REACHABLE 
  $ ip -n n2 neigh show | sort
  10.3.0.11 dev m2 lladdr 02:00:00:00:03:11 DELAY 
  10.3.0.2 dev m2 lladdr 02:00:00:00:03:02 DELAY 
