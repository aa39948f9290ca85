/proc/net/stat/rt_cache: the machine-wide IPv4 routing counters (one line per possible CPU, hex, summed here over the lines with a shell function) move by what a namespace does: martian sources (127/8, multicast, 0/8, limited broadcast, a local address without accept_local, rp_filter refusals, an ARP request from a local address) and martian destinations (127/8, 0/8, a route of another type when forwarding), broadcasts delivered, multicast received and sent to a joined group, a spoofed source on the wire (counted per packet, not with accept_local). The other columns move with the host's own traffic and are not compared.
  $ col() { local t=0 h; for h in $(awk -v c=$1 'NR>1{print $c}' /proc/net/stat/rt_cache); do t=$((t + 16#$h)); done; echo $t; }
  $ snap() { s7=$(col 7); s8=$(col 8); }
  $ delta() { echo "martian_dst $(( $(col 7) - s7 )) martian_src $(( $(col 8) - s8 ))"; }
  $ head -1 /proc/net/stat/rt_cache
  entries  in_hit   in_slow_tot in_slow_mc in_no_route in_brd   in_martian_dst in_martian_src out_hit  out_slow_tot out_slow_mc gc_total gc_ignored gc_goal_miss gc_dst_overflow in_hlist_search out_hlist_search
  $ awk 'END { print NR, NF }' /proc/net/stat/rt_cache
  3 17
  $ ls /proc/net/stat
  nf_conntrack
  rt_cache
  synproxy
  $ ip netns add a; ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n a link set lo up; ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n b addr add 10.0.0.1/32 dev lo
  $ ip netns exec a cat /proc/net/stat/rt_cache | head -1 | wc -w
  17
  $ snap
  $ for s in 127.0.0.1 224.0.0.5 0.0.0.7 255.255.255.255 10.0.0.1; do ip -n a route get 10.0.0.1 from $s iif a0 2>&1; done
  RTNETLINK answers: Invalid argument
  RTNETLINK answers: Invalid argument
  local 10.0.0.1 from 0.0.0.7 dev lo 
      cache <local> iif a0 
  RTNETLINK answers: Invalid argument
  RTNETLINK answers: Invalid argument
  [2]
  $ delta
  martian_dst 0 martian_src 4
  $ snap
  $ for d in 127.0.0.1 0.1.2.3; do ip -n a route get $d from 10.0.0.2 iif a0 2>&1; done
  RTNETLINK answers: Invalid argument
  RTNETLINK answers: No route to host
  [2]
  $ delta
  martian_dst 1 martian_src 0
  $ snap
  $ ip -n a route get 192.0.2.1 from 10.0.0.2 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ ip netns exec a sysctl -qw net.ipv4.ip_forward=1
  $ ip -n a route get 192.0.2.1 from 10.0.0.2 iif a0
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n a route add blackhole 192.0.2.0/24
  $ ip -n a route get 192.0.2.1 from 10.0.0.2 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n a route add prohibit 198.51.100.0/24
  $ ip -n a route get 198.51.100.1 from 10.0.0.2 iif a0
  RTNETLINK answers: Permission denied
  [2]
  $ delta
  martian_dst 0 martian_src 0
  $ snap
  $ ip netns exec a sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip -n a route get 10.0.0.1 from 192.0.2.9 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec a nstat -sz TcpExtIPReversePathFilter
  #kernel
  TcpExtIPReversePathFilter       0                  0.0
  $ delta
  martian_dst 0 martian_src 1
  $ snap
  $ ip netns exec b ping -c 2 -i 0.2 -W 1 -I 10.0.0.1 10.0.0.2 | grep transmitted
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b arping -c 1 -w 1 -I b0 -s 10.0.0.1 10.0.0.1 | tail -1
  Received 0 response(s)
  $ delta
  martian_dst 0 martian_src 1
  $ ip -n a addr add 10.0.0.3/24 dev a0; ip -n b neigh add 10.0.0.3 lladdr 02:00:00:00:0a:01 dev b0
  $ ip netns exec a sysctl -qw net.ipv4.conf.all.rp_filter=0
  $ snap
  $ ip netns exec b ping -c 2 -i 0.2 -W 1 -I 10.0.0.1 10.0.0.3 | grep transmitted
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ delta
  martian_dst 0 martian_src 2
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.accept_local=1
  $ snap
  $ ip netns exec b ping -c 2 -i 0.2 -W 1 -I 10.0.0.1 10.0.0.3 | grep transmitted
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ delta
  martian_dst 0 martian_src 0
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.route_localnet=1
  $ snap
  $ for d in 127.0.0.1 0.1.2.3; do ip -n a route get $d from 10.0.0.2 iif a0 2>&1; done
  local 127.0.0.1 from 10.0.0.2 dev lo 
      cache <local> iif a0 
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n a route get 10.0.0.1 from 127.0.0.1 iif a0
  local 10.0.0.1 from 127.0.0.1 dev lo 
      cache <local> iif a0 
  $ delta
  martian_dst 0 martian_src 0
