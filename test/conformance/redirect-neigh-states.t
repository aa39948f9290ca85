__ip_do_redirect() takes the new gateway only when its neighbour entry is valid (NUD_VALID: permanent, noarp, reachable, stale, delay, probe); otherwise it sends a probe (neigh_event_send) and forgets the redirect: the entries added delay or probe, which nothing answers, have failed by the time their redirect comes (one destination and one source address each).
The last neigh show waits 0.1 s: the probe entry's re-resolution, started by the redirect of its ping, fails on the timer wheel 3.052-3.080 s later, while the three pings since took about 3.01 s (INCOMPLETE in 2 Linux runs of 3).
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ for n in h r; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ for i in $(seq 1 8); do ip -n h addr add 192.168.0.$((60+i))/24 dev h0; done
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h route add 10.9.0.0/16 via 192.168.0.121
  $ i=0; for st in permanent noarp reachable stale delay probe incomplete none; do
  >   i=$((i+1))
  >   ip -n r route add 10.9.$i.0/24 via 192.168.0.$((40+i))
  >   ip -n r neigh add 192.168.0.$((40+i)) lladdr 02:00:00:00:00:$((40+i)) dev r0 nud permanent
  >   if [ $st = incomplete ] || [ $st = none ]; then ip -n h neigh add 192.168.0.$((40+i)) dev h0 nud $st; else ip -n h neigh add 192.168.0.$((40+i)) lladdr 02:00:00:00:00:$((40+i)) dev h0 nud $st; fi
  > done
  $ ip -n h neigh show | sort
  192.168.0.41 dev h0 lladdr 02:00:00:00:00:41 PERMANENT 
  192.168.0.43 dev h0 lladdr 02:00:00:00:00:43 REACHABLE 
  192.168.0.44 dev h0 lladdr 02:00:00:00:00:44 STALE 
  192.168.0.45 dev h0 lladdr 02:00:00:00:00:45 PROBE 
  192.168.0.46 dev h0 lladdr 02:00:00:00:00:46 PROBE 
  192.168.0.47 dev h0 INCOMPLETE 
  $ i=0; for st in permanent noarp reachable stale delay probe incomplete none; do
  >   i=$((i+1))
  >   ip netns exec h ping -c 1 -W 1 -I 192.168.0.$((60+i)) 10.9.$i.1 > /dev/null
  >   echo "$st: $(ip -n h route get 10.9.$i.1 | head -1)"
  > done
  permanent: 10.9.1.1 via 192.168.0.41 dev h0 src 192.168.0.31 uid 0 
  noarp: 10.9.2.1 via 192.168.0.42 dev h0 src 192.168.0.31 uid 0 
  reachable: 10.9.3.1 via 192.168.0.43 dev h0 src 192.168.0.31 uid 0 
  stale: 10.9.4.1 via 192.168.0.44 dev h0 src 192.168.0.31 uid 0 
  delay: 10.9.5.1 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  probe: 10.9.6.1 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  incomplete: 10.9.7.1 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  none: 10.9.8.1 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  $ sleep 0.1; ip -n h neigh show | sed -E 's/ (REACHABLE|STALE|DELAY|PROBE)/ STATE/' | sort
  192.168.0.121 dev h0 lladdr 02:00:00:00:01:21 STATE 
  192.168.0.41 dev h0 lladdr 02:00:00:00:00:41 PERMANENT 
  192.168.0.43 dev h0 lladdr 02:00:00:00:00:43 STATE 
  192.168.0.44 dev h0 lladdr 02:00:00:00:00:44 STATE 
  192.168.0.45 dev h0 FAILED 
  192.168.0.46 dev h0 FAILED 
  192.168.0.47 dev h0 INCOMPLETE 
  192.168.0.48 dev h0 INCOMPLETE 
  $ ip netns exec h nstat -az IcmpInRedirects ArpOut | tail -n +2
  IcmpInRedirects                 8                  0.0
