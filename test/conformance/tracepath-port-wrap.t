tracepath -p near the top of the port range: base_port is a uint16_t and each probe goes to htons(base_port + slot), so the ports wrap to 0, and an answer from a wrapped port gives a negative slot: no time, no TTL history for it.
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
  $ ip netns exec b sysctl -qw net.ipv4.icmp_ratelimit=0
  $ ip netns exec a tracepath -n -p 65534 10.0.3.2 | sed -E "s/[0-9]+\.[0-9]+ms/Tms/g"
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.1                                              Tms 
   1:  10.0.1.1                                              Tms 
   2:  send failed
       Resume: pmtu 1500 
  $ ip netns exec a tracepath -n -p 65535 10.0.3.2 | sed -E "s/[0-9]+\.[0-9]+ms/Tms/g"
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.1                                              Tms 
   1:  send failed
       Resume: pmtu 1500 
  $ ip netns exec a tracepath -n -p 65533 -m 2 10.0.3.2 | sed -E "s/[0-9]+\.[0-9]+ms/Tms/g"
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.1                                              Tms 
   1:  10.0.1.1                                              Tms 
   2:  10.0.2.2                                              Tms 
       Too many hops: pmtu 1500
       Resume: pmtu 1500 
  $ ip netns exec a tracepath -n -p 65536 10.0.3.2
  tracepath: invalid argument: '65536': out of range: 0 <= value <= 65535
  [1]
  $ ip netns exec a tracepath -n 10.0.3.2/65535 | sed -E "s/[0-9]+\.[0-9]+ms/Tms/g"
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.1                                              Tms 
   1:  send failed
       Resume: pmtu 1500 
  $ ip netns exec a tracepath -n 10.0.3.2/65536
  tracepath: invalid argument: '65536': out of range: 0 <= value <= 65535
  [1]
  $ ip netns exec a tracepath -n -p 0 10.0.2.2 | sed -E "s/[0-9]+\.[0-9]+ms/Tms/g"
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.1                                              Tms 
   1:  10.0.1.1                                              Tms 
   2:  10.0.2.2                                              Tms reached
       Resume: pmtu 1500 hops 2 back 2 
  $ ip netns exec a tracepath -n -p 65535 -l 1400 10.0.3.2 | sed -E "s/[0-9]+\.[0-9]+ms/Tms/g"
   1:  10.0.1.1                                              Tms 
   2:  send failed
       Resume: pmtu 1400 
  $ ip netns exec b nstat -az UdpNoPorts | tail -n +2
  UdpNoPorts                      0                  0.0
