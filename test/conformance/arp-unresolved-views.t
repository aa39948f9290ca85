The views of a neighbour table holding every state an unresolved-ARP lab produces (INCOMPLETE while probing, FAILED after, STALE, REACHABLE, PERMANENT, NOARP; IPv6 off): ip neigh with nud filters, -s statistics, /proc/net/arp flags, arp -an and arp -n.
  $ ip netns add b
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip netns exec b sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set b0 netns b
  $ ip link set lo up; ip link set a0 up; ip -n b link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ping -c 1 -W 1 10.0.0.2 | sed -n 2p
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ping -c 1 -W 1 10.0.0.99 > /dev/null; echo rc=$?
  rc=1
  $ ip neigh add 10.0.0.50 lladdr 02:00:00:00:00:50 dev a0
  $ ip neigh add 10.0.0.51 dev a0 nud noarp lladdr 02:00:00:00:00:51
  $ ip neigh add 10.0.0.52 lladdr 02:00:00:00:00:52 dev a0 nud stale
  $ ping -c 1 -W 1 10.0.0.98 > /dev/null &
  $ sleep 0.2; ip neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE 
  10.0.0.50 dev a0 lladdr 02:00:00:00:00:50 PERMANENT 
  10.0.0.52 dev a0 lladdr 02:00:00:00:00:52 STALE 
  10.0.0.98 dev a0 INCOMPLETE 
  10.0.0.99 dev a0 INCOMPLETE 
  $ ip neigh show nud incomplete
  10.0.0.99 dev a0 INCOMPLETE 
  10.0.0.98 dev a0 INCOMPLETE 
  $ ip neigh show nud permanent
  10.0.0.50 dev a0 lladdr 02:00:00:00:00:50 PERMANENT 
  $ ip neigh show nud noarp
  10.0.0.51 dev a0 lladdr 02:00:00:00:00:51 NOARP 
  $ ip neigh show nud stale
  10.0.0.52 dev a0 lladdr 02:00:00:00:00:52 STALE 
  $ cat /proc/net/arp | sort
  10.0.0.2         0x1         0x2         02:00:00:00:0b:01     *        a0
  10.0.0.50        0x1         0x6         02:00:00:00:00:50     *        a0
  10.0.0.52        0x1         0x2         02:00:00:00:00:52     *        a0
  10.0.0.98        0x1         0x0         00:00:00:00:00:00     *        a0
  10.0.0.99        0x1         0x0         00:00:00:00:00:00     *        a0
  IP address       HW type     Flags       HW address            Mask     Device
  $ arp -an | sort
  ? (10.0.0.2) at 02:00:00:00:0b:01 [ether] on a0
  ? (10.0.0.50) at 02:00:00:00:00:50 [ether] PERM on a0
  ? (10.0.0.52) at 02:00:00:00:00:52 [ether] on a0
  ? (10.0.0.98) at <incomplete> on a0
  ? (10.0.0.99) at <incomplete> on a0
  $ arp -n | sort
  10.0.0.2                 ether   02:00:00:00:0b:01   C                     a0
  10.0.0.50                ether   02:00:00:00:00:50   CM                    a0
  10.0.0.52                ether   02:00:00:00:00:52   C                     a0
  10.0.0.98                        (incomplete)                              a0
  10.0.0.99                        (incomplete)                              a0
  Address                  HWtype  HWaddress           Flags Mask            Iface
  $ sleep 3.5; ip neigh show nud failed | sort
  10.0.0.98 dev a0 FAILED 
  10.0.0.99 dev a0 FAILED 
  $ ip neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE 
  10.0.0.50 dev a0 lladdr 02:00:00:00:00:50 PERMANENT 
  10.0.0.51 dev a0 lladdr 02:00:00:00:00:51 NOARP 
  10.0.0.52 dev a0 lladdr 02:00:00:00:00:52 STALE 
  10.0.0.98 dev a0 FAILED 
  10.0.0.99 dev a0 FAILED 
  $ cat /proc/net/arp | sort
  10.0.0.2         0x1         0x2         02:00:00:00:0b:01     *        a0
  10.0.0.50        0x1         0x6         02:00:00:00:00:50     *        a0
  10.0.0.52        0x1         0x2         02:00:00:00:00:52     *        a0
  10.0.0.98        0x1         0x0         00:00:00:00:00:00     *        a0
  10.0.0.99        0x1         0x0         00:00:00:00:00:00     *        a0
  IP address       HW type     Flags       HW address            Mask     Device
  $ arp -an | sort
  ? (10.0.0.2) at 02:00:00:00:0b:01 [ether] on a0
  ? (10.0.0.50) at 02:00:00:00:00:50 [ether] PERM on a0
  ? (10.0.0.52) at 02:00:00:00:00:52 [ether] on a0
  ? (10.0.0.98) at <incomplete> on a0
  ? (10.0.0.99) at <incomplete> on a0
  $ ip -s neigh show 10.0.0.99 | sed -E 's/used [0-9/]+/used U/'
  10.0.0.99 dev a0  used Uprobes 6 FAILED 
  $ ip -s neigh show 10.0.0.50 | sed -E 's/used [0-9/]+/used U/'
  10.0.0.50 dev a0 lladdr 02:00:00:00:00:50  used Uprobes 0 PERMANENT 
  $ ip neigh flush nud failed; ip neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE 
  10.0.0.50 dev a0 lladdr 02:00:00:00:00:50 PERMANENT 
  10.0.0.52 dev a0 lladdr 02:00:00:00:00:52 STALE 
