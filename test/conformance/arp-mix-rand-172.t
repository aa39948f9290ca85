Random differential scenario (seed 172): host h on a bridged LAN with x and y; h's addresses change at random (secondaries, labels, peers, noprefixroute, scopes, lifetimes, 127/8 and 0/8, promote_secondaries) while its neighbour parameters (base_reachable_time_ms, delay_first_probe_time, ucast/mcast/app_solicit, retrans_time_ms, locktime) and ARP knobs (arp_accept, arp_notify, drop_gratuitous_arp, arp_ignore, arp_announce, arp_filter) change, pings and arpings (-U, -A, -D) cross the wire and ip neigh entries are added, changed and flushed; after the steps the local table, ip -s neigh (probes, states), /proc/net/arp and ip ntable of e0.

  $ for n in s h x y; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip -n s link add sw type bridge; ip -n s link set sw up
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name p1 netns s; ip link add x0 netns x address 02:00:00:00:02:00 type veth peer name p2 netns s; ip link add y0 netns y address 02:00:00:00:03:00 type veth peer name p3 netns s
  $ for p in p1 p2 p3; do ip -n s link set $p master sw; ip -n s link set $p up; done; ip -n h link set e0 up; ip -n x link set x0 up; ip -n y link set y0 up
  $ ip link add e1 netns h address 02:00:00:00:01:01 type veth peer name p4 netns s; ip -n s link set p4 master sw; ip -n s link set p4 up; ip -n h link set e1 up; ip -n h addr add 10.0.0.5/24 dev e1
  $ ip -n h addr add 10.0.0.1/24 dev e0; ip -n x addr add 10.0.0.100/24 dev x0; ip -n x addr add 10.0.1.100/24 dev x0; ip -n y addr add 10.0.0.200/24 dev y0
  $ for n in x y; do ip netns exec $n sysctl -qw net.ipv4.neigh.${n}0.base_reachable_time_ms=3600000 net.ipv4.neigh.${n}0.delay_first_probe_time=3600 net.ipv4.neigh.${n}0.mcast_solicit=1; done
  $ ip netns exec h sysctl -qw net.ipv4.neigh.e0.base_reachable_time_ms=3600000 net.ipv4.neigh.e0.delay_first_probe_time=1 net.ipv4.neigh.e0.mcast_solicit=2 net.ipv4.neigh.e0.ucast_solicit=1 net.ipv4.neigh.e0.retrans_time_ms=400; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.neigh.e1.base_reachable_time_ms=3600000 net.ipv4.neigh.e1.delay_first_probe_time=1 net.ipv4.neigh.e1.mcast_solicit=2 net.ipv4.neigh.e1.ucast_solicit=1 net.ipv4.neigh.e1.retrans_time_ms=1000; echo $?
  0
  $ ip -n h addr add 10.0.0.150/24 dev e1
  $ ip -n h addr add 10.0.0.2/24 dev e1
  $ ip -n h monitor neigh > mon 2>&1 & sleep 0.2
  $ ip -n h addr add 10.0.0.4/25 dev e1 brd -; echo $?
  0
  $ ip netns exec h ping -c 1 -W 1 10.0.0.100 >/dev/null 2>&1; echo $?
  0
  $ ip -n h neigh add proxy 10.0.1.100 dev e0; echo $?
  0
  $ ip -n h -s -j neigh show | tr '{' '\n' | sort
  "dst":"10.0.0.100","dev":"e1","lladdr":"02:00:00:00:02:00","refcnt":1,"used":0,"confirmed":0,"updated":0,"probes":2,"state":["REACHABLE"]}]
  [
  $ ip netns exec y arping -A -c 1 -I y0 10.0.0.100 >/dev/null; echo $?
  arping: bind: Cannot assign requested address
  2
  $ ip -n h addr add 192.168.5.1/24 dev e0 ; echo $?
  0
  $ ip -n h -4 addr show dev e1 | sed 's/[0-9]\+sec/Nsec/g'
  3: e1@if6: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns s
      inet 10.0.0.5/24 scope global e1
         valid_lft forever preferred_lft forever
      inet 10.0.0.4/25 brd 10.0.0.0 scope global e1
         valid_lft forever preferred_lft forever
      inet 10.0.0.150/24 scope global secondary e1
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary e1
         valid_lft forever preferred_lft forever
  $ ip -n h neigh show nud all | sort
  10.0.0.100 dev e1 lladdr 02:00:00:00:02:00 REACHABLE 
  $ ip -n h neigh show nud all | sort
  10.0.0.100 dev e1 lladdr 02:00:00:00:02:00 REACHABLE 
  $ ip -n h addr add 10.0.0.1/24 dev e0 ; echo $?
  Error: ipv4: Address already assigned.
  2
  $ ip -n h route show table local
  broadcast 10.0.0.0 dev e1 proto kernel scope link src 10.0.0.4 
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev e1 proto kernel scope host src 10.0.0.5 
  local 10.0.0.4 dev e1 proto kernel scope host src 10.0.0.4 
  local 10.0.0.5 dev e1 proto kernel scope host src 10.0.0.5 
  broadcast 10.0.0.127 dev e1 proto kernel scope link src 10.0.0.4 
  local 10.0.0.150 dev e1 proto kernel scope host src 10.0.0.5 
  broadcast 10.0.0.255 dev e1 proto kernel scope link src 10.0.0.5 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 192.168.5.1 dev e0 proto kernel scope host src 192.168.5.1 
  broadcast 192.168.5.255 dev e0 proto kernel scope link src 192.168.5.1 
  $ ip -n h -4 addr show dev e0 | sed 's/[0-9]\+sec/Nsec/g'
  2: e0@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns s
      inet 10.0.0.1/24 scope global e0
         valid_lft forever preferred_lft forever
      inet 192.168.5.1/24 scope global e0
         valid_lft forever preferred_lft forever
  $ ip netns exec x arping -D -c 1 -w 1 -I x0 10.0.1.1; echo $?
  ARPING 10.0.1.1 from 0.0.0.0 x0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  0
  $ ip -n h addr change 10.0.0.1/24 dev e0 preferred_lft 0; echo $?
  0
  $ ip -n h -4 addr show dev e1 | sed 's/[0-9]\+sec/Nsec/g'
  3: e1@if6: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns s
      inet 10.0.0.5/24 scope global e1
         valid_lft forever preferred_lft forever
      inet 10.0.0.4/25 brd 10.0.0.0 scope global e1
         valid_lft forever preferred_lft forever
      inet 10.0.0.150/24 scope global secondary e1
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary e1
         valid_lft forever preferred_lft forever
  $ ip netns exec h sysctl -qw net.ipv4.neigh.e1.locktime=3000; echo $?
  0
  $ ip netns exec y arping -c 1 -w 1 -I y0 10.0.0.5; echo $?
  ARPING 10.0.0.5 from 10.0.0.200 y0
  Unicast reply from 10.0.0.5 [02:00:00:00:01:01]  *ms (glob)
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  0
  $ ip -n h addr add 10.0.0.3/24 dev e0 noprefixroute; echo $?
  0
  $ ip -n h route show table local
  broadcast 10.0.0.0 dev e1 proto kernel scope link src 10.0.0.4 
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev e1 proto kernel scope host src 10.0.0.5 
  local 10.0.0.3 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.4 dev e1 proto kernel scope host src 10.0.0.4 
  local 10.0.0.5 dev e1 proto kernel scope host src 10.0.0.5 
  broadcast 10.0.0.127 dev e1 proto kernel scope link src 10.0.0.4 
  local 10.0.0.150 dev e1 proto kernel scope host src 10.0.0.5 
  broadcast 10.0.0.255 dev e1 proto kernel scope link src 10.0.0.5 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 192.168.5.1 dev e0 proto kernel scope host src 192.168.5.1 
  broadcast 192.168.5.255 dev e0 proto kernel scope link src 192.168.5.1 
  $ ip -n h addr add 10.0.1.1/24 dev e0 ; echo $?
  0
  $ ip -n h route show table local
  broadcast 10.0.0.0 dev e1 proto kernel scope link src 10.0.0.4 
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev e1 proto kernel scope host src 10.0.0.5 
  local 10.0.0.3 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.4 dev e1 proto kernel scope host src 10.0.0.4 
  local 10.0.0.5 dev e1 proto kernel scope host src 10.0.0.5 
  broadcast 10.0.0.127 dev e1 proto kernel scope link src 10.0.0.4 
  local 10.0.0.150 dev e1 proto kernel scope host src 10.0.0.5 
  broadcast 10.0.0.255 dev e1 proto kernel scope link src 10.0.0.5 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.1 
  local 10.0.1.1 dev e0 proto kernel scope host src 10.0.1.1 
  broadcast 10.0.1.255 dev e0 proto kernel scope link src 10.0.1.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 192.168.5.1 dev e0 proto kernel scope host src 192.168.5.1 
  broadcast 192.168.5.255 dev e0 proto kernel scope link src 192.168.5.1 
  $ sleep 2.5
  $ ip netns exec h sysctl -qw net.ipv4.neigh.e1.locktime=100; echo $?
  0
  $ ip netns exec y ping -c 1 -W 1 10.0.0.2 >/dev/null 2>&1; echo $?
  0
  $ ip -n h addr flush dev e0 to 10.0.0.2; echo $?
  0
  $ ip -n h route show table local
  broadcast 10.0.0.0 dev e1 proto kernel scope link src 10.0.0.4 
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev e1 proto kernel scope host src 10.0.0.5 
  local 10.0.0.3 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.4 dev e1 proto kernel scope host src 10.0.0.4 
  local 10.0.0.5 dev e1 proto kernel scope host src 10.0.0.5 
  broadcast 10.0.0.127 dev e1 proto kernel scope link src 10.0.0.4 
  local 10.0.0.150 dev e1 proto kernel scope host src 10.0.0.5 
  broadcast 10.0.0.255 dev e1 proto kernel scope link src 10.0.0.5 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.1 
  local 10.0.1.1 dev e0 proto kernel scope host src 10.0.1.1 
  broadcast 10.0.1.255 dev e0 proto kernel scope link src 10.0.1.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 192.168.5.1 dev e0 proto kernel scope host src 192.168.5.1 
  broadcast 192.168.5.255 dev e0 proto kernel scope link src 192.168.5.1 
  $ ip -n h addr add 10.0.0.1/24 dev e1 scope global; echo $?
  0
  $ ip -n h route show table local
  broadcast 10.0.0.0 dev e1 proto kernel scope link src 10.0.0.4 
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.1 dev e1 proto kernel scope host src 10.0.0.5 
  local 10.0.0.2 dev e1 proto kernel scope host src 10.0.0.5 
  local 10.0.0.3 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.4 dev e1 proto kernel scope host src 10.0.0.4 
  local 10.0.0.5 dev e1 proto kernel scope host src 10.0.0.5 
  broadcast 10.0.0.127 dev e1 proto kernel scope link src 10.0.0.4 
  local 10.0.0.150 dev e1 proto kernel scope host src 10.0.0.5 
  broadcast 10.0.0.255 dev e1 proto kernel scope link src 10.0.0.5 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.1 
  local 10.0.1.1 dev e0 proto kernel scope host src 10.0.1.1 
  broadcast 10.0.1.255 dev e0 proto kernel scope link src 10.0.1.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 192.168.5.1 dev e0 proto kernel scope host src 192.168.5.1 
  broadcast 192.168.5.255 dev e0 proto kernel scope link src 192.168.5.1 
  $ sleep 0.2; kill %1; wait; cat mon
  10.0.0.100 dev e1 lladdr 02:00:00:00:02:00 REACHABLE 
  10.0.0.200 dev e1 lladdr 02:00:00:00:03:00 STALE 
  10.0.0.200 dev e0 lladdr 02:00:00:00:03:00 STALE 
  $ sleep 4; ip -n h -s neigh show | sed 's/used [0-9/]*//' | sort; ip -n x neigh show | sort; ip -n y neigh show | sort
  10.0.0.100 dev e1 lladdr 02:00:00:00:02:00  ref 1 probes 2 REACHABLE 
  10.0.0.200 dev e0 lladdr 02:00:00:00:03:00  probes 0 STALE 
  10.0.0.200 dev e1 lladdr 02:00:00:00:03:00  ref 1 probes 1 REACHABLE 
  10.0.0.4 dev x0 lladdr 02:00:00:00:01:01 DELAY 
  10.0.0.2 dev y0 lladdr 02:00:00:00:01:01 REACHABLE 
  10.0.0.5 dev y0 lladdr 02:00:00:00:01:01 STALE 
  $ ip netns exec h cat /proc/net/arp | sort; ip -n h route show table local
  10.0.0.100       0x1         0x2         02:00:00:00:02:00     *        e1
  10.0.0.200       0x1         0x2         02:00:00:00:03:00     *        e0
  10.0.0.200       0x1         0x2         02:00:00:00:03:00     *        e1
  10.0.1.100       0x1         0xc         00:00:00:00:00:00     *        e0
  IP address       HW type     Flags       HW address            Mask     Device
  broadcast 10.0.0.0 dev e1 proto kernel scope link src 10.0.0.4 
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.1 dev e1 proto kernel scope host src 10.0.0.5 
  local 10.0.0.2 dev e1 proto kernel scope host src 10.0.0.5 
  local 10.0.0.3 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.4 dev e1 proto kernel scope host src 10.0.0.4 
  local 10.0.0.5 dev e1 proto kernel scope host src 10.0.0.5 
  broadcast 10.0.0.127 dev e1 proto kernel scope link src 10.0.0.4 
  local 10.0.0.150 dev e1 proto kernel scope host src 10.0.0.5 
  broadcast 10.0.0.255 dev e1 proto kernel scope link src 10.0.0.5 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.1 
  local 10.0.1.1 dev e0 proto kernel scope host src 10.0.1.1 
  broadcast 10.0.1.255 dev e0 proto kernel scope link src 10.0.1.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 192.168.5.1 dev e0 proto kernel scope host src 192.168.5.1 
  broadcast 192.168.5.255 dev e0 proto kernel scope link src 192.168.5.1 
  $ ip -n h -4 addr show | sed 's/[0-9]\+sec/Nsec/g'
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
  2: e0@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns s
      inet 10.0.0.1/24 scope global deprecated e0
         valid_lft forever preferred_lft forever
      inet 192.168.5.1/24 scope global e0
         valid_lft forever preferred_lft forever
      inet 10.0.1.1/24 scope global e0
         valid_lft forever preferred_lft forever
      inet 10.0.0.3/24 scope global secondary noprefixroute e0
         valid_lft forever preferred_lft forever
  3: e1@if6: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns s
      inet 10.0.0.5/24 scope global e1
         valid_lft forever preferred_lft forever
      inet 10.0.0.4/25 brd 10.0.0.0 scope global e1
         valid_lft forever preferred_lft forever
      inet 10.0.0.150/24 scope global secondary e1
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary e1
         valid_lft forever preferred_lft forever
      inet 10.0.0.1/24 scope global secondary e1
         valid_lft forever preferred_lft forever
  $ ip -n h ntable show dev e0 name arp_cache | sed 's/ reachable [0-9]* / reachable N /'
  inet arp_cache 
      dev e0 
      refcnt 2 reachable N base_reachable 3600000 retrans 400 
      gc_stale 60000 delay_probe 1000 queue 101 
      app_probes 0 ucast_probes 1 mcast_probes 2 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 1000 
