tracepath against route MTUs on the sender: a route mtu (the LOCALHOST pmtu line), an mtu lock (tracepath's IP_PMTUDISC_PROBE still sets DF and sizes by the route), a learnt exception from an earlier ping, and -l above and below them.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r link set r1 mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ ip netns exec a tracepath -n 10.2.0.2 | sed -E 's/ [0-9]+\.[0-9]+ms/ Tms/'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.1.0.1                                              Tms 
   1:  10.1.0.1                                              Tms 
   2:  10.1.0.1                                              Tms pmtu 1400
   2:  10.2.0.2                                              Tms reached
       Resume: pmtu 1400 hops 2 back 2 
  $ ip -n a route get 10.2.0.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires Nsec mtu 1400 
  $ ip -n a route flush cache
  $ ip -n a route add 10.2.0.0/24 via 10.1.0.1 mtu 1300
  $ ip netns exec a tracepath -n 10.2.0.2 | sed -E 's/ [0-9]+\.[0-9]+ms/ Tms/'
   1?: [LOCALHOST]                      pmtu 1300
   1:  10.1.0.1                                              Tms 
   1:  10.1.0.1                                              Tms 
   2:  10.2.0.2                                              Tms reached
       Resume: pmtu 1300 hops 2 back 2 
  $ ip netns exec a tracepath -n -l 1200 10.2.0.2 | sed -E 's/ [0-9]+\.[0-9]+ms/ Tms/'
   1:  10.1.0.1                                              Tms 
   2:  10.2.0.2                                              Tms reached
       Resume: pmtu 1200 hops 2 back 2 
  $ ip -n a route change 10.2.0.0/24 via 10.1.0.1 mtu lock 1450
  $ ip netns exec a tracepath -n 10.2.0.2 | sed -E 's/ [0-9]+\.[0-9]+ms/ Tms/'
   1?: [LOCALHOST]                      pmtu 1450
   1:  10.1.0.1                                              Tms 
   1:  10.1.0.1                                              Tms 
   2:  10.1.0.1                                              Tms pmtu 1400
   2:  10.2.0.2                                              Tms reached
       Resume: pmtu 1400 hops 2 back 2 
  $ ip -n a route get 10.2.0.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache mtu lock 1450 
  $ ip -n a route change 10.2.0.0/24 via 10.1.0.1 mtu 9000
  $ ip netns exec a tracepath -n 10.2.0.2 | sed -E 's/ [0-9]+\.[0-9]+ms/ Tms/'
   1?: [LOCALHOST]                      pmtu 9000
   1:  send failed
   1:  send failed
       Resume: pmtu 9000 
  $ ip -n a route del 10.2.0.0/24
  $ ip -n a route flush cache
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1450 10.2.0.2 > /dev/null; echo $?
  1
  $ ip netns exec a tracepath -n 10.2.0.2 | sed -E 's/ [0-9]+\.[0-9]+ms/ Tms/'
   1?: [LOCALHOST]                      pmtu 1400
   1:  10.1.0.1                                              Tms 
   2:  10.2.0.2                                              Tms reached
       Resume: pmtu 1400 hops 2 back 2 
  $ ip netns exec a tracepath -n -l 1500 10.2.0.2 | sed -E 's/ [0-9]+\.[0-9]+ms/ Tms/'
   1?: [LOCALHOST]                      pmtu 1400
   1:  10.1.0.1                                              Tms 
   2:  10.2.0.2                                              Tms reached
       Resume: pmtu 1400 hops 2 back 2 
  $ ip netns exec a tracepath -n -l 1300 10.2.0.2 | sed -E 's/ [0-9]+\.[0-9]+ms/ Tms/'
   1:  10.1.0.1                                              Tms 
   2:  10.2.0.2                                              Tms reached
       Resume: pmtu 1300 hops 2 back 2 
  $ ip -n a link set a0 mtu 1280
  $ ip netns exec a tracepath -n 10.2.0.2 | sed -E 's/ [0-9]+\.[0-9]+ms/ Tms/'
   1?: [LOCALHOST]                      pmtu 1280
   1:  10.1.0.1                                              Tms 
   2:  10.2.0.2                                              Tms reached
       Resume: pmtu 1280 hops 2 back 2 
