The route cache's redirected exceptions under ip route show's filters: list cloned, root/match/exact prefixes, via, dev, table, proto, type, scope, mtu, -br; flush cache of one destination and flush cloned; route get notify.
  $ for n in h r d lan; do ip netns add $n; ip -n $n link set lo up; done
  $ ip -n lan link add br0 type bridge mcast_snooping 0; ip -n lan link set br0 up
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name p1 netns lan
  $ ip link add r0 netns r address 02:00:00:00:01:21 type veth peer name p2 netns lan
  $ ip link add d0 netns d address 02:00:00:00:00:10 type veth peer name p3 netns lan
  $ for p in p1 p2 p3; do ip -n lan link set $p master br0 up; done
  $ ip -n h link set h0 up; ip -n r link set r0 up; ip -n d link set d0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0; ip -n r addr add 192.168.0.121/24 dev r0; ip -n d addr add 192.168.0.10/24 dev d0; ip -n d addr add 192.168.0.11/24 dev d0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h route add 192.168.0.10/32 via 192.168.0.121; ip -n h route add 192.168.0.11/32 via 192.168.0.121 mtu 1300
  $ ip netns exec h ping -c 1 192.168.0.10 | grep -c Redirect
  1
  $ ip netns exec h ping -c 1 192.168.0.11 | grep -c Redirect
  0
  [1]
  $ ip -n h route list cloned
  $ ip -n h route show cloned 192.168.0.10
  $ ip -n h route show cache root 192.168.0.0/24
  $ ip -n h route show cache match 192.168.0.10
  $ ip -n h route show cache exact 192.168.0.11
  $ ip -n h route show cache via 192.168.0.10
  $ ip -n h route show cache via 192.168.0.121
  $ ip -n h route show cache dev h0 | wc -l
  0
  $ ip -n h route show cache dev lo
  $ ip -n h route show cache table all | wc -l
  0
  $ ip -n h route show cache table main | wc -l
  0
  $ ip -n h route show cache table local
  $ ip -n h route show cache proto kernel
  $ ip -n h route show cache type unicast | wc -l
  0
  $ ip -n h route show cache scope global | wc -l
  0
  $ ip -n h route show cache mtu 1300
  Error: any valid prefix is expected rather than "mtu".
  [1]
  $ ip -n h route show cache 192.168.0.0/24
  $ ip -n h -4 -br route show cache 2>&1 | head -3
  $ ip -n h route flush cache 192.168.0.10
  $ ip -n h route show cache | grep -c redirected
  0
  [1]
  $ ip -n h route flush cloned
  $ ip -n h route show cache
  $ ip -n h route get 192.168.0.10 notify
  192.168.0.10 via 192.168.0.121 dev h0 src 192.168.0.31 notify uid 0 
      cache <notify> 
  $ ip -n h route get 192.168.0.10 notify fibmatch
  192.168.0.10 via 192.168.0.121 dev h0 
