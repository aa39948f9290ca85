macvlan in vepa mode (the default) on a plain wire: every frame of a macvlan leaves through the parent, so two vepa siblings cannot reach each other unless the far end sends frames back; a second host reaches both, and its broadcasts reach both; a bridge-mode sibling is no shortcut for a vepa one.
n1's neighbours are shown 0.1 s later: its entry for 10.7.0.12 fails on the timer wheel 3.052-3.080 s after the first ping, and the three pings and a show take only about 3.01 s on Linux, so without the pause it was still INCOMPLETE (3 runs of 3).
  $ ip netns add h
  $ ip netns add o
  $ ip link add eth0 netns h address 02:00:00:00:07:01 type veth peer name o0 netns o address 02:00:00:00:07:02
  $ ip -n h link add link eth0 name m1 address 02:00:00:00:07:11 type macvlan
  $ ip -n h link add link eth0 name m2 address 02:00:00:00:07:12 type macvlan mode vepa
  $ ip -n h link add link eth0 name m3 address 02:00:00:00:07:13 type macvlan mode bridge
  $ ip netns add n1
  $ ip netns add n2
  $ ip netns add n3
  $ ip -n h link set m1 netns n1
  $ ip -n h link set m2 netns n2
  $ ip -n h link set m3 netns n3
  $ ip -n h link set eth0 up
  $ ip -n o link set o0 up
  $ ip -n n1 link set m1 up
  $ ip -n n2 link set m2 up
  $ ip -n n3 link set m3 up
  $ ip -n o addr add 10.7.0.2/24 dev o0
  $ ip -n n1 addr add 10.7.0.11/24 dev m1
  $ ip -n n2 addr add 10.7.0.12/24 dev m2
  $ ip -n n3 addr add 10.7.0.13/24 dev m3
  $ ip -n n1 -d link show m1 | sed -n 3p
      macvlan mode vepa bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip netns exec o ping -c 1 -W 1 10.7.0.11
  PING 10.7.0.11 (10.7.0.11) 56(84) bytes of data.
  64 bytes from 10.7.0.11: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.7.0.11 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec o ping -c 1 -W 1 10.7.0.12
  PING 10.7.0.12 (10.7.0.12) 56(84) bytes of data.
  64 bytes from 10.7.0.12: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.7.0.12 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec o ping -c 1 -W 1 10.7.0.13
  PING 10.7.0.13 (10.7.0.13) 56(84) bytes of data.
  64 bytes from 10.7.0.13: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.7.0.13 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec n1 ping -c 1 -W 1 10.7.0.12
  PING 10.7.0.12 (10.7.0.12) 56(84) bytes of data.
  
  --- 10.7.0.12 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec n1 ping -c 1 -W 1 10.7.0.13
  PING 10.7.0.13 (10.7.0.13) 56(84) bytes of data.
  
  --- 10.7.0.13 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec n3 ping -c 1 -W 1 10.7.0.11
  PING 10.7.0.11 (10.7.0.11) 56(84) bytes of data.
  
  --- 10.7.0.11 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n o neigh show | sort
  10.7.0.11 dev o0 lladdr 02:00:00:00:07:11 REACHABLE 
  10.7.0.12 dev o0 lladdr 02:00:00:00:07:12 REACHABLE 
  10.7.0.13 dev o0 lladdr 02:00:00:00:07:13 REACHABLE 
  $ sleep 0.1; ip -n n1 neigh show | sort
  10.7.0.12 dev m1 FAILED 
  10.7.0.13 dev m1 INCOMPLETE 
  10.7.0.2 dev m1 lladdr 02:00:00:00:07:02 DELAY 
  $ ip -n n3 neigh show | sort
  10.7.0.11 dev m3 INCOMPLETE 
  10.7.0.2 dev m3 lladdr 02:00:00:00:07:02 DELAY 
