rp_filter values and where they show: any integer is stored (3 behaves as loose: only 1 is strict), the effective value is the larger of all and the device, default seeds new devices, ip netconf names the device's own setting (strict/loose/off), and bad values are refused.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name b1 netns b address 02:00:00:00:0b:02
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n b link set b0 up; ip -n b link set b1 up
  $ ip -n a addr add 10.80.0.1/24 dev a0; ip -n a addr add 10.81.0.1/24 dev a1
  $ ip -n b addr add 10.80.0.2/24 dev b0; ip -n b addr add 10.81.0.2/24 dev b1
  $ ip -n b addr add 10.89.0.1/32 dev lo
  $ ip -n b route add 172.16.8.0/24 via 10.81.0.1
  $ ip -n b netconf show dev b0
  inet b0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netns exec b sysctl -w net.ipv4.conf.b0.rp_filter=3
  net.ipv4.conf.b0.rp_filter = 3
  $ ip -n b netconf show dev b0
  inet b0 forwarding off rp_filter 3 mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -n b route get 10.89.0.1 from 172.16.8.1 iif b0
  local 10.89.0.1 from 172.16.8.1 dev lo 
      cache <local> iif b0 
  $ ip netns exec b sysctl -w net.ipv4.conf.b0.rp_filter=-1
  net.ipv4.conf.b0.rp_filter = -1
  $ ip -n b route get 10.89.0.1 from 172.16.8.1 iif b0
  local 10.89.0.1 from 172.16.8.1 dev lo 
      cache <local> iif b0 
  $ ip -n b netconf show dev b0
  inet b0 forwarding off rp_filter 4294967295 mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netns exec b sysctl -w net.ipv4.conf.b0.rp_filter=1
  net.ipv4.conf.b0.rp_filter = 1
  $ ip -n b netconf show dev b0
  inet b0 forwarding off rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -n b route get 10.89.0.1 from 172.16.8.1 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec b sysctl -w net.ipv4.conf.b0.rp_filter=abc
  sysctl: setting key "net.ipv4.conf.b0.rp_filter": Invalid argument
  [1]
  $ ip netns exec b sysctl -w net.ipv4.conf.b0.rp_filter=2147483648
  sysctl: setting key "net.ipv4.conf.b0.rp_filter": Invalid argument
  [1]
  $ ip netns exec b sysctl -w net.ipv4.conf.b0.rp_filter=
  sysctl: setting key "net.ipv4.conf.b0.rp_filter": Invalid argument
  [1]
  $ ip netns exec b sysctl net.ipv4.conf.b0.rp_filter
  net.ipv4.conf.b0.rp_filter = 1
  $ ip netns exec b sh -c 'echo 2 > /proc/sys/net/ipv4/conf/b0/rp_filter; cat /proc/sys/net/ipv4/conf/b0/rp_filter'
  2
  $ ip -n b netconf show dev b0
  inet b0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -n b route get 10.89.0.1 from 172.16.8.1 iif b0
  local 10.89.0.1 from 172.16.8.1 dev lo 
      cache <local> iif b0 
  $ ip netns exec b sysctl -w net.ipv4.conf.all.rp_filter=1
  net.ipv4.conf.all.rp_filter = 1
  $ ip -n b route get 10.89.0.1 from 172.16.8.1 iif b0
  local 10.89.0.1 from 172.16.8.1 dev lo 
      cache <local> iif b0 
  $ ip -n b netconf show dev b0
  inet b0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -n b netconf show | grep -E 'all|default'
  inet all forwarding off rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 default forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netns exec b sysctl -qw net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.b0.rp_filter=0 net.ipv4.conf.default.rp_filter=1
  $ ip link add a2 netns a address 02:00:00:00:0a:03 type veth peer name b2 netns b address 02:00:00:00:0b:03
  $ ip netns exec b sysctl net.ipv4.conf.b2.rp_filter net.ipv4.conf.b0.rp_filter net.ipv4.conf.lo.rp_filter
  net.ipv4.conf.b2.rp_filter = 1
  net.ipv4.conf.b0.rp_filter = 0
  net.ipv4.conf.lo.rp_filter = 0
  $ ip -n b link set b2 up; ip -n b addr add 10.82.0.2/24 dev b2
  $ ip -n b route get 10.89.0.1 from 172.16.8.1 iif b2
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 10.89.0.1 from 172.16.8.1 iif b0
  local 10.89.0.1 from 172.16.8.1 dev lo 
      cache <local> iif b0 
  $ ip netns exec b sysctl -w net.ipv4.conf.lo.rp_filter=1
  net.ipv4.conf.lo.rp_filter = 1
  $ ip -n b route get 10.89.0.1 from 172.16.8.1 iif lo
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 10.89.0.1 from 10.89.0.1 iif lo
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec b nstat -az TcpExtIPReversePathFilter | tail -n +2
  TcpExtIPReversePathFilter       0                  0.0
