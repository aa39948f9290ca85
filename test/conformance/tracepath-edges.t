tracepath edge cases: packet length limits, port ranges, an unreachable network at the router, a local destination.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip link add r1 netns r address 02:00:00:00:00:03 type veth peer name b0 netns b address 02:00:00:00:00:04
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.1.1/24 dev a0
  $ ip -n r addr add 10.0.1.254/24 dev r0
  $ ip -n r addr add 10.0.2.254/24 dev r1
  $ ip -n b addr add 10.0.2.1/24 dev b0
  $ ip -n a route add default via 10.0.1.254
  $ ip -n b route add default via 10.0.2.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ for n in r b; do ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0; done
  $ ip netns exec a tracepath -n -l 28 10.0.2.1
  tracepath: pktlen must be within: 28 < value <= 2147483647
  [1]
  $ ip netns exec a tracepath -n -l 29 10.0.2.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 29 hops 2 back 2 
  $ ip netns exec a tracepath -n -l 1500 10.0.2.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1500 hops 2 back 2 
  $ ip netns exec a tracepath -n -l 1501 10.0.2.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1500 hops 2 back 2 
  $ ip netns exec a tracepath -n -p 70000 10.0.2.1
  tracepath: invalid argument: '70000': out of range: 0 <= value <= 65535
  [1]
  $ ip netns exec a tracepath -n -p 0 10.0.2.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1500 hops 2 back 2 
  $ ip netns exec a tracepath -n -m 256 10.0.2.1
  tracepath: invalid argument: '256': out of range: 0 <= value <= 255
  [1]
  $ ip netns exec a tracepath -n -m 2 10.0.2.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1500 hops 2 back 2 
  $ ip netns exec a tracepath -n 10.0.2.1/5000 | sed -E 's/[0-9.]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1500 hops 2 back 2 
  $ ip netns exec a tracepath -n 10.0.2.1/abc
  tracepath: invalid argument: 'abc'
  [1]
  $ ip netns exec a tracepath -n 10.0.9.9 | sed -E 's/[0-9.]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms !N
       Resume: pmtu 1500 
  $ ip netns exec r ip route add unreachable 10.0.8.0/24
  $ ip netns exec a tracepath -n 10.0.8.8 | sed -E 's/[0-9.]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms !H
       Resume: pmtu 1500 
  $ ip netns exec r ip route add prohibit 10.0.7.0/24
  $ ip netns exec a tracepath -n 10.0.7.7 | sed -E 's/[0-9.]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms !H
       Resume: pmtu 1500 
  $ ip netns exec a tracepath -n 10.0.1.254 | sed -E 's/[0-9.]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms reached
   1:  10.0.1.254                                            Tms reached
       Resume: pmtu 1500 hops 1 back 1 
  $ ip netns exec a tracepath -n -6 10.0.2.1
  tracepath: 10.0.2.1: Address family for hostname not supported
  [1]
  $ ip netns exec a tracepath -n -4 -6 10.0.2.1
  tracepath: Only one -4 or -6 option may be specified
  [2]
  $ ip netns exec a tracepath -V | sed -E 's/[0-9]+/N/g'
  tracepath from iputils N
  libcap: yes, IDN: yes, NLS: no, error.h: yes, getrandom(): yes, __fpending(): yes
  $ ip netns exec a tracepath -x 10.0.2.1 2>&1 | head -3
  tracepath: invalid option -- 'x'
  
  Usage
  $ ip -n a link set a0 down
  $ ip netns exec a tracepath -n 10.0.2.1
   1:  send failed
       Resume: pmtu 65535 
