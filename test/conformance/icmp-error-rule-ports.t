Policy rules and ICMP messages a host sends: an error's route lookup carries its type and code where the destination port is (fl4_icmp_type/code overlay fl4_dport: port unreachable is dport 771), so a 'dport' rule sends it to another table (here a blackhole: the error is lost) and a 'sport' rule never matches; an echo reply's lookup carries neither; port 0 is refused in a range.
  $ for n in a r; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip -n a link set a0 up; ip -n r link set r0 up; ip -n a link set lo up; ip -n r link set lo up
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.icmp_ratelimit=0
  $ ip -n r route add blackhole default table 100
  $ ip -n r route add blackhole 10.1.0.0/24 table 100
  $ ip -n r rule add ipproto icmp sport 771 lookup 100 pref 10
  $ echo x | ip netns exec a nc -u -q 0 10.1.0.1 53; sleep 0.2; ip netns exec a nstat -az IcmpInDestUnreachs | tail -n +2
  IcmpInDestUnreachs              1                  0.0
  $ ip -n r rule del pref 10
  $ ip -n r rule add ipproto icmp dport 771 lookup 100 pref 10
  $ echo x | ip netns exec a nc -u -q 0 10.1.0.1 53; sleep 0.2; ip netns exec a nstat -az IcmpInDestUnreachs | tail -n +2
  IcmpInDestUnreachs              1                  0.0
  $ ip netns exec r nstat -az IcmpOutDestUnreachs UdpNoPorts | tail -n +2
  IcmpOutDestUnreachs             1                  0.0
  UdpNoPorts                      2                  0.0
  $ ip netns exec a ping -c 1 -W 1 10.1.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 
  $ ip -n r rule add ipproto icmp dport 0 lookup 100 pref 11
  Error: Invalid dport range.
  [2]
  $ ip -n r rule add ipproto icmp sport 0 lookup 100 pref 12
  Error: Invalid sport range.
  [2]
  $ ip -n r rule show
  0:	from all lookup local
  10:	from all ipproto icmp dport 771 lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip netns exec a ping -c 1 -W 1 10.1.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 
  $ ip -n r rule del pref 10
  $ ip -n r rule add ipproto icmp dport 768-779 lookup 100 pref 10
  $ echo x | ip netns exec a nc -u -q 0 10.1.0.1 54; sleep 0.2; ip netns exec a nstat -az IcmpInDestUnreachs | tail -n +2
  IcmpInDestUnreachs              1                  0.0
  $ ip -n r rule del pref 10
  $ ip -n r rule add ipproto udp dport 771 lookup 100 pref 10
  $ echo x | ip netns exec a nc -u -q 0 10.1.0.1 55; sleep 0.2; ip netns exec a nstat -az IcmpInDestUnreachs | tail -n +2
  IcmpInDestUnreachs              2                  0.0
  $ ip -n r route get 10.1.0.2 ipproto icmp dport 771
  10.1.0.2 dev r0 src 10.1.0.1 uid 0 
      cache 
  $ ip -n r route get 10.1.0.2 ipproto icmp sport 771
  10.1.0.2 dev r0 src 10.1.0.1 uid 0 
      cache 
  $ ip netns exec r nstat -az IcmpOutDestUnreachs UdpNoPorts | tail -n +2
  IcmpOutDestUnreachs             2                  0.0
  UdpNoPorts                      4                  0.0
