rp_filter x accept_local x route_localnet combinations in a loop on one interface: ip route get verdicts for spoofed, local, loopback, zero and broadcast sources arriving on it.
  $ ip netns add h
  $ ip link add r0 address 02:00:00:00:00:01 type veth peer name h0 netns h address 02:00:00:00:00:02
  $ ip link set r0 up; ip addr add 10.0.0.1/24 dev r0; ip -n h link set h0 up; ip -n h addr add 10.0.0.2/24 dev h0
  $ ip -n h route add default dev h0; ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev r0
  $ ip -n h neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev h0
  $ for rp in 0 1 2; do for al in 0 1; do for rl in 0 1; do sysctl -q -w net.ipv4.conf.r0.rp_filter=$rp net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.r0.accept_local=$al net.ipv4.conf.r0.route_localnet=$rl; for s in 10.0.0.1 127.0.0.1 10.9.9.9 0.0.0.0 10.0.0.255; do printf 'rp=%s al=%s rl=%s src=%s: ' $rp $al $rl $s; ip route get 10.0.0.1 from $s iif r0 2>&1 | head -1; done; done; done; done
  rp=0 al=0 rl=0 src=10.0.0.1: RTNETLINK answers: Invalid argument
  rp=0 al=0 rl=0 src=127.0.0.1: RTNETLINK answers: Invalid argument
  rp=0 al=0 rl=0 src=10.9.9.9: local 10.0.0.1 from 10.9.9.9 dev lo 
  rp=0 al=0 rl=0 src=0.0.0.0: RTNETLINK answers: Invalid argument
  rp=0 al=0 rl=0 src=10.0.0.255: local 10.0.0.1 from 10.0.0.255 dev lo 
  rp=0 al=0 rl=1 src=10.0.0.1: RTNETLINK answers: Invalid argument
  rp=0 al=0 rl=1 src=127.0.0.1: local 10.0.0.1 from 127.0.0.1 dev lo 
  rp=0 al=0 rl=1 src=10.9.9.9: local 10.0.0.1 from 10.9.9.9 dev lo 
  rp=0 al=0 rl=1 src=0.0.0.0: RTNETLINK answers: Invalid argument
  rp=0 al=0 rl=1 src=10.0.0.255: local 10.0.0.1 from 10.0.0.255 dev lo 
  rp=0 al=1 rl=0 src=10.0.0.1: local 10.0.0.1 from 10.0.0.1 dev lo 
  rp=0 al=1 rl=0 src=127.0.0.1: RTNETLINK answers: Invalid argument
  rp=0 al=1 rl=0 src=10.9.9.9: local 10.0.0.1 from 10.9.9.9 dev lo 
  rp=0 al=1 rl=0 src=0.0.0.0: RTNETLINK answers: Invalid argument
  rp=0 al=1 rl=0 src=10.0.0.255: local 10.0.0.1 from 10.0.0.255 dev lo 
  rp=0 al=1 rl=1 src=10.0.0.1: local 10.0.0.1 from 10.0.0.1 dev lo 
  rp=0 al=1 rl=1 src=127.0.0.1: local 10.0.0.1 from 127.0.0.1 dev lo 
  rp=0 al=1 rl=1 src=10.9.9.9: local 10.0.0.1 from 10.9.9.9 dev lo 
  rp=0 al=1 rl=1 src=0.0.0.0: RTNETLINK answers: Invalid argument
  rp=0 al=1 rl=1 src=10.0.0.255: local 10.0.0.1 from 10.0.0.255 dev lo 
  rp=1 al=0 rl=0 src=10.0.0.1: RTNETLINK answers: Invalid argument
  rp=1 al=0 rl=0 src=127.0.0.1: RTNETLINK answers: Invalid argument
  rp=1 al=0 rl=0 src=10.9.9.9: RTNETLINK answers: Invalid argument
  rp=1 al=0 rl=0 src=0.0.0.0: RTNETLINK answers: Invalid argument
  rp=1 al=0 rl=0 src=10.0.0.255: RTNETLINK answers: Invalid argument
  rp=1 al=0 rl=1 src=10.0.0.1: RTNETLINK answers: Invalid argument
  rp=1 al=0 rl=1 src=127.0.0.1: RTNETLINK answers: Invalid argument
  rp=1 al=0 rl=1 src=10.9.9.9: RTNETLINK answers: Invalid argument
  rp=1 al=0 rl=1 src=0.0.0.0: RTNETLINK answers: Invalid argument
  rp=1 al=0 rl=1 src=10.0.0.255: RTNETLINK answers: Invalid argument
  rp=1 al=1 rl=0 src=10.0.0.1: local 10.0.0.1 from 10.0.0.1 dev lo 
  rp=1 al=1 rl=0 src=127.0.0.1: RTNETLINK answers: Invalid argument
  rp=1 al=1 rl=0 src=10.9.9.9: RTNETLINK answers: Invalid argument
  rp=1 al=1 rl=0 src=0.0.0.0: RTNETLINK answers: Invalid argument
  rp=1 al=1 rl=0 src=10.0.0.255: RTNETLINK answers: Invalid argument
  rp=1 al=1 rl=1 src=10.0.0.1: local 10.0.0.1 from 10.0.0.1 dev lo 
  rp=1 al=1 rl=1 src=127.0.0.1: RTNETLINK answers: Invalid argument
  rp=1 al=1 rl=1 src=10.9.9.9: RTNETLINK answers: Invalid argument
  rp=1 al=1 rl=1 src=0.0.0.0: RTNETLINK answers: Invalid argument
  rp=1 al=1 rl=1 src=10.0.0.255: RTNETLINK answers: Invalid argument
  rp=2 al=0 rl=0 src=10.0.0.1: RTNETLINK answers: Invalid argument
  rp=2 al=0 rl=0 src=127.0.0.1: RTNETLINK answers: Invalid argument
  rp=2 al=0 rl=0 src=10.9.9.9: RTNETLINK answers: Invalid argument
  rp=2 al=0 rl=0 src=0.0.0.0: RTNETLINK answers: Invalid argument
  rp=2 al=0 rl=0 src=10.0.0.255: RTNETLINK answers: Invalid argument
  rp=2 al=0 rl=1 src=10.0.0.1: RTNETLINK answers: Invalid argument
  rp=2 al=0 rl=1 src=127.0.0.1: RTNETLINK answers: Invalid argument
  rp=2 al=0 rl=1 src=10.9.9.9: RTNETLINK answers: Invalid argument
  rp=2 al=0 rl=1 src=0.0.0.0: RTNETLINK answers: Invalid argument
  rp=2 al=0 rl=1 src=10.0.0.255: RTNETLINK answers: Invalid argument
  rp=2 al=1 rl=0 src=10.0.0.1: local 10.0.0.1 from 10.0.0.1 dev lo 
  rp=2 al=1 rl=0 src=127.0.0.1: RTNETLINK answers: Invalid argument
  rp=2 al=1 rl=0 src=10.9.9.9: RTNETLINK answers: Invalid argument
  rp=2 al=1 rl=0 src=0.0.0.0: RTNETLINK answers: Invalid argument
  rp=2 al=1 rl=0 src=10.0.0.255: RTNETLINK answers: Invalid argument
  rp=2 al=1 rl=1 src=10.0.0.1: local 10.0.0.1 from 10.0.0.1 dev lo 
  rp=2 al=1 rl=1 src=127.0.0.1: RTNETLINK answers: Invalid argument
  rp=2 al=1 rl=1 src=10.9.9.9: RTNETLINK answers: Invalid argument
  rp=2 al=1 rl=1 src=0.0.0.0: RTNETLINK answers: Invalid argument
  rp=2 al=1 rl=1 src=10.0.0.255: RTNETLINK answers: Invalid argument
  $ ip route get 127.0.0.1 from 10.0.0.2 iif r0; ip route get 127.0.0.1 from 127.0.0.2 iif r0
  RTNETLINK answers: No route to host
  RTNETLINK answers: No route to host
  [2]
