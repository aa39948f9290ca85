macvlan in passthru mode: the one macvlan takes the parent's MAC and makes the parent promiscuous (promiscuity 1, not shown in the flags); a second macvlan on that parent is refused, and so is a passthru macvlan on a parent that has one; nopromisc leaves the parent alone; the parent's MAC comes back when the macvlan goes.
  $ ip netns add h
  $ ip netns add o
  $ ip link add eth0 netns h address 02:00:00:00:04:01 type veth peer name o0 netns o address 02:00:00:00:04:02
  $ ip -n h link add link eth0 name m1 type macvlan mode passthru
  $ ip -n h link show m1
  3: m1@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:04:01 brd ff:ff:ff:ff:ff:ff
  $ ip -n h link add link eth0 name m2 type macvlan mode bridge
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h link add link eth0 name m2 type macvlan mode passthru
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h -d link show eth0 | sed -n 2p
      link/ether 02:00:00:00:04:01 brd ff:ff:ff:ff:ff:ff link-netns o promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
  $ ip -n h link set eth0 up
  $ ip -n h link set m1 up
  $ ip -n h -d link show eth0 | sed -n 2p
      link/ether 02:00:00:00:04:01 brd ff:ff:ff:ff:ff:ff link-netns o promiscuity 1  allmulti 0 minmtu 68 maxmtu 65535 
  $ ip -n h link show eth0
  2: eth0@if2: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:04:01 brd ff:ff:ff:ff:ff:ff link-netns o
  $ ip -n h -d link show m1 | sed -n 3p
      macvlan mode passthru bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n o link set o0 up
  $ ip -n o addr add 10.4.0.2/24 dev o0
  $ ip -n h addr add 10.4.0.1/24 dev m1
  $ ip netns exec o ping -c 1 -W 1 10.4.0.1
  PING 10.4.0.1 (10.4.0.1) 56(84) bytes of data.
  64 bytes from 10.4.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.4.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip -n o neigh show
  10.4.0.1 dev o0 lladdr 02:00:00:00:04:01 REACHABLE 
  $ ip -n h link set m1 type macvlan mode bridge
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h link set m1 address 02:00:00:00:04:33
  $ ip -n h link show eth0 | sed -n 2p
      link/ether 02:00:00:00:04:33 brd ff:ff:ff:ff:ff:ff link-netns o
  $ ip -n h link del m1
  $ ip -n h link show eth0 | sed -n 2p
      link/ether 02:00:00:00:04:01 brd ff:ff:ff:ff:ff:ff link-netns o
  $ ip -n h -d link show eth0 | sed -n 2p
      link/ether 02:00:00:00:04:01 brd ff:ff:ff:ff:ff:ff link-netns o promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
  $ ip -n h link add link eth0 name m3 type macvlan mode passthru nopromisc
  $ ip -n h link set m3 up
  $ ip -n h -d link show m3 | sed -n 3p
      macvlan mode passthru nopromisc bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h -d link show eth0 | sed -n 2p
      link/ether 02:00:00:00:04:01 brd ff:ff:ff:ff:ff:ff link-netns o promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
  $ ip -n h link add link eth0 name m4 type macvlan mode bridge nopromisc
  macvlan: nopromisc flag only valid in passthru mode
  Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  [1]
