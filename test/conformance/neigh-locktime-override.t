Which ARP packets may change the MAC of an existing entry (arp_process): a reply or a request not for us changes it only once locktime (centiseconds) has passed since the entry's last update, a request for us (neigh_event_ns) and a gratuitous ARP always do; the entry becomes STALE (REACHABLE for a unicast reply); locktime 0 lets the last answer win.
  $ for n in x b c; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip netns add sw
  $ ip -n sw link add br0 type bridge
  $ ip -n sw link set br0 up
  $ ip link add x0 netns x address 02:00:00:00:00:01 type veth peer name px netns sw
  $ ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name pb netns sw
  $ ip link add c0 netns c address 02:00:00:00:00:03 type veth peer name pc netns sw
  $ for p in px pb pc; do ip -n sw link set $p master br0 up; done
  $ ip -n x link set x0 up; ip -n b link set b0 up; ip -n c link set c0 up
  $ ip -n x addr add 10.0.0.1/24 dev x0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n c addr add 10.0.0.2/24 dev c0
  $ ip netns exec x sysctl net.ipv4.neigh.x0.locktime
  net.ipv4.neigh.x0.locktime = 100
  $ ip netns exec c sysctl -qw net.ipv4.conf.c0.arp_ignore=8
  $ ip netns exec x ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ ip -n x neigh show dev x0
  10.0.0.2 lladdr 02:00:00:00:00:02 REACHABLE 
  $ ip netns exec c arping -q -c 1 -w 1 -I c0 -s 10.0.0.2 10.0.0.99; ip -n x neigh show dev x0
  10.0.0.2 lladdr 02:00:00:00:00:02 REACHABLE 
  $ sleep 1.2
  $ ip netns exec c arping -q -c 1 -w 1 -I c0 -s 10.0.0.2 10.0.0.99; ip -n x neigh show dev x0
  10.0.0.2 lladdr 02:00:00:00:00:03 STALE 
  $ ip -n x neigh replace 10.0.0.2 lladdr 02:00:00:00:00:02 dev x0 nud reachable
  $ ip netns exec c arping -q -c 1 -w 1 -I c0 -U -s 10.0.0.2 10.0.0.2; ip -n x neigh show dev x0
  10.0.0.2 lladdr 02:00:00:00:00:03 STALE 
  $ ip -n x neigh replace 10.0.0.2 lladdr 02:00:00:00:00:02 dev x0 nud reachable
  $ ip netns exec c arping -q -c 1 -w 1 -I c0 -A -s 10.0.0.2 10.0.0.2; ip -n x neigh show dev x0
  10.0.0.2 lladdr 02:00:00:00:00:02 STALE 
  $ ip -n x neigh replace 10.0.0.2 lladdr 02:00:00:00:00:02 dev x0 nud reachable
  $ ip netns exec c sysctl -qw net.ipv4.conf.c0.arp_ignore=0
  $ ip netns exec c arping -q -c 1 -w 1 -I c0 -s 10.0.0.2 10.0.0.1; ip -n x neigh show dev x0
  10.0.0.2 lladdr 02:00:00:00:00:03 STALE 
  $ ip -n x neigh replace 10.0.0.2 lladdr 02:00:00:00:00:02 dev x0 nud stale
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.0.2 | sort; ip -n x neigh show dev x0
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.2 [02:00:00:00:00:03]  *ms (glob)
  10.0.0.2 lladdr 02:00:00:00:00:02 REACHABLE 
  $ sleep 1.2
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.0.2 | sort; ip -n x neigh show dev x0
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.2 [02:00:00:00:00:03]  *ms (glob)
  10.0.0.2 lladdr 02:00:00:00:00:03 REACHABLE 
  $ ip netns exec x sysctl -w net.ipv4.neigh.x0.locktime=0
  net.ipv4.neigh.x0.locktime = 0
  $ ip -n x neigh flush dev x0
  $ ip netns exec x ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ ip -n x neigh show dev x0
  10.0.0.2 lladdr 02:00:00:00:00:03 REACHABLE 
  $ ip netns exec c arping -q -c 1 -w 1 -I c0 -s 10.0.0.2 10.0.0.99; ip -n x neigh show dev x0
  10.0.0.2 lladdr 02:00:00:00:00:03 REACHABLE 
  $ ip netns exec b arping -q -c 1 -w 1 -I b0 -s 10.0.0.2 10.0.0.99; ip -n x neigh show dev x0
  10.0.0.2 lladdr 02:00:00:00:00:02 STALE 
  $ ip netns exec x sysctl net.ipv4.neigh.x0.locktime=-1 net.ipv4.neigh.default.locktime; ip -n x ntable show dev x0 | grep -o 'locktime [0-9]*'
  net.ipv4.neigh.x0.locktime = -1
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/locktime: No such file or directory
  locktime 4294967292
  locktime 0
