tcpdump's names: well-known ports as service names with and without -n/-nn, on TCP and UDP, hosts from /etc/hosts, and -q with names.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ ip netns exec b nc -l 22 > /dev/null &
  $ sleep 0.5
  $ ip netns exec a tcpdump -t -i a0 -c 2 'tcp[13] = 2 or tcp[13] = 18' > o1 2> e1 &
  $ ip netns exec a tcpdump -n -t -i a0 -c 2 'tcp[13] = 2 or tcp[13] = 18' > o2 2> e2 &
  $ ip netns exec a tcpdump -nn -t -i a0 -c 2 'tcp[13] = 2 or tcp[13] = 18' > o3 2> e3 &
  $ ip netns exec a tcpdump -q -t -i a0 -c 2 'tcp[13] = 2 or tcp[13] = 18' > o4 2> e4 &
  $ ip netns exec a tcpdump -t -i a0 -c 1 udp > o5 2> e5 &
  $ ip netns exec a tcpdump -nn -t -i a0 -c 1 udp > o6 2> e6 &
  $ ip netns exec a tcpdump -t -i a0 -c 1 'udp and port discard' > o7 2> e7 &
  $ sleep 0.5
  $ printf 'x' | ip netns exec a nc -N -p 40000 10.0.0.2 22
  $ echo x | ip netns exec a nc -u -w 0 -p 40123 10.0.0.2 9
  $ wait
  $ sed -E 's/(seq|ack) [0-9]+/\1 N/g; s/(val|ecr) [1-9][0-9]*/\1 T/g' o1 o2 o3
  IP 10.0.0.1.40000 > 10.0.0.2.ssh: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS val T ecr 0,nop,wscale 10], length 0
  IP 10.0.0.2.ssh > 10.0.0.1.40000: Flags [S.], seq N, ack N, win 65160, options [mss 1460,sackOK,TS val T ecr T,nop,wscale 10], length 0
  IP 10.0.0.1.40000 > 10.0.0.2.22: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS val T ecr 0,nop,wscale 10], length 0
  IP 10.0.0.2.22 > 10.0.0.1.40000: Flags [S.], seq N, ack N, win 65160, options [mss 1460,sackOK,TS val T ecr T,nop,wscale 10], length 0
  IP 10.0.0.1.40000 > 10.0.0.2.22: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS val T ecr 0,nop,wscale 10], length 0
  IP 10.0.0.2.22 > 10.0.0.1.40000: Flags [S.], seq N, ack N, win 65160, options [mss 1460,sackOK,TS val T ecr T,nop,wscale 10], length 0
  $ cat o4 o5 o6 o7
  IP 10.0.0.1.40000 > 10.0.0.2.ssh: tcp 0
  IP 10.0.0.2.ssh > 10.0.0.1.40000: tcp 0
  IP 10.0.0.1.40123 > 10.0.0.2.discard: UDP, length 2
  IP 10.0.0.1.40123 > 10.0.0.2.9: UDP, length 2
  IP 10.0.0.1.40123 > 10.0.0.2.discard: UDP, length 2
  $ cat e1 e2 e3
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec a tcpdump -n -i a0 -c 1 'port ssh and tcp' > /dev/null 2> e8 & sleep 0.5; printf 'x' | ip netns exec a nc -N -p 40001 10.0.0.2 22 > /dev/null; wait; cat e8
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  1 packet captured
  2 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec a tcpdump -n -i a0 -c 1 'port nosuchservice'
  tcpdump: unknown port 'nosuchservice'
  [1]
