A source that is local only through a "local" route (AnyIP, no address) is a martian on input too: fib_validate_source() does the full reverse lookup once the table has custom local routes, and accept_local lets it in; rp_filter=0 with a plain address uses the fast path (inet_lookup_ifaddr_rcu) and the custom-route flag stays set after the route goes.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b addr add 10.50.1.1/32 dev lo
  $ ip -n a route add 10.50.0.0/16 via 10.0.0.2
  $ ip netns exec b ping -c 1 -W 1 -I 10.50.1.1 10.0.0.1 | grep transmitted
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n a route add local 10.50.0.0/16 dev lo
  $ ip -n a route get 10.0.0.1 from 10.50.1.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n a route get 10.50.7.7
  local 10.50.7.7 dev lo src 10.50.7.7 uid 0 
      cache <local> 
  $ ip -n a route get 10.50.7.7 from 10.0.0.2 iif a0
  local 10.50.7.7 from 10.0.0.2 dev lo 
      cache <local> iif a0 
  $ ip netns exec b ping -c 1 -W 1 -I 10.50.1.1 10.0.0.1 | grep transmitted
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.accept_local=1
  $ ip -n a route get 10.0.0.1 from 10.50.1.1 iif a0
  local 10.0.0.1 from 10.50.1.1 dev lo 
      cache <local> iif a0 
  $ ip netns exec b ping -c 1 -W 1 -I 10.50.1.1 10.0.0.1 | grep transmitted
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.accept_local=0
  $ ip -n a route del local 10.50.0.0/16 dev lo
  $ ip -n a route get 10.0.0.1 from 10.50.1.1 iif a0
  local 10.0.0.1 from 10.50.1.1 dev lo 
      cache <local> iif a0 
  $ ip netns exec b ping -c 1 -W 1 -I 10.50.1.1 10.0.0.1 | grep transmitted
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n a route add local 10.60.0.0/16 dev lo table 100
  $ ip -n a rule add pref 50 from 10.0.0.2 lookup 100
  $ ip -n a route get 10.60.1.1 from 10.0.0.2 iif a0
  local 10.60.1.1 from 10.0.0.2 dev lo table 100 
      cache <local> iif a0 
  $ ip -n a route get 10.0.0.1 from 10.60.1.1 iif a0
  local 10.0.0.1 from 10.60.1.1 dev lo table local 
      cache <local> iif a0 
  $ ip -n a route add 10.60.9.9 via 10.0.0.2
  $ ip -n a route get 10.0.0.1 from 10.60.9.9 iif a0
  local 10.0.0.1 from 10.60.9.9 dev lo table local 
      cache <local> iif a0 
  $ ip -n b addr add 10.60.9.9/32 dev lo; ip -n b route add 10.60.0.0/16 via 10.0.0.1 2>/dev/null; ip netns exec b ping -c 1 -W 1 -I 10.60.9.9 10.0.0.1 | grep transmitted
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n a rule add pref 40 iif lo lookup 100
  $ ip -n a route get 10.0.0.1 from 10.60.9.9 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec b ping -c 1 -W 1 -I 10.60.9.9 10.0.0.1 | grep transmitted
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a -s link show a0 | sed -n 4p
             672       8      0       0       0       0 
  $ ip netns exec a nstat -az IpInMartians IpInAddrErrors TcpExtIPReversePathFilter IpInReceives IpInDelivers IcmpInEchos | tail -n +2 | awk '{print $1, $2}'
  IpInReceives 7
  IpInAddrErrors 0
  IpInDelivers 5
  IcmpInEchos 4
  TcpExtIPReversePathFilter 0
