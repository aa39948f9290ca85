NUD timers: with a short base_reachable_time_ms and delay_first_probe_time, a REACHABLE entry goes STALE, traffic moves it to DELAY then PROBE (a unicast probe) and back to REACHABLE; ip -s neigh shows used/confirmed/updated ages and the probe count; an unanswered unicast probe falls to FAILED; gc_stale_time; and the sysctls' units (base_reachable_time vs _ms).
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sysctl -w net.ipv4.neigh.a0.base_reachable_time_ms=2000
  net.ipv4.neigh.a0.base_reachable_time_ms = 2000
  $ ip netns exec a sysctl net.ipv4.neigh.a0.base_reachable_time net.ipv4.neigh.a0.delay_first_probe_time net.ipv4.neigh.a0.gc_stale_time net.ipv4.neigh.a0.locktime
  net.ipv4.neigh.a0.base_reachable_time = 2
  net.ipv4.neigh.a0.delay_first_probe_time = 5
  net.ipv4.neigh.a0.gc_stale_time = 60
  net.ipv4.neigh.a0.locktime = 100
  $ ip netns exec a sysctl -w net.ipv4.neigh.a0.delay_first_probe_time=1
  net.ipv4.neigh.a0.delay_first_probe_time = 1
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ ip -n a -4 neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE 
  $ ip -n a -s -4 neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01  ref 1 used *probes 4 REACHABLE  (glob)
  $ sleep 5
  $ ip -n a -4 neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 STALE 
  $ ip -n a -s -4 neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01  used *probes 4 STALE  (glob)
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ ip -n a -4 neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 DELAY 
  $ sleep 1.5
  $ ip -n a -4 neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE 
  $ ip -n a -s -4 neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01  ref 1 used *probes 1 REACHABLE  (glob)
  $ sleep 5
  $ ip -n a -4 neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 STALE 
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.arp_ignore=8
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null
  $ sleep 1.5
  $ ip -n a -s -4 neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01  ref 1 used *probes 1 PROBE  (glob)
  $ sleep 5
  $ ip -n a -s -4 neigh show
  10.0.0.2 dev a0  used *probes 3 FAILED  (glob)
  $ ip -n a -s -4 neigh show
  10.0.0.2 dev a0  used *probes 3 FAILED  (glob)
  $ ip netns exec a sysctl -w net.ipv4.neigh.a0.base_reachable_time=0
  net.ipv4.neigh.a0.base_reachable_time = 0
  $ ip netns exec a sysctl -w net.ipv4.neigh.a0.retrans_time_ms=10
  net.ipv4.neigh.a0.retrans_time_ms = 10
  $ ip netns exec a sysctl net.ipv4.neigh.a0.retrans_time
  net.ipv4.neigh.a0.retrans_time = 1
