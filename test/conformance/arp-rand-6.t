Random differential scenario (seed 6): host h with two interfaces e0/e1 on one bridged LAN with hosts x and y (and z behind h's third link e2), random ARP knobs (arp_ignore, arp_announce, arp_filter, arp_accept, drop_gratuitous_arp, proxy_arp, proxy_arp_pvlan, medium_id, arp_notify), secondary/lo/scoped addresses and rules; then arping (plain, -s, -U, -A, -D, -b), pings, and which interface learned what (sorted ip neigh) and the ARP counters.

  $ for n in s h x y z; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip -n s link add sw type bridge; ip -n s link set sw up
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name p1 netns s; ip link add e1 netns h address 02:00:00:00:01:01 type veth peer name p2 netns s
  $ ip link add x0 netns x address 02:00:00:00:02:00 type veth peer name p3 netns s; ip link add y0 netns y address 02:00:00:00:03:00 type veth peer name p4 netns s
  $ ip link add e2 netns h address 02:00:00:00:01:02 type veth peer name z0 netns z address 02:00:00:00:04:00
  $ for p in p1 p2 p3 p4; do ip -n s link set $p master sw; ip -n s link set $p up; done
  $ for d in e0 e1 e2; do ip -n h link set $d up; done; for n in x y z; do ip -n $n link set ${n}0 up; done
  $ ip -n h addr add 10.0.0.1/24 dev e0; ip -n h addr add 10.0.0.2/24 dev e1; ip -n h addr add 10.2.0.1/24 dev e2
  $ ip -n x addr add 10.0.0.100/24 dev x0; ip -n y addr add 10.0.0.200/24 dev y0; ip -n z addr add 10.2.0.2/24 dev z0
  $ ip -n z route add default via 10.2.0.1; ip -n x route add 10.9.9.0/24 via 10.0.0.1
  $ for d in e0 e1 e2; do ip netns exec h sysctl -qw net.ipv4.neigh.$d.base_reachable_time_ms=3600000 net.ipv4.neigh.$d.delay_first_probe_time=3600 net.ipv4.neigh.${n}0.mcast_solicit=1; done
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/z0/mcast_solicit: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/z0/mcast_solicit: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/z0/mcast_solicit: No such file or directory
  [1]
  $ for n in x y z; do ip netns exec $n sysctl -qw net.ipv4.neigh.${n}0.base_reachable_time_ms=3600000 net.ipv4.neigh.${n}0.delay_first_probe_time=3600 net.ipv4.neigh.${n}0.mcast_solicit=1; done
  $ ip -n h rule add from 10.0.0.2 table 100; ip -n h route add 10.0.0.0/24 dev e1 table 100; echo $?
  0
  $ ip -n h addr add 10.0.0.12/24 dev e1; echo $?
  0
  $ ip -n h addr add 10.0.0.11/24 dev e0; echo $?
  0
  $ ip -n h addr add 10.0.0.21/32 dev e0 scope host; echo $?
  0
  $ ip -n s link set p2 type bridge_slave flood off; echo $?
  0
  $ ip netns exec x sysctl -qw net.ipv4.conf.x0.drop_gratuitous_arp=0; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.rp_filter=2; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.accept_local=1; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.default.arp_ignore=4; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.default.arp_notify=0; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.e2.medium_id=-1; echo $?
  0
  $ ip netns exec x sysctl -qw net.ipv4.conf.x0.arp_accept=0; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.e1.arp_accept=1; echo $?
  0
  $ ip netns exec x ping -c 1 -W 1 10.2.0.2 >/dev/null; echo $?
  ping: connect: Network is unreachable
  2
  $ ip netns exec x ping -c 1 -W 1 10.0.0.1 >/dev/null; echo $?
  0
  $ ip -n h addr del 10.0.0.1/24 dev e0; echo $?
  0
  $ ip netns exec h ping -c 1 -W 1 -I e0 10.0.0.200 >/dev/null 2>&1; echo $?
  0
  $ ip netns exec y arping -D -c 1 -w 1 -I y0 10.0.0.100; echo $?
  ARPING 10.0.0.100 from 0.0.0.0 y0
  Unicast reply from 10.0.0.100 [02:00:00:00:02:00]  *ms (glob)
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  1
  $ ip netns exec h ping -c 1 -W 1 10.0.5.100 >/dev/null 2>&1; echo $?
  2
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.0.1; echo $?
  ARPING 10.0.0.1 from 10.0.0.100 x0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ ip netns exec y arping -D -c 1 -w 1 -I y0 10.0.0.12; echo $?
  ARPING 10.0.0.12 from 0.0.0.0 y0
  Unicast reply from 10.0.0.12 [02:00:00:00:01:01]  *ms (glob)
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  1
  $ sleep 3.2; for n in h x y z; do echo "== $n"; ip -n $n neigh show | sort; done
  == h
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 DELAY 
  10.0.0.100 dev e1 lladdr 02:00:00:00:02:00 STALE 
  10.0.0.200 dev e0 lladdr 02:00:00:00:03:00 REACHABLE 
  == x
  10.0.0.1 dev x0 lladdr 02:00:00:00:01:01 REACHABLE 
  == y
  10.0.0.2 dev y0 lladdr 02:00:00:00:01:00 DELAY 
  == z
  $ ip -n h neigh show proxy | sort; ip -n h -s neigh show | sed 's/used [0-9/]*//' | sort; ip netns exec x cat /proc/net/arp | sort
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00  ref 1 probes 0 DELAY 
  10.0.0.100 dev e1 lladdr 02:00:00:00:02:00  probes 0 STALE 
  10.0.0.200 dev e0 lladdr 02:00:00:00:03:00  ref 1 probes 4 REACHABLE 
  10.0.0.1         0x1         0x2         02:00:00:00:01:01     *        x0
  IP address       HW type     Flags       HW address            Mask     Device
  $ ip netns exec h nstat -az TcpExtArpFilter IpInAddrErrors IpOutNoRoutes IcmpInEchos IcmpOutEchoReps | grep -v '^#'
  IpInAddrErrors                  0                  0.0
  IpOutNoRoutes                   1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutEchoReps                 1                  0.0
  TcpExtArpFilter                 0                  0.0
