macvlan modes, errors and listings.
  $ for n in h; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n h link add e0 address 02:00:00:00:00:01 type veth peer name x0 address 02:00:00:00:00:02
  $ ip -n h link add m1 link e0 address 02:00:00:00:01:01 type macvlan mode bridge
  $ ip -n h link add m2 link e0 address 02:00:00:00:01:02 type macvlan mode private
  $ ip -n h link add m3 link e0 address 02:00:00:00:01:03 type macvlan mode vepa
  $ ip -n h link add m4 link e0 address 02:00:00:00:01:04 type macvlan mode passthru
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h link add m5 link e0 address 02:00:00:00:01:05 type macvlan mode bogus
  Error: argument of "mode" must be "private", "vepa", "bridge", "passthru" or "source", not "bogus"
  [1]
  $ ip -n h link add m6 link nosuch type macvlan
  Cannot find device "nosuch"
  [1]
  $ ip -n h link add m7 type macvlan
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h link add m8 link m1 address 02:00:00:00:01:08 type macvlan
  $ ip -n h -d link show m1 | sed -n 3p
      macvlan mode bridge bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h -d link show m2 | sed -n 3p
      macvlan mode private bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h -d link show m8 | sed -n 1,3p
  7: m8@e0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:08 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      macvlan mode vepa bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h -br link show | sort
  e0@x0            DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST,M-DOWN> 
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  m1@e0            DOWN           02:00:00:00:01:01 <BROADCAST,MULTICAST,M-DOWN> 
  m2@e0            DOWN           02:00:00:00:01:02 <BROADCAST,MULTICAST,M-DOWN> 
  m3@e0            DOWN           02:00:00:00:01:03 <BROADCAST,MULTICAST,M-DOWN> 
  m8@e0            DOWN           02:00:00:00:01:08 <BROADCAST,MULTICAST,M-DOWN> 
  x0@e0            DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -n h link show type macvlan | grep -c macvlan
  0
  [1]
  $ ip -n h link set m1 type macvlan mode vepa
  $ ip -n h -d link show m1 | sed -n 3p
      macvlan mode vepa bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h link del e0
  $ ip -n h -br link show | sort
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
