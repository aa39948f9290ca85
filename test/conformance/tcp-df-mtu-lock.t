TCP and a locked route MTU: ip_dont_fragment() sets DF only for IP_PMTUDISC_WANT on an unlocked route, so with 'mtu lock' the segments leave without DF (tcpdump -v: flags [none]) and a smaller hop fragments them; unlocked, the SYN carries DF.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r link set r1 mtu 1400
  $ ip -n a route add 10.2.0.0/24 via 10.1.0.1 mtu lock 1500
  $ ip netns exec r tcpdump -t -n -v -i r1 -c 1 'tcp[13] & 2 != 0' > cap1 2>&1 &
  $ sleep 0.5
  $ ip netns exec b sh -c 'nc -l 5000 | wc -c' > out1 &
  $ sleep 0.3
  $ ip netns exec a sh -c 'head -c 30000 /dev/zero | nc -N 10.2.0.2 5000'
  $ wait; sed -n 2,3p cap1 | sed -E 's/id [0-9]+/id N/; s/\.[0-9]+ >/.P >/; s/seq [0-9]+/seq S/; s/TS val [0-9]+/TS val T/; s/cksum 0x[0-9a-f]+/cksum C/'; cat out1
  IP (tos 0x0, ttl 63, id N, offset 0, flags [none], proto TCP (6), length 60)
      10.1.0.2.P > 10.2.0.2.5000: Flags [S], cksum C (incorrect -> 0x*), seq S, win 64240, options [mss 1460,sackOK,TS val T ecr 0,nop,wscale 10], length 0 (glob)
  30000
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache mtu lock 1500 
  $ ip netns exec r nstat -az IcmpOutDestUnreachs IpFragFails
  #kernel
  IpFragFails                     0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  $ ip netns exec r nstat -a IpFragOKs | sed -n 2p | sed -E 's/ +[0-9]+ .*//'
  IpFragOKs
  $ ip -n a route change 10.2.0.0/24 via 10.1.0.1 mtu 1500
  $ ip netns exec r tcpdump -t -n -v -i r1 -c 1 'tcp[13] & 2 != 0' > cap2 2>&1 &
  $ sleep 0.5
  $ ip netns exec b sh -c 'nc -l 5000 | wc -c' > out2 &
  $ sleep 0.3
  $ ip netns exec a sh -c 'head -c 30000 /dev/zero | nc -N 10.2.0.2 5000'
  $ wait; sed -n 2,3p cap2 | sed -E 's/id [0-9]+/id N/; s/\.[0-9]+ >/.P >/; s/seq [0-9]+/seq S/; s/TS val [0-9]+/TS val T/; s/cksum 0x[0-9a-f]+/cksum C/'; cat out2
  IP (tos 0x0, ttl 63, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.1.0.2.P > 10.2.0.2.5000: Flags [S], cksum C (incorrect -> 0x*), seq S, win 64240, options [mss 1460,sackOK,TS val T ecr 0,nop,wscale 10], length 0 (glob)
  30000
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip netns exec r nstat -az IcmpOutDestUnreachs
  #kernel
  IcmpOutDestUnreachs             2                  0.0
