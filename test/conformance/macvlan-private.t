macvlan in private mode: siblings on one parent never reach each other (not even through a hairpinning switch); both still reach a second host on the wire.
  $ ip netns add h
  $ ip netns add o
  $ ip link add eth0 netns h address 02:00:00:00:02:01 type veth peer name o0 netns o address 02:00:00:00:02:02
  $ ip -n h link add link eth0 name m1 address 02:00:00:00:02:11 type macvlan mode private
  $ ip -n h link add link eth0 name m2 address 02:00:00:00:02:12 type macvlan mode private
  $ ip netns add n1
  $ ip netns add n2
  $ ip -n h link set m1 netns n1
  $ ip -n h link set m2 netns n2
  $ ip -n h link set eth0 up
  $ ip -n o link set o0 up
  $ ip -n n1 link set m1 up
  $ ip -n n2 link set m2 up
  $ ip -n o addr add 10.2.0.2/24 dev o0
  $ ip -n n1 addr add 10.2.0.11/24 dev m1
  $ ip -n n2 addr add 10.2.0.12/24 dev m2
  $ ip -n n1 -d link show m1
  3: m1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:02:11 brd ff:ff:ff:ff:ff:ff link-netns h promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      macvlan mode private bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip netns exec n1 ping -c 1 -W 1 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 56(84) bytes of data.
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec n2 ping -c 1 -W 1 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 56(84) bytes of data.
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec n1 ping -c 1 -W 1 10.2.0.12
  PING 10.2.0.12 (10.2.0.12) 56(84) bytes of data.
  
  --- 10.2.0.12 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n n1 neigh show | sort
  10.2.0.12 dev m1 INCOMPLETE 
  10.2.0.2 dev m1 lladdr 02:00:00:00:02:02 REACHABLE 
  $ ip -n o neigh show | sort
  10.2.0.11 dev o0 lladdr 02:00:00:00:02:11 DELAY 
  10.2.0.12 dev o0 lladdr 02:00:00:00:02:12 DELAY 
  $ ip -n n1 -s link show m1 | sed -n 4p
             140       2      0       0       0       0 
