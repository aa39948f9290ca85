With rp_filter off, fib_validate_source refuses only our exact addresses, unless something forces the full reverse lookup: a route with a realm (fib_num_tclassid_users), or a packet forwarded back out the device it came in on while send_redirects is on. Then a broadcast, local-prefix or lo-routed source is refused too; send_redirects is on when all or the device says so (and forwarding is on): with both off the fast path returns.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 10.90.0.2/24 dev a0; ip -n r addr add 10.90.0.1/24 dev r0
  $ ip -n b addr add 10.91.0.2/24 dev b0; ip -n r addr add 10.91.0.1/24 dev r1
  $ ip -n r addr add 10.97.0.1/24 dev lo
  $ ip -n r route add 10.95.0.0/24 via 10.90.0.2
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route get 10.91.0.2 from 10.90.0.255 iif r0
  10.91.0.2 from 10.90.0.255 dev r1 
      cache iif r0 
  $ ip -n r route get 10.91.0.2 from 10.97.0.5 iif r0
  10.91.0.2 from 10.97.0.5 dev r1 
      cache iif r0 
  $ ip -n r route get 10.90.0.1 from 10.97.0.5 iif r0
  local 10.90.0.1 from 10.97.0.5 dev lo 
      cache <local> iif r0 
  $ ip -n r route get 10.91.0.2 from 10.97.0.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.95.0.9 from 10.90.0.255 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.95.0.9 from 10.97.0.5 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.95.0.9 from 10.90.0.2 iif r0
  10.95.0.9 from 10.90.0.2 via 10.90.0.2 dev r0 
      cache <redirect> iif r0 
  $ ip -n r route get 10.95.0.9 from 10.90.0.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.send_redirects=0
  $ ip -n r route get 10.95.0.9 from 10.90.0.255 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.send_redirects=0
  $ ip -n r route get 10.95.0.9 from 10.90.0.255 iif r0
  10.95.0.9 from 10.90.0.255 via 10.90.0.2 dev r0 
      cache iif r0 
  $ ip -n r route get 10.95.0.9 from 10.97.0.5 iif r0
  10.95.0.9 from 10.97.0.5 via 10.90.0.2 dev r0 
      cache iif r0 
  $ ip -n r route get 10.95.0.9 from 10.90.0.2 iif r0
  10.95.0.9 from 10.90.0.2 via 10.90.0.2 dev r0 
      cache iif r0 
  $ ip -n r route get 10.95.0.9 from 10.90.0.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route add 10.96.0.0/24 via 10.91.0.2 realm 7
  $ ip -n r route show 10.96.0.0/24
  10.96.0.0/24 via 10.91.0.2 dev r1 realm 7 
  $ ip -n r route get 10.91.0.2 from 10.90.0.255 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.91.0.2 from 10.97.0.5 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.90.0.1 from 10.97.0.5 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.91.0.2 from 10.95.0.1 iif r0
  10.91.0.2 from 10.95.0.1 dev r1 
      cache iif r0 
  $ ip -n r route get 10.91.0.2 from 10.96.0.1 iif r0
  10.91.0.2 from 10.96.0.1 dev r1 realms 7/cosmos 
      cache iif r0 
  $ ip -n r route get 10.96.0.1 from 10.90.0.2 iif r0
  10.96.0.1 from 10.90.0.2 via 10.91.0.2 dev r1 realm 7 
      cache iif r0 
  $ ip -n r route get 10.91.0.2 from 10.91.0.255 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r rule add to 10.96.0.0/24 realms 3/4 lookup main pref 100
  $ ip -n r route get 10.91.0.2 from 10.96.0.1 iif r0
  10.91.0.2 from 10.96.0.1 dev r1 realms 7/3 
      cache iif r0 
  $ ip -n r rule add to 10.95.0.0/24 realms 5 lookup main pref 101
  $ ip -n r route get 10.91.0.2 from 10.95.0.1 iif r0
  10.91.0.2 from 10.95.0.1 dev r1 realms 5/cosmos 
      cache iif r0 
  $ ip -n r route get 10.90.0.1 from 10.95.0.1 iif r0
  local 10.90.0.1 from 10.95.0.1 dev lo table local realms 5/cosmos 
      cache <local> iif r0 
  $ ip -n r route get 10.96.0.1 from 10.95.0.1 iif r0
  10.96.0.1 from 10.95.0.1 via 10.91.0.2 dev r1 realms 3/7 
      cache iif r0 
  $ ip -n r route get 10.96.0.1
  10.96.0.1 via 10.91.0.2 dev r1 src 10.91.0.1 realms 3/7 uid 0 
      cache 
  $ ip -n r route get 10.95.0.1
  10.95.0.1 via 10.90.0.2 dev r0 src 10.90.0.1 realm 5 uid 0 
      cache 
  $ ip -n r route get 10.95.0.1 from 10.90.0.1
  10.95.0.1 from 10.90.0.1 via 10.90.0.2 dev r0 realm 5 uid 0 
      cache 
  $ ip -n r rule del pref 100; ip -n r rule del pref 101
  $ ip -n r route get 10.96.0.1
  10.96.0.1 via 10.91.0.2 dev r1 src 10.91.0.1 realm 7 uid 0 
      cache 
  $ ip -n r route get 10.91.0.2 from 10.95.0.1 iif r0
  10.91.0.2 from 10.95.0.1 dev r1 
      cache iif r0 
