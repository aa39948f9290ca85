ip -s neigh: the probes counter and used/confirmed/updated ages of entries that fail, get resolved, or are added by hand; ucast_solicit, mcast_solicit and app_solicit changing how many probes an unresolved entry makes before FAILED; a replace to the state an entry already has keeps its probe count.
  $ ip netns add a
  $ ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 netns a address 02:00:00:00:0a:00 type veth peer name b0 netns a address 02:00:00:00:0b:00
  $ ip -n a link set a0 up
  $ ip -n a link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 1 -W 4 -I a0 10.0.0.9 > /dev/null
  [1]
  $ ip -n a -s neigh show dev a0
  10.0.0.9  used *probes 6 FAILED  (glob)
  $ ip netns exec a sysctl -qw net.ipv4.neigh.a0.mcast_solicit=1
  $ ip netns exec a ping -c 1 -W 2 -I a0 10.0.0.8 > /dev/null
  [1]
  $ ip -n a -s neigh show dev a0 | sort
  10.0.0.8  used *probes 4 FAILED  (glob)
  10.0.0.9  used *probes 6 FAILED  (glob)
  $ ip netns exec a sysctl -qw net.ipv4.neigh.a0.mcast_solicit=0 net.ipv4.neigh.a0.app_solicit=0
  $ ip netns exec a ping -c 1 -W 1 -I a0 10.0.0.7
  PING 10.0.0.7 (10.0.0.7) from 10.0.0.1 a0: 56(84) bytes of data.
  
  --- 10.0.0.7 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n a -s neigh show dev a0 | sort
  10.0.0.7  used *probes 0 FAILED  (glob)
  10.0.0.8  used *probes 4 FAILED  (glob)
  10.0.0.9  used *probes 6 FAILED  (glob)
  $ ip netns exec a sysctl -qw net.ipv4.neigh.a0.mcast_solicit=2
  $ ip -n a neigh add 10.0.0.6 lladdr 02:00:00:00:00:06 dev a0 nud probe
  $ sleep 2.5
  $ ip -n a -s neigh show 10.0.0.6
  10.0.0.6 dev a0 lladdr 02:00:00:00:00:06  ref 1 used *probes 3 PROBE  (glob)
  $ ip netns exec a sysctl -qw net.ipv4.neigh.a0.ucast_solicit=1
  $ ip -n a neigh replace 10.0.0.6 lladdr 02:00:00:00:00:06 dev a0 nud probe
  $ sleep 1
  $ ip -n a -s neigh show 10.0.0.6
  10.0.0.6 dev a0  used *probes 3 FAILED  (glob)
