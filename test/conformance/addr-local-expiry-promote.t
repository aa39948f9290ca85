Address lifetimes ending under promote_secondaries: a primary that deprecates then expires hands its prefix to the next secondary (promoted, its local and broadcast routes kept, the prefix route's src moved), an expiring secondary leaves alone; ARP answers and the source of h's pings follow; /proc/net/arp and the local table after each step.
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name x0 netns x address 02:00:00:00:02:00
  $ ip -n h link set e0 up; ip -n x link set x0 up; ip -n x addr add 10.0.0.100/24 dev x0
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.promote_secondaries=1
  $ ip -n h addr add 10.0.0.1/24 dev e0 valid_lft 3 preferred_lft 1
  $ ip -n h addr add 10.0.0.2/24 dev e0 label e0:two
  $ ip -n h addr add 10.0.0.3/24 dev e0 valid_lft 6 preferred_lft 6
  $ ip -n h addr add 10.0.5.1/24 dev e0 valid_lft 6 preferred_lft 0 noprefixroute
  $ ip -n h -4 addr show dev e0 | sed 's/[0-9]\+sec/Nsec/g'
  2: e0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns x
      inet 10.0.0.1/24 scope global dynamic e0
         valid_lft Nsec preferred_lft Nsec
      inet 10.0.5.1/24 scope global deprecated dynamic noprefixroute e0
         valid_lft Nsec preferred_lft Nsec
      inet 10.0.0.2/24 scope global secondary e0:two
         valid_lft forever preferred_lft forever
      inet 10.0.0.3/24 scope global secondary dynamic e0
         valid_lft Nsec preferred_lft Nsec
  $ ip -n h route show table local; ip -n h route show
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.3 dev e0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.1 
  local 10.0.5.1 dev e0 proto kernel scope host src 10.0.5.1 
  broadcast 10.0.5.255 dev e0 proto kernel scope link src 10.0.5.1 
  10.0.0.0/24 dev e0 proto kernel scope link src 10.0.0.1 
  $ sleep 1.6; ip -n h -4 addr show dev e0 | grep -A1 10.0.0.1 | sed 's/[0-9]\+sec/Nsec/g'
      inet 10.0.0.1/24 scope global deprecated dynamic e0
         valid_lft Nsec preferred_lft Nsec
  $ ip netns exec h ping -c 1 -W 1 10.0.0.100 > /dev/null; echo $?; ip -n x neigh show
  0
  10.0.0.1 dev x0 lladdr 02:00:00:00:01:00 DELAY 
  $ sleep 2.9; ip -n h -4 addr show dev e0 | sed 's/[0-9]\+sec/Nsec/g'
  2: e0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns x
      inet 10.0.5.1/24 scope global deprecated dynamic noprefixroute e0
         valid_lft Nsec preferred_lft Nsec
      inet 10.0.0.2/24 scope global e0:two
         valid_lft forever preferred_lft forever
      inet 10.0.0.3/24 scope global secondary dynamic e0
         valid_lft Nsec preferred_lft Nsec
  $ ip -n h route show table local; ip -n h route show
  local 10.0.0.2 dev e0 proto kernel scope host src 10.0.0.2 
  local 10.0.0.3 dev e0 proto kernel scope host src 10.0.0.2 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.2 
  local 10.0.5.1 dev e0 proto kernel scope host src 10.0.5.1 
  broadcast 10.0.5.255 dev e0 proto kernel scope link src 10.0.5.1 
  10.0.0.0/24 dev e0 proto kernel scope link src 10.0.0.2 
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.0.1 | grep -c Unicast; ip netns exec x arping -c 1 -w 1 -I x0 10.0.0.2 | grep Unicast | cut -d' ' -f1-5
  0
  Unicast reply from 10.0.0.2 [02:00:00:00:01:00]
  $ ip -n x neigh flush all; ip -n h neigh flush all; ip netns exec h ping -c 1 -W 1 10.0.0.100 > /dev/null; echo $?; ip -n x neigh show
  0
  10.0.0.2 dev x0 lladdr 02:00:00:00:01:00 DELAY 
  $ ip -n h route get 10.0.0.100; ip -n h route get 10.0.5.7
  10.0.0.100 dev e0 src 10.0.0.2 uid 0 
      cache 
  RTNETLINK answers: Network is unreachable
  [2]
  $ sleep 3; ip -n h -4 addr show dev e0 | sed 's/[0-9]\+sec/Nsec/g'
  2: e0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns x
      inet 10.0.0.2/24 scope global e0:two
         valid_lft forever preferred_lft forever
  $ ip -n h route show table local; ip -n h route show
  local 10.0.0.2 dev e0 proto kernel scope host src 10.0.0.2 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.2 
  10.0.0.0/24 dev e0 proto kernel scope link src 10.0.0.2 
  $ ip netns exec h cat /proc/net/arp; ip -n h neigh show
  IP address       HW type     Flags       HW address            Mask     Device
  10.0.0.100       0x1         0x2         02:00:00:00:02:00     *        e0
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 REACHABLE 
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.promote_secondaries=0; ip -n h addr add 10.0.0.7/24 dev e0 valid_lft 2 preferred_lft 2; ip -n h addr add 10.0.0.8/24 dev e0; ip -n h addr del 10.0.0.2/24 dev e0
  $ ip -n h -4 addr show dev e0 | sed 's/[0-9]\+sec/Nsec/g'; ip -n h route show table local
  $ ip -n h addr add 10.0.0.2/24 dev e0; ip -n h addr add 10.0.0.9/24 dev e0 valid_lft 2 preferred_lft 1; ip -n h addr show dev e0 | grep -c inet
  2
  $ sleep 3.5; ip -n h -4 addr show dev e0 | sed 's/[0-9]\+sec/Nsec/g'; ip -n h route show table local; ip -n h route show
  2: e0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns x
      inet 10.0.0.2/24 scope global e0
         valid_lft forever preferred_lft forever
  local 10.0.0.2 dev e0 proto kernel scope host src 10.0.0.2 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.2 
  10.0.0.0/24 dev e0 proto kernel scope link src 10.0.0.2 
