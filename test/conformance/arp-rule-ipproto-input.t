Policy rules with ipproto or ports on received packets (fib4_rules_early_flow_dissect): the input lookup takes the protocol and ports from the packet, so "iif r0 ipproto icmp" catches a forwarded ping and ip route get with iif and ipproto; an ARP request's route lookup has no protocol, so such a rule to a blackhole table leaves ARP answered, while with the local table moved behind them an "iif r0 ipproto icmp" rule to a blackhole leaves ARP answered and only pings lost, and a rule on iif alone makes the router deaf to ARP.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:0e:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:0e:02
  $ for l in "a a0" "r r0" "r r1" "b b0"; do set -- $l; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.1.0.1/24 dev a0; ip -n a route add default via 10.1.0.254
  $ ip -n r addr add 10.1.0.254/24 dev r0; ip -n r addr add 10.2.0.254/24 dev r1
  $ ip -n b addr add 10.2.0.1/24 dev b0; ip -n b route add default via 10.2.0.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route add blackhole default table 100
  $ ip -n r rule add pref 10 iif r0 ipproto icmp lookup 100
  $ ip -n r rule add pref 11 iif r0 ipproto udp dport 5000-5010 lookup 100
  $ ip -n r rule add pref 12 iif r0 ipproto tcp sport 7000 lookup 100
  $ ip -n r rule show
  0:	from all lookup local
  10:	from all iif r0 ipproto icmp lookup 100
  11:	from all iif r0 ipproto udp dport 5000-5010 lookup 100
  12:	from all iif r0 ipproto tcp sport 7000 lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -n r route get 10.2.0.1 from 10.1.0.1 iif r0
  10.2.0.1 from 10.1.0.1 dev r1 
      cache iif r0 
  $ ip -n r route get 10.2.0.1 from 10.1.0.1 iif r0 ipproto icmp
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.2.0.1 from 10.1.0.1 iif r0 ipproto udp dport 5005
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.2.0.1 from 10.1.0.1 iif r0 ipproto udp dport 5011
  10.2.0.1 from 10.1.0.1 dev r1 
      cache iif r0 
  $ ip -n r route get 10.2.0.1 from 10.1.0.1 iif r0 ipproto udp sport 5005
  10.2.0.1 from 10.1.0.1 dev r1 
      cache iif r0 
  $ ip -n r route get 10.2.0.1 from 10.1.0.1 iif r0 ipproto tcp sport 7000 dport 80
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.2.0.1 from 10.1.0.1 iif r0 ipproto tcp sport 7001 dport 80
  10.2.0.1 from 10.1.0.1 dev r1 
      cache iif r0 
  $ ip -n r route get 10.2.0.1 ipproto icmp
  10.2.0.1 dev r1 src 10.2.0.254 uid 0 
      cache 
  $ ip -n r route get 10.1.0.254 from 10.1.0.1 iif r0 ipproto icmp
  local 10.1.0.254 from 10.1.0.1 dev lo table local 
      cache <local> iif r0 
  $ ip netns exec a ping -c 1 -W 1 10.2.0.1 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a neigh show | sort
  10.1.0.254 dev a0 lladdr 02:00:00:00:0e:01 REACHABLE 
  $ ip netns exec a ping -c 1 -W 1 10.1.0.254 | grep -c 'bytes from'
  1
  $ ip netns exec r nstat -az IpForwDatagrams IpInNoRoutes IpInDelivers | tail -3
  #kernel
  IpForwDatagrams                 0                  0.0
  IpInDelivers                    1                  0.0
  $ ip -n r rule del pref 10
  $ ip netns exec a ping -c 1 -W 1 10.2.0.1 | grep -c 'bytes from'
  1
  $ ip -n r rule add pref 100 lookup local; ip -n r rule del pref 0
  $ ip -n r rule add pref 5 iif r0 ipproto icmp lookup 100
  $ ip -n a neigh flush all
  $ ip netns exec a arping -c 1 -w 1 -I a0 10.1.0.254 | grep -c reply
  1
  $ ip netns exec a ping -c 1 -W 1 10.1.0.254 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a neigh show | sort
  10.1.0.254 dev a0 lladdr 02:00:00:00:0e:01 REACHABLE 
  $ ip -n r route get 10.1.0.254 from 10.1.0.1 iif r0 ipproto icmp
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.1.0.254 from 10.1.0.1 iif r0 ipproto udp
  local 10.1.0.254 from 10.1.0.1 dev lo table local 
      cache <local> iif r0 
  $ ip -n r rule del pref 5
  $ ip -n r rule add pref 5 iif r0 lookup 100
  $ ip -n a neigh flush all
  $ ip netns exec a arping -c 1 -w 1 -I a0 10.1.0.254
  ARPING 10.1.0.254 from 10.1.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  [1]
  $ ip netns exec a ping -c 1 -W 1 10.1.0.254 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a neigh show | sort
  10.1.0.254 dev a0 INCOMPLETE 
  $ ip -n r rule del pref 5; ip -n a neigh flush all
  $ ip netns exec a ping -c 1 -W 1 10.1.0.254 | grep -c 'bytes from'
  1
  $ ip -n r rule add pref 6 iif r0 ipproto arp lookup 100
  Error: argument "arp" is wrong: Invalid "ipproto" value
  [255]
  $ ip -n r rule add pref 6 iif r0 ipproto 0 lookup 100
  $ ip -n r rule show pref 6
  6:	from all iif r0 lookup 100
