rp_filter corner cases: a multipath route back accepts either device in strict mode, the broadcast and limited-broadcast checks validate the source too, accept_local with strict mode still refuses our own address (the route back is through lo), policy rules steer the reverse lookup (a rule for the source's destination, fwmark rules only with src_valid_mark), and counters.
  $ for n in a r; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n a addr add 10.2.0.2/24 dev a1
  $ ip -n a addr add 172.16.0.1/32 dev lo
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n r addr add 10.9.0.1/32 dev lo
  $ ip -n r route add 172.16.0.1/32 nexthop via 10.1.0.2 nexthop via 10.2.0.2
  $ ip -n a route add 10.9.0.0/16 via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1
  local 10.9.0.1 from 172.16.0.1 dev lo 
      cache <local> iif r1 
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r0
  local 10.9.0.1 from 172.16.0.1 dev lo 
      cache <local> iif r0 
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.9.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.9.0.1: icmp_seq=1 ttl=64 
  $ ip -n r route del 172.16.0.1/32
  $ ip -n r route add 172.16.0.1/32 via 10.1.0.2
  $ ip -n r route get 10.1.0.255 from 172.16.0.1 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 255.255.255.255 from 172.16.0.1 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 255.255.255.255 from 0.0.0.0 iif r1
  broadcast 255.255.255.255 dev lo 
      cache <local,brd> iif r1 
  $ ip -n r route get 10.9.0.1 from 10.1.0.1 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r sysctl -qw net.ipv4.conf.r1.accept_local=1
  $ ip -n r route get 10.9.0.1 from 10.1.0.1 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.9.0.1 from 10.2.0.1 iif r1
  local 10.9.0.1 from 10.2.0.1 dev lo 
      cache <local> iif r1 
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ ip -n r route get 10.9.0.1 from 10.1.0.1 iif r1
  local 10.9.0.1 from 10.1.0.1 dev lo 
      cache <local> iif r1 
  $ ip -n r route get 10.9.0.1 from 10.2.0.1 iif r1
  local 10.9.0.1 from 10.2.0.1 dev lo 
      cache <local> iif r1 
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=0
  $ ip -n r route get 10.9.0.1 from 10.1.0.1 iif r1
  local 10.9.0.1 from 10.1.0.1 dev lo 
      cache <local> iif r1 
  $ ip -n r route get 10.9.0.1 from 10.9.0.1 iif r1
  local 10.9.0.1 from 10.9.0.1 dev lo 
      cache <local> iif r1 
  $ ip netns exec r sysctl -qw net.ipv4.conf.r1.accept_local=0 net.ipv4.conf.all.rp_filter=1
  $ ip -n r rule add iif r1 lookup 100
  $ ip -n r route add 172.16.0.1 dev r1 table 100
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r rule add from all to 172.16.0.1 lookup 100 pref 10
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1
  local 10.9.0.1 from 172.16.0.1 dev lo table local 
      cache <local> iif r1 
  $ ip -n r rule del pref 10
  $ ip -n r rule add fwmark 7 lookup 100 pref 11
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1 mark 7
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r sysctl -qw net.ipv4.conf.r1.src_valid_mark=1
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1 mark 7
  local 10.9.0.1 from 172.16.0.1 dev lo table local mark 7 
      cache <local> iif r1 
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1 mark 8
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r0 mark 7
  local 10.9.0.1 from 172.16.0.1 dev lo table local mark 7 
      cache <local> iif r0 
  $ ip netns exec r nstat -az TcpExtIPReversePathFilter IpInAddrErrors | tail -n +2
  IpInAddrErrors                  0                  0.0
  TcpExtIPReversePathFilter       0                  0.0
