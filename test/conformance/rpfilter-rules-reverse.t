Policy rules seen by the reverse-path lookup: it runs with iif lo for a local packet and with iif set to the outgoing device for a forwarded one, oif only in loose mode's second lookup, the packet's addresses swapped (a from-rule names our address), the packet's tos, the L4 ports swapped when a rule needs them, and a rule action (prohibit, unreachable, blackhole) fails the lookup: strict and loose refuse, off accepts.
  $ for n in a r; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.2/24 dev a0; ip -n a addr add 10.2.0.2/24 dev a1
  $ ip -n r addr add 10.1.0.1/24 dev r0; ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n a addr add 172.16.0.1/32 dev lo
  $ ip -n r addr add 10.9.0.1/32 dev lo
  $ ip -n r route add 172.16.0.1 via 10.1.0.2
  $ ip -n r route add 172.16.0.1 via 10.2.0.2 table 100
  $ ip -n r route add 10.8.0.0/24 via 10.1.0.2
  $ ip -n a route add 10.9.0.0/24 via 10.1.0.1
  $ ip -n a neigh add 10.1.0.1 lladdr 02:00:00:00:01:01 dev a0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=1 net.ipv4.ip_forward=1
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r rule add iif lo lookup 100 pref 100
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1
  local 10.9.0.1 from 172.16.0.1 dev lo table local 
      cache <local> iif r1 
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.8.0.5 from 172.16.0.1 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r rule del pref 100
  $ ip -n r rule add iif r0 lookup 100 pref 100
  $ ip -n r route get 10.8.0.5 from 172.16.0.1 iif r1
  10.8.0.5 from 172.16.0.1 via 10.1.0.2 dev r0 
      cache iif r1 
  $ ip -n r route get 10.8.0.5 from 172.16.0.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r rule del pref 100
  $ ip -n r rule add from 10.9.0.1 lookup 100 pref 100
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1
  local 10.9.0.1 from 172.16.0.1 dev lo table local 
      cache <local> iif r1 
  $ ip -n r route get 10.8.0.5 from 172.16.0.1 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r rule del pref 100
  $ ip -n r rule add tos 0x10 lookup 100 pref 100
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1 tos 0x10
  local 10.9.0.1 from 172.16.0.1 dev lo table local 
      cache <local> iif r1 
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1 tos 0x08
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r rule del pref 100
  $ ip -n r rule add ipproto udp sport 53 lookup 100 pref 100
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1 ipproto udp sport 1000 dport 53
  local 10.9.0.1 from 172.16.0.1 dev lo table local 
      cache <local> iif r1 
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1 ipproto udp sport 53 dport 1000
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1 ipproto tcp sport 1000 dport 53
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r rule del pref 100
  $ ip -n r rule add oif r1 lookup 100 pref 100
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1
  local 10.9.0.1 from 172.16.0.1 dev lo table local 
      cache <local> iif r1 
  $ ip -n r rule del pref 100
  $ ip -n r rule add to 172.16.0.1 prohibit pref 100
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=0
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r0
  local 10.9.0.1 from 172.16.0.1 dev lo table local 
      cache <local> iif r0 
  $ ip -n r route get 10.8.0.5 from 172.16.0.1 iif r0
  10.8.0.5 from 172.16.0.1 via 10.1.0.2 dev r0 
      cache iif r0 
  $ ip -n r rule del pref 100
  $ ip -n r rule add to 172.16.0.1 unreachable pref 100
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.rp_filter=1
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r1
  local 10.9.0.1 from 172.16.0.1 dev lo table local 
      cache <local> iif r1 
  $ ip -n r rule del pref 100
  $ ip -n r rule add to 172.16.0.1 blackhole pref 100
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.9.0.1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n r rule del pref 100
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.9.0.1 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r nstat -az TcpExtIPReversePathFilter IpInReceives IpInDelivers | tail -n +2
  IpInReceives                    2                  0.0
  IpInDelivers                    1                  0.0
  TcpExtIPReversePathFilter       1                  0.0
