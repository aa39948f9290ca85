Random differential scenario (seed 310): host h on a bridged LAN with x and y; h's addresses change at random (secondaries, labels, peers, noprefixroute, scopes, lifetimes, 127/8 and 0/8, promote_secondaries) while its neighbour parameters (base_reachable_time_ms, delay_first_probe_time, ucast/mcast/app_solicit, retrans_time_ms, locktime) and ARP knobs (arp_accept, arp_notify, drop_gratuitous_arp, arp_ignore, arp_announce, arp_filter) change, pings and arpings (-U, -A, -D) cross the wire and ip neigh entries are added, changed and flushed; after the steps the local table, ip -s neigh (probes, states), /proc/net/arp and ip ntable of e0.

  $ for n in s h x y; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip -n s link add sw type bridge; ip -n s link set sw up
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name p1 netns s; ip link add x0 netns x address 02:00:00:00:02:00 type veth peer name p2 netns s; ip link add y0 netns y address 02:00:00:00:03:00 type veth peer name p3 netns s
  $ for p in p1 p2 p3; do ip -n s link set $p master sw; ip -n s link set $p up; done; ip -n h link set e0 up; ip -n x link set x0 up; ip -n y link set y0 up
  $ ip -n h addr add 10.0.0.1/24 dev e0; ip -n x addr add 10.0.0.100/24 dev x0; ip -n x addr add 10.0.1.100/24 dev x0; ip -n y addr add 10.0.0.200/24 dev y0
  $ for n in x y; do ip netns exec $n sysctl -qw net.ipv4.neigh.${n}0.base_reachable_time_ms=3600000 net.ipv4.neigh.${n}0.delay_first_probe_time=3600 net.ipv4.neigh.${n}0.mcast_solicit=1; done
  $ ip netns exec h sysctl -qw net.ipv4.neigh.e0.base_reachable_time_ms=3600000 net.ipv4.neigh.e0.delay_first_probe_time=1 net.ipv4.neigh.e0.mcast_solicit=3 net.ipv4.neigh.e0.ucast_solicit=1 net.ipv4.neigh.e0.retrans_time_ms=400; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.promote_secondaries=1 net.ipv4.conf.e0.promote_secondaries=1
  $ ip -n h addr add 10.0.0.9/32 dev e0
  $ ip -n h addr add 10.0.0.3/24 dev e0
  $ ip -n h addr add 10.0.0.2/24 dev e0
  $ ip -n h addr add 10.0.0.150/24 dev e0
  $ ip -n h monitor neigh > mon 2>&1 & sleep 0.2
  $ ip -n h neigh del 10.0.0.77 dev e0; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip -n h route show table local; ip -n h route show
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.3 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.9 dev e0 proto kernel scope host src 10.0.0.9 
  local 10.0.0.150 dev e0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  10.0.0.0/24 dev e0 proto kernel scope link src 10.0.0.1 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_ignore=2; echo $?
  0
  $ ip -n h addr add 0.0.0.7/8 dev e0 valid_lft 30 preferred_lft 30; echo $?
  0
  $ ip -n h route show table local
  local 0.0.0.7 dev e0 proto kernel scope host src 0.0.0.7 
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.3 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.9 dev e0 proto kernel scope host src 10.0.0.9 
  local 10.0.0.150 dev e0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip -n h -4 addr show dev e0 | sed 's/[0-9]\+sec/Nsec/g'
  2: e0@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns s
      inet 10.0.0.1/24 scope global e0
         valid_lft forever preferred_lft forever
      inet 10.0.0.9/32 scope global e0
         valid_lft forever preferred_lft forever
      inet 0.0.0.7/8 scope global dynamic e0
         valid_lft Nsec preferred_lft Nsec
      inet 10.0.0.3/24 scope global secondary e0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary e0
         valid_lft forever preferred_lft forever
      inet 10.0.0.150/24 scope global secondary e0
         valid_lft forever preferred_lft forever
  $ ip -n h neigh del 10.0.0.77 dev e0; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip -n h addr add 192.168.5.1/24 dev e0 noprefixroute; echo $?
  0
  $ ip -n x addr del 10.0.0.100/24 dev x0; echo $?
  0
  $ sleep 0.5; ip -n h -s neigh show | sed 's/used [0-9/]*//' | sort
  $ ip -n h addr add 0.0.0.7/8 dev e0 noprefixroute; echo $?
  Error: ipv4: Address already assigned.
  2
  $ ip -n h -4 addr show dev e0 | sed 's/[0-9]\+sec/Nsec/g'
  2: e0@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns s
      inet 10.0.0.1/24 scope global e0
         valid_lft forever preferred_lft forever
      inet 10.0.0.9/32 scope global e0
         valid_lft forever preferred_lft forever
      inet 0.0.0.7/8 scope global dynamic e0
         valid_lft Nsec preferred_lft Nsec
      inet 192.168.5.1/24 scope global noprefixroute e0
         valid_lft forever preferred_lft forever
      inet 10.0.0.3/24 scope global secondary e0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary e0
         valid_lft forever preferred_lft forever
      inet 10.0.0.150/24 scope global secondary e0
         valid_lft forever preferred_lft forever
  $ sleep 6.5
  $ ip -n h addr add 0.0.0.7/8 dev e0 noprefixroute label e0:0; echo $?
  Error: ipv4: Address already assigned.
  2
  $ ip -n h addr del 127.0.0.5/8 dev e0; echo $?
  Error: ipv4: Address not found.
  2
  $ ip -n h route show table local
  local 0.0.0.7 dev e0 proto kernel scope host src 0.0.0.7 
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.3 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.9 dev e0 proto kernel scope host src 10.0.0.9 
  local 10.0.0.150 dev e0 proto kernel scope host src 10.0.0.1 
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
      inet 10.0.0.9/32 scope global e0
         valid_lft forever preferred_lft forever
      inet 0.0.0.7/8 scope global dynamic e0
         valid_lft Nsec preferred_lft Nsec
      inet 192.168.5.1/24 scope global noprefixroute e0
         valid_lft forever preferred_lft forever
      inet 10.0.0.3/24 scope global secondary e0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary e0
         valid_lft forever preferred_lft forever
      inet 10.0.0.150/24 scope global secondary e0
         valid_lft forever preferred_lft forever
  $ ip -n h addr del 10.0.0.0/24 dev e0; echo $?
  Error: ipv4: Address not found.
  2
  $ ip -n h route show table local
  local 0.0.0.7 dev e0 proto kernel scope host src 0.0.0.7 
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.3 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.9 dev e0 proto kernel scope host src 10.0.0.9 
  local 10.0.0.150 dev e0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 192.168.5.1 dev e0 proto kernel scope host src 192.168.5.1 
  broadcast 192.168.5.255 dev e0 proto kernel scope link src 192.168.5.1 
  $ sleep 4.5
  $ ip -n h addr del 10.0.0.2/24 dev e0; echo $?
  0
  $ ip -n h route show table local
  local 0.0.0.7 dev e0 proto kernel scope host src 0.0.0.7 
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.3 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.9 dev e0 proto kernel scope host src 10.0.0.9 
  local 10.0.0.150 dev e0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 192.168.5.1 dev e0 proto kernel scope host src 192.168.5.1 
  broadcast 192.168.5.255 dev e0 proto kernel scope link src 192.168.5.1 
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.arp_accept=0; echo $?
  0
  $ sleep 6.5
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.arp_notify=0; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.arp_filter=1; echo $?
  0
  $ ip netns exec x arping -D -c 1 -w 1 -I x0 10.0.0.1; echo $?
  ARPING 10.0.0.1 from 0.0.0.0 x0
  Unicast reply from 10.0.0.1 [02:00:00:00:01:00]  *ms (glob)
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  1
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.arp_filter=0; echo $?
  0
  $ sleep 0.2; kill %1; wait; cat mon
  $ sleep 4; ip -n h -s neigh show | sed 's/used [0-9/]*//' | sort; ip -n x neigh show | sort; ip -n y neigh show | sort
  $ ip netns exec h cat /proc/net/arp | sort; ip -n h route show table local
  IP address       HW type     Flags       HW address            Mask     Device
  local 0.0.0.7 dev e0 proto kernel scope host src 0.0.0.7 
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.3 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.9 dev e0 proto kernel scope host src 10.0.0.9 
  local 10.0.0.150 dev e0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.1 
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
      inet 10.0.0.1/24 scope global e0
         valid_lft forever preferred_lft forever
      inet 10.0.0.9/32 scope global e0
         valid_lft forever preferred_lft forever
      inet 0.0.0.7/8 scope global dynamic e0
         valid_lft Nsec preferred_lft Nsec
      inet 192.168.5.1/24 scope global noprefixroute e0
         valid_lft forever preferred_lft forever
      inet 10.0.0.3/24 scope global secondary e0
         valid_lft forever preferred_lft forever
      inet 10.0.0.150/24 scope global secondary e0
         valid_lft forever preferred_lft forever
  $ ip -n h ntable show dev e0 name arp_cache | sed 's/ reachable [0-9]* / reachable N /'
  inet arp_cache 
      dev e0 
      refcnt 1 reachable N base_reachable 3600000 retrans 400 
      gc_stale 60000 delay_probe 1000 queue 101 
      app_probes 0 ucast_probes 1 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 1000 
