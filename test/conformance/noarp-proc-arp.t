/proc/net/arp and arp -an against ip neigh for every kind of entry: NOARP entries (broadcast, multicast, a NOARP device's) are skipped there (NEIGH_SEQ_SKIP_NOARP) but ip neigh get finds them; flags 0x0/0x2/0x6 for incomplete, reachable and permanent; the NOARP device's peer address as its own MAC.
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add h0 netns h address 02:00:00:00:00:01 type veth peer name x0 netns x address 02:00:00:00:00:02
  $ ip link add h1 netns h address 02:00:00:00:00:03 type veth peer name x1 netns x address 02:00:00:00:00:04
  $ ip -n h link set h0 up; ip -n x link set x0 up; ip -n h link set h1 up; ip -n x link set x1 up
  $ ip -n h addr add 10.0.0.1/24 dev h0; ip -n x addr add 10.0.0.2/24 dev x0
  $ ip -n h addr add 10.0.1.1/24 dev h1; ip -n x addr add 10.0.1.2/24 dev x1
  $ ip -n h link set h1 arp off
  $ ip netns exec h ping -c 1 -W 1 10.0.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  $ ip netns exec h ping -c 1 -W 1 10.0.0.99 | tail -1 | sed -E 's/time.*//'
  $ ip netns exec h ping -c 1 -W 1 10.0.1.2 | tail -1 | sed -E 's/time.*//'
  $ ip netns exec h sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns exec h ping -b -c 1 -W 1 10.0.0.255 2>&1 | sed -n 1p
  WARNING: pinging broadcast address
  $ ip netns exec h ping -c 1 -W 1 -I h0 224.0.0.1 | sed -n 1p
  PING 224.0.0.1 (224.0.0.1) from 10.0.0.1 h0: 56(84) bytes of data.
  $ ip -n h neigh add 10.0.0.50 lladdr 02:00:00:00:00:50 dev h0
  $ ip -n h neigh add 10.0.0.51 lladdr 02:00:00:00:00:51 dev h0 nud stale
  $ ip -n h neigh add 10.0.0.52 dev h0 nud noarp
  Error: No link layer address given.
  [2]
  $ ip -n h neigh add 10.0.0.53 lladdr 02:00:00:00:00:53 dev h1 nud noarp
  $ ip -n h neigh show nud all | sed -E 's/ (REACHABLE|STALE|DELAY)/ S/' | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.2 dev h0 lladdr 02:00:00:00:00:02 S 
  10.0.0.255 dev h0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  10.0.0.50 dev h0 lladdr 02:00:00:00:00:50 PERMANENT 
  10.0.0.51 dev h0 lladdr 02:00:00:00:00:51 S 
  10.0.0.52 dev h0 
  10.0.0.53 dev h1 lladdr 02:00:00:00:00:53 NOARP 
  10.0.0.99 dev h0 FAILED 
  10.0.1.2 dev h1 lladdr 02:00:00:00:00:03 NOARP 
  224.0.0.1 dev h0 lladdr 01:00:5e:00:00:01 NOARP 
  $ ip netns exec h cat /proc/net/arp | sed -E 's/0x2 +02:00:00:00:00:02/0xS 02:00:00:00:00:02/' | sort
  10.0.0.2         0x1         0xS 02:00:00:00:00:02     *        h0
  10.0.0.50        0x1         0x6         02:00:00:00:00:50     *        h0
  10.0.0.51        0x1         0x2         02:00:00:00:00:51     *        h0
  10.0.0.99        0x1         0x0         00:00:00:00:00:00     *        h0
  IP address       HW type     Flags       HW address            Mask     Device
  $ ip netns exec h arp -an | sort
  ? (10.0.0.2) at 02:00:00:00:00:02 [ether] on h0
  ? (10.0.0.50) at 02:00:00:00:00:50 [ether] PERM on h0
  ? (10.0.0.51) at 02:00:00:00:00:51 [ether] on h0
  ? (10.0.0.99) at <incomplete> on h0
  $ ip -n h neigh get 10.0.1.2 dev h1
  10.0.1.2 dev h1 lladdr 02:00:00:00:00:03 NOARP 
  $ ip -n h neigh get 10.0.0.255 dev h0
  10.0.0.255 dev h0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  $ ip -n h neigh get 224.0.0.1 dev h0
  224.0.0.1 dev h0 lladdr 01:00:5e:00:00:01 NOARP 
  $ ip -n h neigh get 10.0.0.52 dev h0
  10.0.0.52 dev h0 
  $ ip -n h neigh get 10.0.0.98 dev h0
  Error: Neighbour entry not found.
  [2]
  $ ip -n h neigh get 10.0.1.2 dev h0
  Error: Neighbour entry not found.
  [2]
  $ ip -n h neigh del 10.0.0.255 dev h0
  $ ip -n h neigh del 10.0.1.2 dev h1
  $ ip -n h neigh show nud noarp | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.53 dev h1 lladdr 02:00:00:00:00:53 NOARP 
  224.0.0.1 dev h0 lladdr 01:00:5e:00:00:01 NOARP 
  $ ip -n h -j neigh show nud noarp dev h1
  [{"dst":"10.0.0.53","lladdr":"02:00:00:00:00:53","state":["NOARP"]}]
  $ ip -n h neigh flush nud noarp
  $ ip -n h neigh show nud all | sed -E 's/ (REACHABLE|STALE|DELAY)/ S/' | sort
  10.0.0.2 dev h0 lladdr 02:00:00:00:00:02 S 
  10.0.0.50 dev h0 lladdr 02:00:00:00:00:50 PERMANENT 
  10.0.0.51 dev h0 lladdr 02:00:00:00:00:51 S 
  10.0.0.52 dev h0 
  10.0.0.99 dev h0 FAILED 
