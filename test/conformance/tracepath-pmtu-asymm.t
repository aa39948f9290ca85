tracepath on a path a - r1 - r2 - b whose links narrow from 1500 to 1400 to 1300: the pmtu lines where the MTU drops, -l (the first packet length), -b (names and addresses), -n, -m, -p, and the asymm marks when the answers' TTL says the way back is longer (ip_default_ttl changed on the answering hosts).
  $ for n in a r1 r2 b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r1 address 02:00:00:00:00:02
  $ ip link add r1a netns r1 address 02:00:00:00:00:03 type veth peer name r2a netns r2 address 02:00:00:00:00:04
  $ ip link add r2b netns r2 address 02:00:00:00:00:05 type veth peer name b0 netns b address 02:00:00:00:00:06
  $ for x in "a a0" "r1 r0" "r1 r1a" "r2 r2a" "r2 r2b" "b b0" "a lo" "r1 lo" "r2 lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n r1 link set r1a mtu 1400
  $ ip -n r2 link set r2a mtu 1400
  $ ip -n r2 link set r2b mtu 1300
  $ ip -n b link set b0 mtu 1300
  $ ip -n a addr add 10.0.1.1/24 dev a0
  $ ip -n r1 addr add 10.0.1.254/24 dev r0
  $ ip -n r1 addr add 10.0.2.1/24 dev r1a
  $ ip -n r2 addr add 10.0.2.2/24 dev r2a
  $ ip -n r2 addr add 10.0.3.254/24 dev r2b
  $ ip -n b addr add 10.0.3.1/24 dev b0
  $ ip -n a route add default via 10.0.1.254
  $ ip -n r1 route add 10.0.3.0/24 via 10.0.2.2
  $ ip -n r2 route add 10.0.1.0/24 via 10.0.2.1
  $ ip -n b route add default via 10.0.3.254
  $ for n in r1 r2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ for n in r1 r2 b; do ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0; done
  $ ip netns exec a tracepath -n 10.0.3.1 | sed -E 's/[0-9]+\.[0-9]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.1.254                                            Tms pmtu 1400
   2:  10.0.2.2                                              Tms 
   3:  10.0.2.2                                              Tms pmtu 1300
   3:  10.0.3.1                                              Tms reached
       Resume: pmtu 1300 hops 3 back 3 
  $ ip netns exec a tracepath -n 10.0.3.1 | sed -E 's/[0-9]+\.[0-9]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1300
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.2                                              Tms 
   3:  10.0.3.1                                              Tms reached
       Resume: pmtu 1300 hops 3 back 3 
  $ ip netns exec a ip route flush cache
  $ ip netns exec a tracepath -n -l 1350 10.0.3.1 | sed -E 's/[0-9]+\.[0-9]+ms/Tms/g'
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.2                                              Tms 
   3:  10.0.2.2                                              Tms pmtu 1300
   3:  10.0.3.1                                              Tms reached
       Resume: pmtu 1300 hops 3 back 3 
  $ ip netns exec a tracepath -n -l 1200 10.0.3.1 | sed -E 's/[0-9]+\.[0-9]+ms/Tms/g'
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.2                                              Tms 
   3:  10.0.3.1                                              Tms reached
       Resume: pmtu 1200 hops 3 back 3 
  $ ip netns exec a tracepath -n -m 2 10.0.3.1 | sed -E 's/[0-9]+\.[0-9]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1300
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.2                                              Tms 
       Too many hops: pmtu 1300
       Resume: pmtu 1300 
  $ ip netns exec a tracepath -b 10.0.3.1 | sed -E 's/[0-9]+\.[0-9]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1300
   1:  ??? (10.0.1.254)                                      Tms 
   1:  ??? (10.0.1.254)                                      Tms 
   2:  ??? (10.0.2.2)                                        Tms 
   3:  ??? (10.0.3.1)                                        Tms reached
       Resume: pmtu 1300 hops 3 back 3 
  $ ip netns exec b sysctl -qw net.ipv4.ip_default_ttl=100
  $ ip netns exec r2 sysctl -qw net.ipv4.ip_default_ttl=128
  $ ip netns exec a tracepath -n 10.0.3.1 | sed -E 's/[0-9]+\.[0-9]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1300
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.2                                              Tms 
   3:  10.0.3.1                                              Tms reached
       Resume: pmtu 1300 hops 3 back 31 
  $ ip netns exec a tracepath -n -p 40000 10.0.3.1 | sed -E 's/[0-9]+\.[0-9]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1300
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.2                                              Tms 
   3:  10.0.3.1                                              Tms reached
       Resume: pmtu 1300 hops 3 back 31 
  $ ip netns exec a tracepath 10.0.3.1 | sed -E 's/[0-9]+\.[0-9]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1300
   1:  ???                                                   Tms 
   1:  ???                                                   Tms 
   2:  ???                                                   Tms 
   3:  ???                                                   Tms reached
       Resume: pmtu 1300 hops 3 back 31 
