oif rules and sockets bound to a device: ping -I DEV sets the flow's oif, so an 'oif DEV' rule picks its table; without the binding the rule does not apply; iif rules for forwarded traffic do not see local output (iif lo instead); counters on the peer.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name b1 netns b address 02:00:00:00:0b:02
  $ for d in a0 a1 lo; do ip -n a link set $d up; done
  $ for d in b0 b1 lo; do ip -n b link set $d up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.0.1.1/24 dev a1
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b addr add 10.0.1.2/24 dev b1
  $ ip -n b addr add 192.0.2.1/32 dev lo
  $ ip -n a route add 192.0.2.1 via 10.0.0.2
  $ ip -n a route add 192.0.2.1 via 10.0.1.2 dev a1 table 50
  $ ip -n a rule add oif a1 lookup 50 pref 50
  $ ip -n a route get 192.0.2.1
  192.0.2.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip -n a route get 192.0.2.1 oif a1
  192.0.2.1 via 10.0.1.2 dev a1 table 50 src 10.0.1.1 uid 0 
      cache 
  $ ip netns exec a ping -c 1 -W 1 192.0.2.1 > /dev/null; echo $?
  0
  $ ip netns exec a ping -c 1 -W 1 -I a1 192.0.2.1 > /dev/null; echo $?
  0
  $ ip -n b -s link show b0 | sed -n 4p
             140       2      0       0       0       0 
  $ ip -n b -s link show b1 | sed -n 4p
             140       2      0       0       0       0 
  $ ip -n a rule del pref 50
  $ ip -n a route get 192.0.2.1 oif a1
  192.0.2.1 dev a1 src 10.0.1.1 uid 0 
      cache 
  $ ip netns exec a ping -c 1 -W 1 -I a1 192.0.2.1 | sed -n 2p
  64 bytes from 192.0.2.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip -n a rule add iif a0 lookup 50 pref 60
  $ ip -n a route get 192.0.2.1 iif a0 from 10.0.0.2
  RTNETLINK answers: No route to host
  [2]
  $ ip -n a route get 192.0.2.1
  192.0.2.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip -n a rule add iif lo lookup 50 pref 70
  $ ip -n a route get 192.0.2.1
  192.0.2.1 via 10.0.1.2 dev a1 table 50 src 10.0.1.1 uid 0 
      cache 
  $ ip netns exec a ping -c 1 -W 1 192.0.2.1 > /dev/null; echo $?
  0
  $ ip -n b -s link show b1 | sed -n 4p
             378       5      0       0       0       0 
  $ ip -n a rule show
  0:	from all lookup local
  60:	from all iif a0 lookup 50
  70:	from all iif lo lookup 50
  32766:	from all lookup main
  32767:	from all lookup default
