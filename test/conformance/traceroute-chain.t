traceroute and tracepath along a chain of five routers (a - r1 - r2 - r3 - r4 - r5 - b): -f and -m cutting the trace, -N 1 (one probe at a time), -q 2, -I and -T with -f, a router that drops its time exceeded (iptables on r3: a '*' hop in the middle), -w 1 on it, and tracepath's view of the same.
  $ for n in a r1 r2 r3 r4 r5 b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ prev=a; i=1; for n in r1 r2 r3 r4 r5 b; do ip link add x$i netns $prev address 02:00:00:00:$i:01 type veth peer name y$i netns $n address 02:00:00:00:$i:02; ip -n $prev link set x$i up; ip -n $n link set y$i up; ip -n $prev addr add 10.0.$i.1/24 dev x$i; ip -n $n addr add 10.0.$i.2/24 dev y$i; prev=$n; i=$((i+1)); done
  $ ip -n a route add default via 10.0.1.2
  $ k=1; for n in r1 r2 r3 r4 r5; do ip -n $n route add default via 10.0.$((k+1)).2; ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; k=$((k+1)); done
  $ k=2; for n in r2 r3 r4 r5; do for j in $(seq 1 $((k-1))); do ip -n $n route add 10.0.$j.0/24 via 10.0.$k.1; done; k=$((k+1)); done
  $ ip -n b route add default via 10.0.6.1
  $ ip -n r3 route
  default via 10.0.4.2 dev x4 
  10.0.1.0/24 via 10.0.3.1 dev y3 
  10.0.2.0/24 via 10.0.3.1 dev y3 
  10.0.3.0/24 dev y3 proto kernel scope link src 10.0.3.2 
  10.0.4.0/24 dev x4 proto kernel scope link src 10.0.4.1 
  $ for n in r1 r2 r3 r4 r5 b; do ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0; done
  $ ip netns exec a traceroute -n -q 1 10.0.6.2 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.6.2 (10.0.6.2), 30 hops max, 60 byte packets
   1  10.0.1.2  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
   4  10.0.4.2  T ms
   5  10.0.5.2  T ms
   6  10.0.6.2  T ms
  $ ip netns exec a traceroute -n -q 1 -f 3 10.0.6.2 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.6.2 (10.0.6.2), 30 hops max, 60 byte packets
   3  10.0.3.2  T ms
   4  10.0.4.2  T ms
   5  10.0.5.2  T ms
   6  10.0.6.2  T ms
  $ ip netns exec a traceroute -n -q 1 -m 4 10.0.6.2 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.6.2 (10.0.6.2), 4 hops max, 60 byte packets
   1  10.0.1.2  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
   4  10.0.4.2  T ms
  $ ip netns exec a traceroute -n -q 1 -f 3 -m 4 10.0.6.2 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.6.2 (10.0.6.2), 4 hops max, 60 byte packets
   3  10.0.3.2  T ms
   4  10.0.4.2  T ms
  $ ip netns exec a traceroute -n -q 2 -N 1 10.0.6.2 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.6.2 (10.0.6.2), 30 hops max, 60 byte packets
   1  10.0.1.2  T ms  T ms
   2  10.0.2.2  T ms  T ms
   3  10.0.3.2  T ms  T ms
   4  10.0.4.2  T ms  T ms
   5  10.0.5.2  T ms  T ms
   6  10.0.6.2  T ms  T ms
  $ ip netns exec a traceroute -n -q 1 -I -f 4 10.0.6.2 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.6.2 (10.0.6.2), 30 hops max, 60 byte packets
   4  10.0.4.2  T ms
   5  10.0.5.2  T ms
   6  10.0.6.2  T ms
  $ ip netns exec a traceroute -n -q 1 -T -f 5 10.0.6.2 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.6.2 (10.0.6.2), 30 hops max, 60 byte packets
   5  10.0.5.2  T ms
   6  10.0.6.2  T ms
  $ ip netns exec a traceroute -q 1 -m 2 10.0.6.2 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.6.2 (10.0.6.2), 2 hops max, 60 byte packets
   1  10.0.1.2 (10.0.1.2)  T ms
   2  10.0.2.2 (10.0.2.2)  T ms
  $ ip netns exec r3 iptables -A OUTPUT -p icmp --icmp-type time-exceeded -j DROP
  $ ip netns exec a traceroute -n -q 1 -w 1 10.0.6.2 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.6.2 (10.0.6.2), 30 hops max, 60 byte packets
   1  10.0.1.2  T ms
   2  10.0.2.2  T ms
   3  *
   4  10.0.4.2  T ms
   5  10.0.5.2  T ms
   6  10.0.6.2  T ms
  $ ip netns exec a traceroute -n -q 2 -w 1 -I 10.0.6.2 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.6.2 (10.0.6.2), 30 hops max, 60 byte packets
   1  10.0.1.2  T ms  T ms
   2  10.0.2.2  T ms  T ms
   3  * *
   4  10.0.4.2  T ms  T ms
   5  10.0.5.2  T ms  T ms
   6  10.0.6.2  T ms  T ms
  $ ip netns exec a tracepath -n 10.0.6.2 | sed -E 's/[0-9]+\.[0-9]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.2                                              Tms 
   1:  10.0.1.2                                              Tms 
   2:  10.0.2.2                                              Tms 
   3:  no reply
   4:  10.0.4.2                                              Tms 
   5:  10.0.5.2                                              Tms 
   6:  10.0.6.2                                              Tms reached
       Resume: pmtu 1500 hops 6 back 6 
  $ ip netns exec r3 iptables -L OUTPUT -nvx | sed -E 's/ +/ /g'
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   6 1992 DROP 1 -- * * 0.0.0.0/0 0.0.0.0/0 icmptype 11
  $ ip netns exec r3 iptables -F OUTPUT
  $ ip netns exec a tracepath -n -m 3 10.0.6.2 | sed -E 's/[0-9]+\.[0-9]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.2                                              Tms 
   1:  10.0.1.2                                              Tms 
   2:  10.0.2.2                                              Tms 
   3:  10.0.3.2                                              Tms 
       Too many hops: pmtu 1500
       Resume: pmtu 1500 
  $ ip netns exec a tracepath -n 10.0.6.2 | sed -E 's/[0-9]+\.[0-9]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.2                                              Tms 
   1:  10.0.1.2                                              Tms 
   2:  10.0.2.2                                              Tms 
   3:  10.0.3.2                                              Tms 
   4:  10.0.4.2                                              Tms 
   5:  10.0.5.2                                              Tms 
   6:  10.0.6.2                                              Tms reached
       Resume: pmtu 1500 hops 6 back 6 
