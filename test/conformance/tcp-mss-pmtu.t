TCP across a router whose egress MTU (1400) is smaller than both ends' links: each SYN advertises its own device's MSS (1460), the route's advmss overrides it, and the first full-size segment learns the path MTU from the router's fragmentation-needed (a's route cache shows mtu 1400); the transfer completes.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up mtu 1400
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r tcpdump -t -n -i r1 -c 2 'tcp[13] & 2 != 0' > cap1 2>&1 &
  $ sleep 0.5
  $ ip netns exec b sh -c 'nc -l 5000 | wc -c' > out1 &
  $ sleep 0.3
  $ ip netns exec a sh -c 'head -c 200000 /dev/zero | nc -N 10.2.0.2 5000'
  $ wait; cat cap1 out1
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on r1, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP 10.1.0.2.* > 10.2.0.2.5000: Flags [S], seq *, win 64240, options [mss 1460,sackOK,TS val * ecr *,nop,wscale 10], length 0 (glob)
  IP 10.2.0.2.5000 > 10.1.0.2.*: Flags [S.], seq *, ack *, win 65160, options [mss 1460,sackOK,TS val * ecr *,nop,wscale 10], length 0 (glob)
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  200000
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n b route get 10.1.0.2
  10.1.0.2 via 10.2.0.1 dev b0 src 10.2.0.2 uid 0 
      cache 
  $ ip netns exec r nstat -az IpFragFails IpFragCreates
  #kernel
  IpFragFails                     2                  0.0
  IpFragCreates                   0                  0.0
  $ ip -n a route flush cache
  $ ip -n a route add 10.2.0.0/24 via 10.1.0.1 advmss 1000
  $ ip netns exec r tcpdump -t -n -i r1 -c 2 'tcp[13] & 2 != 0' > cap2 2>&1 &
  $ sleep 0.5
  $ ip netns exec b sh -c 'nc -l 5000 | wc -c' > out2 &
  $ sleep 0.3
  $ ip netns exec a sh -c 'head -c 200000 /dev/zero | nc -N 10.2.0.2 5000'
  $ wait; cat cap2 out2
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on r1, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP 10.1.0.2.* > 10.2.0.2.5000: Flags [S], seq *, win 65000, options [mss 1000,sackOK,TS val * ecr *,nop,wscale 10], length 0 (glob)
  IP 10.2.0.2.5000 > 10.1.0.2.*: Flags [S.], seq *, ack *, win 65160, options [mss 1460,sackOK,TS val * ecr *,nop,wscale 10], length 0 (glob)
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  200000
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1400 advmss 1000  (glob)
