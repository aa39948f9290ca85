tracepath and ping -M probe against a route with a locked mtu, a route mtu above the device's, min_pmtu raised above the path's MTU, and ip_no_pmtu_disc 1 (a frag needed passed on without its MTU: tracepath's pmtu 0, then a send whose length wraps fails, 'send failed'; traceroute's !F-0): what each reports and what the route cache keeps.
  $ ip netns add a
  $ ip netns add r1
  $ ip netns add r2
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r1a netns r1 address 02:00:00:00:01:0a
  $ ip link add r1b netns r1 address 02:00:00:00:01:0b type veth peer name r2a netns r2 address 02:00:00:00:02:0a
  $ ip link add r2b netns r2 address 02:00:00:00:02:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r1 r2 b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n r1 link set r1a up; ip -n r1 link set r1b up; ip -n r2 link set r2a up; ip -n r2 link set r2b up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0; ip -n r1 addr add 10.0.1.1/24 dev r1a; ip -n r1 addr add 10.0.2.1/24 dev r1b
  $ ip -n r2 addr add 10.0.2.2/24 dev r2a; ip -n r2 addr add 10.0.3.1/24 dev r2b; ip -n b addr add 10.0.3.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1; ip -n r1 route add 10.0.3.0/24 via 10.0.2.2; ip -n r2 route add default via 10.0.2.1; ip -n b route add default via 10.0.3.1
  $ for n in r1 r2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0; done
  $ ip -n r2 link set r2b mtu 1300; ip -n b link set b0 mtu 1300
  $ ip netns exec a tracepath -n 10.0.3.2 | sed -E "s/[0-9]+\.[0-9]+ms/Tms/g"
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.1                                              Tms 
   1:  10.0.1.1                                              Tms 
   2:  10.0.2.2                                              Tms 
   3:  10.0.2.2                                              Tms pmtu 1300
   3:  10.0.3.2                                              Tms reached
       Resume: pmtu 1300 hops 3 back 3 
  $ ip -n a route get 10.0.3.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires Nsec mtu 1300 
  $ ip -n a route flush cache
  $ ip -n a route add 10.0.3.0/24 via 10.0.1.1 mtu lock 1400
  $ ip netns exec a tracepath -n 10.0.3.2 | sed -E "s/[0-9]+\.[0-9]+ms/Tms/g"
   1?: [LOCALHOST]                      pmtu 1400
   1:  10.0.1.1                                              Tms 
   1:  10.0.1.1                                              Tms 
   2:  10.0.2.2                                              Tms 
   3:  10.0.2.2                                              Tms pmtu 1300
   3:  10.0.3.2                                              Tms reached
       Resume: pmtu 1300 hops 3 back 3 
  $ ip -n a route get 10.0.3.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache mtu lock 1400 
  $ ip netns exec a ping -c 1 -W 1 -M probe -s 1372 10.0.3.2 | sed -n 2p | sed -E 's/time=.*//'
  ping: invalid -M argument: probe
  $ ip netns exec a ping -c 1 -W 1 -M probe -s 1373 10.0.3.2 | sed -n 2p | sed -E 's/time=.*//'
  ping: invalid -M argument: probe
  $ ip netns exec a ping -c 1 -W 1 -M probe -s 1450 10.0.3.2 | sed -n 2p | sed -E 's/time=.*//'
  ping: invalid -M argument: probe
  $ ip -n a route change 10.0.3.0/24 via 10.0.1.1 mtu 9000
  $ ip netns exec a tracepath -n 10.0.3.2 | sed -E "s/[0-9]+\.[0-9]+ms/Tms/g"
   1?: [LOCALHOST]                      pmtu 9000
   1:  send failed
   1:  send failed
       Resume: pmtu 9000 
  $ ip -n a route get 10.0.3.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache mtu 9000 
  $ ip -n a route del 10.0.3.0/24
  $ ip -n a route flush cache
  $ ip netns exec a sysctl -qw net.ipv4.route.min_pmtu=1350
  $ ip netns exec a tracepath -n 10.0.3.2 | sed -E "s/[0-9]+\.[0-9]+ms/Tms/g"
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.1                                              Tms 
   1:  10.0.1.1                                              Tms 
   2:  10.0.2.2                                              Tms 
   3:  10.0.2.2                                              Tms pmtu 1300
   3:  10.0.3.2                                              Tms reached
       Resume: pmtu 1300 hops 3 back 3 
  $ ip -n a route get 10.0.3.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires Nsec mtu lock 1350 
  $ ip netns exec a ping -c 1 -W 1 -M probe -s 1400 10.0.3.2 | sed -n 2p | sed -E 's/time=.*//'
  ping: invalid -M argument: probe
  $ ip -n a route flush cache
  $ ip netns exec a sysctl -qw net.ipv4.route.min_pmtu=552 net.ipv4.ip_no_pmtu_disc=1
  $ ip netns exec a tracepath -n 10.0.3.2 | sed -E "s/[0-9]+\.[0-9]+ms/Tms/g"
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.1                                              Tms 
   1:  10.0.1.1                                              Tms 
   2:  10.0.2.2                                              Tms 
   3:  10.0.2.2                                              Tms pmtu 0
   3:  send failed
       Resume: pmtu 0 
  $ ip -n a route get 10.0.3.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires Nsec mtu lock 552 
  $ ip netns exec a tracepath -n -l 1300 10.0.3.2 | sed -E "s/[0-9]+\.[0-9]+ms/Tms/g"
   1?: [LOCALHOST]                      pmtu 552
   1:  10.0.1.1                                              Tms 
   1:  10.0.1.1                                              Tms 
   2:  10.0.2.2                                              Tms 
   3:  10.0.3.2                                              Tms reached
       Resume: pmtu 552 hops 3 back 3 
  $ ip netns exec a traceroute -n -q 1 -N 1 -F 10.0.3.2 1400 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 1400 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.2.2  T ms !F-0
  $ ip netns exec a traceroute -n -q 1 -N 1 --mtu 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 65000 byte packets
   1  10.0.1.1  T ms F=1500
   2  10.0.2.2  T ms
   3  10.0.2.2  T ms !F-0
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1372 10.0.3.2 | sed -n 2p
  ping: local error: message too long, mtu=552
  $ ip netns exec a tracepath -n -l 1300 10.0.3.1 | sed -E "s/[0-9]+\.[0-9]+ms/Tms/g"
   1:  10.0.1.1                                              Tms 
   2:  10.0.3.1                                              Tms reached
       Resume: pmtu 1300 hops 2 back 2 
  $ ip netns exec r2 nstat -az IcmpOutDestUnreachs IpFragFails IpFragOKs | tail -n +2
  IpFragOKs                       0                  0.0
  IpFragFails                     6                  0.0
  IcmpOutDestUnreachs             7                  0.0
