tracepath over a narrowing path (MTU 1500, 1400, 1300 across two routers): the local pmtu, each hop probed again after a smaller pmtu, pmtu learned from the routers' fragmentation-needed errors (and kept as route exceptions), reached with the hops back; -n -b -l -m -p. The routers' ICMP rate limit is off: the kernel's token bucket refills in real time between commands.
  $ ip netns add a
  $ ip netns add r1
  $ ip netns add r2
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r1a netns r1 address 02:00:00:00:01:0a
  $ ip link add r1b netns r1 address 02:00:00:00:01:0b mtu 1400 type veth peer name r2a netns r2 address 02:00:00:00:02:0a mtu 1400
  $ ip link add r2b netns r2 address 02:00:00:00:02:0b mtu 1300 type veth peer name b0 netns b address 02:00:00:00:0b:01 mtu 1300
  $ for n in a r1 r2 b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n r1 link set r1a up
  $ ip -n r1 link set r1b up
  $ ip -n r2 link set r2a up
  $ ip -n r2 link set r2b up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0
  $ ip -n r1 addr add 10.0.1.1/24 dev r1a
  $ ip -n r1 addr add 10.0.2.1/24 dev r1b
  $ ip -n r2 addr add 10.0.2.2/24 dev r2a
  $ ip -n r2 addr add 10.0.3.1/24 dev r2b
  $ ip -n b addr add 10.0.3.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1
  $ ip -n r1 route add 10.0.3.0/24 via 10.0.2.2
  $ ip -n r2 route add default via 10.0.2.1
  $ ip -n b route add default via 10.0.3.1
  $ ip netns exec r1 sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r2 sysctl -qw net.ipv4.ip_forward=1
  $ for n in r1 r2 b; do ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0; done
  $ ip netns exec a tracepath -n 10.0.3.2 | sed -E 's/ +[0-9]+\.[0-9]+ms / Tms /'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.1 Tms 
   1:  10.0.1.1 Tms 
   2:  10.0.1.1 Tms pmtu 1400
   2:  10.0.2.2 Tms 
   3:  10.0.2.2 Tms pmtu 1300
   3:  10.0.3.2 Tms reached
       Resume: pmtu 1300 hops 3 back 3 
  $ ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 
      cache expires Nsec mtu 1300 
  $ ip netns exec a tracepath -n 10.0.3.2 | sed -E 's/ +[0-9]+\.[0-9]+ms / Tms /'
   1?: [LOCALHOST]                      pmtu 1300
   1:  10.0.1.1 Tms 
   1:  10.0.1.1 Tms 
   2:  10.0.2.2 Tms 
   3:  10.0.3.2 Tms reached
       Resume: pmtu 1300 hops 3 back 3 
  $ ip netns exec a tracepath -b 10.0.3.2 | sed -E 's/ +[0-9]+\.[0-9]+ms / Tms /'
   1?: [LOCALHOST]                      pmtu 1300
   1:  ??? (10.0.1.1) Tms 
   1:  ??? (10.0.1.1) Tms 
   2:  ??? (10.0.2.2) Tms 
   3:  ??? (10.0.3.2) Tms reached
       Resume: pmtu 1300 hops 3 back 3 
  $ ip netns exec a tracepath -n -m 2 10.0.3.2 | sed -E 's/ +[0-9]+\.[0-9]+ms / Tms /'
   1?: [LOCALHOST]                      pmtu 1300
   1:  10.0.1.1 Tms 
   1:  10.0.1.1 Tms 
   2:  10.0.2.2 Tms 
       Too many hops: pmtu 1300
       Resume: pmtu 1300 
  $ ip netns exec a tracepath -n -l 1000 -p 50000 10.0.3.2 | sed -E 's/ +[0-9]+\.[0-9]+ms / Tms /'
   1:  10.0.1.1 Tms 
   2:  10.0.2.2 Tms 
   3:  10.0.3.2 Tms reached
       Resume: pmtu 1000 hops 3 back 3 
  $ ip netns exec a tracepath -n 10.0.1.1 | sed -E 's/ +[0-9]+\.[0-9]+ms / Tms /'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.1 Tms reached
   1:  10.0.1.1 Tms reached
       Resume: pmtu 1500 hops 1 back 1 
  $ ip netns exec a tracepath -n 10.0.3.2/33000 | sed -E 's/ +[0-9]+\.[0-9]+ms / Tms /'
   1?: [LOCALHOST]                      pmtu 1300
   1:  10.0.1.1 Tms 
   1:  10.0.1.1 Tms 
   2:  10.0.2.2 Tms 
   3:  10.0.3.2 Tms reached
       Resume: pmtu 1300 hops 3 back 3 
  $ ip -n r2 link set r2b mtu 1280
  $ ip netns exec a tracepath -n 10.0.3.2 | sed -E 's/ +[0-9]+\.[0-9]+ms / Tms /'
   1?: [LOCALHOST]                      pmtu 1300
   1:  10.0.1.1 Tms 
   1:  10.0.1.1 Tms 
   2:  10.0.2.2 Tms 
   3:  10.0.2.2 Tms pmtu 1280
   3:  10.0.3.2 Tms reached
       Resume: pmtu 1280 hops 3 back 3 
  $ ip -n a route flush cache
  $ ip netns exec b sysctl -qw net.ipv4.ip_default_ttl=100
  $ ip netns exec a tracepath -n 10.0.3.2 | sed -E 's/ +[0-9]+\.[0-9]+ms / Tms /'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.1 Tms 
   1:  10.0.1.1 Tms 
   2:  10.0.1.1 Tms pmtu 1400
   2:  10.0.2.2 Tms 
   3:  10.0.2.2 Tms pmtu 1280
   3:  10.0.3.2 Tms reached
       Resume: pmtu 1280 hops 3 back 31 
