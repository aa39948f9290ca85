Unresolved neighbours: retries, FAILED entries, queue limits, ucast/mcast probe knobs.
  $ for n in a; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set b0 up
  $ ip -n a link set a0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip netns exec a sysctl net.ipv4.neigh.a0.mcast_solicit net.ipv4.neigh.a0.ucast_solicit net.ipv4.neigh.a0.app_solicit net.ipv4.neigh.a0.retrans_time_ms net.ipv4.neigh.a0.unres_qlen net.ipv4.neigh.a0.unres_qlen_bytes
  net.ipv4.neigh.a0.mcast_solicit = 3
  net.ipv4.neigh.a0.ucast_solicit = 3
  net.ipv4.neigh.a0.app_solicit = 0
  net.ipv4.neigh.a0.retrans_time_ms = 1000
  net.ipv4.neigh.a0.unres_qlen = 101
  net.ipv4.neigh.a0.unres_qlen_bytes = 212992
  $ ip netns exec a ping -c 1 -W 1 10.0.0.9 | tail -3
  --- 10.0.0.9 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a neigh show
  10.0.0.9 dev a0 INCOMPLETE 
  $ ip -n a -s link show a0 | sed -n 6p
              84       2      0       0       0       0 
  $ ip netns exec a sysctl -qw net.ipv4.neigh.a0.mcast_solicit=1
  $ ip netns exec a ping -c 1 -W 2 10.0.0.8 | tail -3
  --- 10.0.0.8 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a neigh show | sort
  10.0.0.8 dev a0 FAILED 
  10.0.0.9 dev a0 FAILED 
  $ ip netns exec a sysctl -w net.ipv4.neigh.a0.retrans_time_ms=500
  net.ipv4.neigh.a0.retrans_time_ms = 500
  $ ip netns exec a sysctl net.ipv4.neigh.a0.retrans_time
  net.ipv4.neigh.a0.retrans_time = 50
  $ ip netns exec a sysctl -w net.ipv4.neigh.a0.retrans_time=50
  net.ipv4.neigh.a0.retrans_time = 50
  $ ip netns exec a sysctl net.ipv4.neigh.a0.retrans_time_ms
  net.ipv4.neigh.a0.retrans_time_ms = 500
  $ ip netns exec a sysctl -w net.ipv4.neigh.a0.mcast_solicit=0
  net.ipv4.neigh.a0.mcast_solicit = 0
  $ ip netns exec a ping -c 1 -W 1 10.0.0.7 | tail -3
  --- 10.0.0.7 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a neigh show 10.0.0.7
  10.0.0.7 dev a0 FAILED 
  $ ip netns exec a sysctl -w net.ipv4.neigh.a0.unres_qlen=2
  net.ipv4.neigh.a0.unres_qlen = 2
  $ ip netns exec a sysctl net.ipv4.neigh.a0.unres_qlen_bytes
  net.ipv4.neigh.a0.unres_qlen_bytes = 4180
  $ ip netns exec a sysctl -w net.ipv4.neigh.a0.gc_stale_time=30
  net.ipv4.neigh.a0.gc_stale_time = 30
  $ ip netns exec a sysctl net.ipv4.neigh.default.gc_thresh1 net.ipv4.neigh.default.gc_thresh3
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/gc_thresh1: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/gc_thresh3: No such file or directory
  [2]
  $ ip -n a ntable show dev a0 | head -5 | sed -E 's/ reachable [0-9]+ / reachable X /'
  inet arp_cache 
      dev a0 
      refcnt 4 reachable X base_reachable 30000 retrans 500 
      gc_stale 30000 delay_probe 5000 queue 2 
      app_probes 0 ucast_probes 3 mcast_probes 0 
  $ ip -n a neigh add 10.0.0.6 dev a0 nud failed
  $ ip -n a neigh show 10.0.0.6
  10.0.0.6 dev a0 FAILED 
