Random differential scenario (seed 25) for send-to-self on a stock kernel: host h with two NICs (eth1, eth2) on one bridged wire and a neighbour n; random rule edits (local rule moved, per-destination rules with and without iif lo), accept_local / rp_filter / arp_ignore / arp_announce / arp_filter values; then pings and UDP between the two addresses, ip route get, the wire's counters and the neighbour tables. IPv6 is off.

  $ for n in h n wire; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip -n wire link add hub type bridge mcast_snooping 0; ip -n wire link set hub up
  $ ip link add eth1 netns h address 02:00:00:00:00:e1 type veth peer name p1 netns wire
  $ ip link add eth2 netns h address 02:00:00:00:00:e2 type veth peer name p2 netns wire
  $ ip link add n0 netns n address 02:00:00:00:00:99 type veth peer name p3 netns wire
  $ for p in p1 p2 p3; do ip -n wire link set $p master hub up; done; ip -n h link set eth1 up; ip -n h link set eth2 up; ip -n n link set n0 up
  $ ip -n h addr add 192.168.1.1/24 dev eth1; ip -n h addr add 192.168.2.2/24 dev eth2; ip -n n addr add 192.168.1.9/24 dev n0
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.rp_filter=1; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.send_redirects=1; echo $?
  0
  $ ip -n h rule add pref 1000 lookup local; ip -n h rule del pref 0; echo $?
  0
  $ ip -n h rule add pref 100 iif lo to 192.168.2.2 lookup 100; ip -n h route add 192.168.2.2 dev eth1 table 100; echo $?
  0
  $ ip -n h rule add pref 101 iif lo to 192.168.1.1 lookup 101; ip -n h route add 192.168.1.1 dev eth2 table 101; echo $?
  0
  $ ip -n h rule add pref 105 oif eth1 lookup 100; ip -n h route add 192.168.2.2 dev eth1 table 100; echo $?
  RTNETLINK answers: File exists
  2
  $ ip -n h rule add pref 102 to 192.168.2.2 lookup 100; ip -n h route add 192.168.2.2 dev eth1 table 100; echo $?
  RTNETLINK answers: File exists
  2
  $ ip netns exec h sh -c 'socat -u UDP4-RECV:5000,bind=192.168.2.2 OPEN:u.out,creat,append & sleep 0.2; echo hi | socat -u - UDP4-SENDTO:192.168.2.2:5000,bind=192.168.1.1; sleep 0.3; kill %1'; cat u.out; rm -f u.out
  sh: 1: kill: No such process
  $ ip -n h route get 192.168.1.1 from 192.168.2.2
  192.168.1.1 from 192.168.2.2 dev eth2 table 101 uid 0 
      cache 
  $ sleep 3.5
  $ ip -n wire -s link show p2 | sed -n 4p; ip -n wire -s link show p1 | sed -n 4p
             115       2      0       0       0       0 
             168       4      0       0       0       0 
  $ ip -n h neigh show | sort
  192.168.1.1 dev eth2 lladdr 02:00:00:00:00:e1 REACHABLE 
  192.168.2.2 dev eth1 lladdr 02:00:00:00:00:e2 STALE 
  $ ip netns exec h nstat -az IpInReceives IpInAddrErrors IcmpInEchos IcmpInEchoReps TcpExtIPReversePathFilter IpExtInNoRoutes IpOutNoRoutes | grep -v '^#'
  IpInReceives                    1                  0.0
  IpInAddrErrors                  0                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpInEchos                     0                  0.0
  IcmpInEchoReps                  0                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  IpExtInNoRoutes                 0                  0.0
