tuxnet extension, not recorded on a kernel (no stock kernel has the virt module; the outputs follow the module's semantics): virt0 on eth0 shares eth0's MAC, takes the ARP and IPv4 frames for its own addresses (eth0 answers neither: no arp_ignore needed), sends through eth0 with its own counters, while eth0 keeps working; it follows eth0's carrier and MTU and goes with it. IPv6 is off in h (its MLD reports, DAD and router solicitations would add to the counters).
  $ ip netns add h
  $ ip netns add c
  $ ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1
  $ ip link add eth0 netns h address 02:00:00:00:00:11 type veth peer name c0 netns c address 02:00:00:00:00:22
  $ ip -n h link add link eth0 name virt0 type virt
  $ ip -n h link add link eth0 name virt1 address 02:00:00:00:00:33 type virt
  Error: A virt interface shares its parent's MAC.
  [2]
  $ ip -n h link add link lo name virt1 type virt
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h link add name virt1 type virt
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h link add link eth0 name virt1 type virt mode bridge
  virt: unknown option "mode"?
  Usage: ... virt
  [1]
  $ ip -n h link set eth0 up
  $ ip -n h link set virt0 up
  $ ip -n c link set c0 up
  $ ip -n h addr add 192.168.50.17/24 dev eth0
  $ ip -n h addr add 192.168.56.101/24 dev virt0
  $ ip -n c addr add 192.168.50.1/24 dev c0
  $ ip -n c addr add 192.168.56.1/24 dev c0
  $ ip -n h -d link show virt0
  3: virt0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      virt addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip netns exec c ping -c 2 -i 0.2 192.168.50.17
  PING 192.168.50.17 (192.168.50.17) 56(84) bytes of data.
  64 bytes from 192.168.50.17: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 192.168.50.17: icmp_seq=2 ttl=64 time=* ms (glob)
  
  --- 192.168.50.17 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec c ping -c 2 -i 0.2 192.168.56.101
  PING 192.168.56.101 (192.168.56.101) 56(84) bytes of data.
  64 bytes from 192.168.56.101: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 192.168.56.101: icmp_seq=2 ttl=64 time=* ms (glob)
  
  --- 192.168.56.101 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip -n c neigh show | sort
  192.168.50.17 dev c0 lladdr 02:00:00:00:00:11 REACHABLE 
  192.168.56.101 dev c0 lladdr 02:00:00:00:00:11 REACHABLE 
  $ ip -n h neigh show | sort
  192.168.50.1 dev eth0 lladdr 02:00:00:00:00:22 DELAY 
  192.168.56.1 dev virt0 lladdr 02:00:00:00:00:22 DELAY 
  $ ip -n h -s link show virt0
  3: virt0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
             238       3      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             238       3      0       0       0       0 
  $ ip netns exec h ping -c 1 -I virt0 192.168.56.1
  PING 192.168.56.1 (192.168.56.1) from 192.168.56.101 virt0: 56(84) bytes of data.
  64 bytes from 192.168.56.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 192.168.56.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip -n h link set virt0 address 02:00:00:00:00:44
  RTNETLINK answers: Operation not supported
  [2]
  $ ip -n h link set eth0 mtu 1400
  $ ip -n h link show virt0
  3: virt0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1400 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
  $ ip -n h link set eth0 down
  $ ip -n h link show virt0
  3: virt0@eth0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1400 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
  $ ip -n h link del eth0
  $ ip -n h link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
