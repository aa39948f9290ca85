route_localnet lets 127/8 in, but source validation still runs: a 127/8 source routes back through lo's local 127.0.0.0/8, so it passes only with rp_filter off (fast path: not an exact address of ours) or with accept_local in loose mode; 127.0.0.1 itself needs accept_local; a route for 127.5.0.0/16 via the link makes it an ordinary source. Destinations in 127/8 are delivered to lo or routed likewise.
  $ for n in a r; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip -n a link set a0 up; ip -n r link set r0 up
  $ ip -n a addr add 10.1.0.2/24 dev a0; ip -n r addr add 10.1.0.1/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.route_localnet=1
  $ for s in 127.0.0.1 127.0.0.5 127.5.0.1; do for rpf in 0 1 2; do ip netns exec r sysctl -qw net.ipv4.conf.r0.rp_filter=$rpf; printf '%s rp_filter=%s: ' $s $rpf; ip -n r route get 10.1.0.1 from $s iif r0 2>&1 | head -1; done; done
  127.0.0.1 rp_filter=0: RTNETLINK answers: Invalid argument
  127.0.0.1 rp_filter=1: RTNETLINK answers: Invalid argument
  127.0.0.1 rp_filter=2: RTNETLINK answers: Invalid argument
  127.0.0.5 rp_filter=0: local 10.1.0.1 from 127.0.0.5 dev lo 
  127.0.0.5 rp_filter=1: RTNETLINK answers: Invalid argument
  127.0.0.5 rp_filter=2: RTNETLINK answers: Invalid argument
  127.5.0.1 rp_filter=0: local 10.1.0.1 from 127.5.0.1 dev lo 
  127.5.0.1 rp_filter=1: RTNETLINK answers: Invalid argument
  127.5.0.1 rp_filter=2: RTNETLINK answers: Invalid argument
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.accept_local=1
  $ for s in 127.0.0.1 127.0.0.5 127.5.0.1; do for rpf in 0 1 2; do ip netns exec r sysctl -qw net.ipv4.conf.r0.rp_filter=$rpf; printf '%s rp_filter=%s: ' $s $rpf; ip -n r route get 10.1.0.1 from $s iif r0 2>&1 | head -1; done; done
  127.0.0.1 rp_filter=0: local 10.1.0.1 from 127.0.0.1 dev lo 
  127.0.0.1 rp_filter=1: RTNETLINK answers: Invalid argument
  127.0.0.1 rp_filter=2: local 10.1.0.1 from 127.0.0.1 dev lo 
  127.0.0.5 rp_filter=0: local 10.1.0.1 from 127.0.0.5 dev lo 
  127.0.0.5 rp_filter=1: RTNETLINK answers: Invalid argument
  127.0.0.5 rp_filter=2: local 10.1.0.1 from 127.0.0.5 dev lo 
  127.5.0.1 rp_filter=0: local 10.1.0.1 from 127.5.0.1 dev lo 
  127.5.0.1 rp_filter=1: RTNETLINK answers: Invalid argument
  127.5.0.1 rp_filter=2: local 10.1.0.1 from 127.5.0.1 dev lo 
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.accept_local=0
  $ ip -n r route add 127.5.0.0/16 via 10.1.0.2
  $ for s in 127.5.0.1 127.6.0.1; do for rpf in 0 1 2; do ip netns exec r sysctl -qw net.ipv4.conf.r0.rp_filter=$rpf; printf '%s rp_filter=%s: ' $s $rpf; ip -n r route get 10.1.0.1 from $s iif r0 2>&1 | head -1; done; done
  127.5.0.1 rp_filter=0: local 10.1.0.1 from 127.5.0.1 dev lo 
  127.5.0.1 rp_filter=1: local 10.1.0.1 from 127.5.0.1 dev lo 
  127.5.0.1 rp_filter=2: local 10.1.0.1 from 127.5.0.1 dev lo 
  127.6.0.1 rp_filter=0: local 10.1.0.1 from 127.6.0.1 dev lo 
  127.6.0.1 rp_filter=1: RTNETLINK answers: Invalid argument
  127.6.0.1 rp_filter=2: RTNETLINK answers: Invalid argument
  $ for d in 127.0.0.1 127.5.0.9 127.6.0.9; do printf '%s: ' $d; ip -n r route get $d from 10.1.0.2 iif r0 2>&1 | head -1; done
  127.0.0.1: local 127.0.0.1 from 10.1.0.2 dev lo 
  127.5.0.9: RTNETLINK answers: No route to host
  127.6.0.9: local 127.6.0.9 from 10.1.0.2 dev lo 
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ for d in 127.5.0.9 127.6.0.9; do printf '%s: ' $d; ip -n r route get $d from 10.1.0.2 iif r0 2>&1 | head -1; done
  127.5.0.9: 127.5.0.9 from 10.1.0.2 via 10.1.0.2 dev r0 
  127.6.0.9: local 127.6.0.9 from 10.1.0.2 dev lo 
  $ ip -n r route get 127.5.0.9
  127.5.0.9 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
      cache 
  $ ip -n r route get 127.5.0.9 from 127.0.0.1
  127.5.0.9 from 127.0.0.1 via 10.1.0.2 dev r0 uid 0 
      cache 
