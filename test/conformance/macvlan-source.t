macvlan in source mode: the macvlan receives only frames whose source MAC is in its list (macaddr add/del/set/flush), and ip -d link prints the list.
  $ ip netns add h
  $ ip netns add o
  $ ip link add eth0 netns h address 02:00:00:00:05:01 type veth peer name o0 netns o address 02:00:00:00:05:02
  $ ip -n h link add link eth0 name s0 address 02:00:00:00:05:11 type macvlan mode source macaddr add 02:00:00:00:05:02
  $ ip -n h -d link show s0 | sed -n 3p
      macvlan mode source bcqueuelen 1000 usedbcqueuelen 1000 remotes (1) 02:00:00:00:05:02 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h link set s0 type macvlan macaddr add 02:00:00:00:05:77
  $ ip -n h -d link show s0 | sed -n 3p
      macvlan mode source bcqueuelen 1000 usedbcqueuelen 1000 remotes (2) 02:00:00:00:05:02 02:00:00:00:05:77 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h link set s0 type macvlan macaddr del 02:00:00:00:05:77
  $ ip -n h -d link show s0 | sed -n 3p
      macvlan mode source bcqueuelen 1000 usedbcqueuelen 1000 remotes (1) 02:00:00:00:05:02 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h link set s0 type macvlan macaddr set 02:00:00:00:05:aa 02:00:00:00:05:bb
  $ ip -n h -d link show s0 | sed -n 3p
      macvlan mode source bcqueuelen 1000 usedbcqueuelen 1000 remotes (2) 02:00:00:00:05:bb 02:00:00:00:05:aa addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h link set s0 type macvlan macaddr flush
  $ ip -n h -d link show s0 | sed -n 3p
      macvlan mode source bcqueuelen 1000 usedbcqueuelen 1000 remotes (0) addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h link set s0 type macvlan macaddr add 02:00:00:00:05:02
  $ ip netns add n1
  $ ip -n h link set s0 netns n1
  $ ip -n h link set eth0 up
  $ ip -n n1 link set s0 up
  $ ip -n o link set o0 up
  $ ip -n o addr add 10.5.0.2/24 dev o0
  $ ip -n n1 addr add 10.5.0.11/24 dev s0
  $ ip -n h addr add 10.5.0.1/24 dev eth0
  $ ip netns exec o ping -c 1 -W 1 10.5.0.1
  PING 10.5.0.1 (10.5.0.1) 56(84) bytes of data.
  64 bytes from 10.5.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.5.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec o ping -c 1 -W 1 10.5.0.11
  PING 10.5.0.11 (10.5.0.11) 56(84) bytes of data.
  64 bytes from 10.5.0.11: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.5.0.11 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip -n o neigh show | sort
  10.5.0.1 dev o0 lladdr 02:00:00:00:05:01 REACHABLE 
  10.5.0.11 dev o0 lladdr 02:00:00:00:05:11 REACHABLE 
  $ ip -n h link add link eth0 name s1 type macvlan mode bridge macaddr add 02:00:00:00:05:02
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h link add link eth0 name s1 type macvlan mode source macaddr add ff:ff:ff:ff:ff:ff
  RTNETLINK answers: Cannot assign requested address
  [2]
