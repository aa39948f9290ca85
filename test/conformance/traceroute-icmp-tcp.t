traceroute -I (ICMP echo probes) and -T (TCP SYN probes, half-open: the port-holding socket answers the SYN-ACK with a reset) across two routers, with -n -q -w -m -f -p, an open and a closed port, -O info, and a hop that does not answer. Runs of several probes per hop wait the whole 5 s for each (-w 5,0,0): on a loaded machine the kernel's later answers may come after three times the first one's time.
  $ ip netns add a
  $ ip netns add r1
  $ ip netns add r2
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r1a netns r1 address 02:00:00:00:01:0a
  $ ip link add r1b netns r1 address 02:00:00:00:01:0b type veth peer name r2a netns r2 address 02:00:00:00:02:0a
  $ ip link add r2b netns r2 address 02:00:00:00:02:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
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
  $ ip netns exec a traceroute -I -n -w 5,0,0 10.0.3.2 | sed -E 's/ +[0-9]+\.[0-9]+ ms/ T ms/g'
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1 T ms T ms T ms
   2  10.0.2.2 T ms T ms T ms
   3  10.0.3.2 T ms T ms T ms
  $ ip netns exec a traceroute -I -n -q 1 -f 2 10.0.3.2 | sed -E 's/ +[0-9]+\.[0-9]+ ms/ T ms/g'
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   2  10.0.2.2 T ms
   3  10.0.3.2 T ms
  $ ip netns exec a traceroute -I -n -q 2 -w 5,0,0 -p 100 -m 2 10.0.3.2 | sed -E 's/ +[0-9]+\.[0-9]+ ms/ T ms/g'
  traceroute to 10.0.3.2 (10.0.3.2), 2 hops max, 60 byte packets
   1  10.0.1.1 T ms T ms
   2  10.0.2.2 T ms T ms
  $ ip netns exec a traceroute --icmp -n -q 1 10.0.1.2 | sed -E 's/ +[0-9]+\.[0-9]+ ms/ T ms/g'
  traceroute to 10.0.1.2 (10.0.1.2), 30 hops max, 60 byte packets
   1  10.0.1.2 T ms
  $ ip netns exec b sh -c 'nc -l 10.0.3.2 8080 > /dev/null & sleep 10; kill $!' &
  $ sleep 0.5; ip netns exec a traceroute -T -n -q 1 -p 8080 10.0.3.2 | sed -E 's/ +[0-9]+\.[0-9]+ ms/ T ms/g'
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1 T ms
   2  10.0.2.2 T ms
   3  10.0.3.2 T ms
  $ ip netns exec a traceroute -T -n -q 1 10.0.3.2 | sed -E 's/ +[0-9]+\.[0-9]+ ms/ T ms/g'
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1 T ms
   2  10.0.2.2 T ms
   3  10.0.3.2 T ms
  $ ip netns exec a traceroute -T -n -q 1 -p 8080 -O info 10.0.3.2 | sed -E 's/ +[0-9]+\.[0-9]+ ms/ T ms/g'
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1 T ms
   2  10.0.2.2 T ms
   3  10.0.3.2 <syn,ack> T ms
  $ ip netns exec a traceroute -T -n -q 1 -O info 10.0.3.2 | sed -E 's/ +[0-9]+\.[0-9]+ ms/ T ms/g'
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1 T ms
   2  10.0.2.2 T ms
   3  10.0.3.2 <rst,ack> T ms
  $ ip netns exec r2 iptables -A FORWARD -p icmp -j DROP
  $ ip netns exec r2 iptables -A OUTPUT -p icmp -j DROP
  $ ip netns exec a traceroute -I -n -q 1 -w 1 -m 4 10.0.3.2 | sed -E 's/ +[0-9]+\.[0-9]+ ms/ T ms/g'
  traceroute to 10.0.3.2 (10.0.3.2), 4 hops max, 60 byte packets
   1  10.0.1.1 T ms
   2  *
   3  *
   4  *
  $ ip netns exec a traceroute -T -n -q 1 -w 1 -m 4 -p 8080 10.0.3.2 | sed -E 's/ +[0-9]+\.[0-9]+ ms/ T ms/g'
  traceroute to 10.0.3.2 (10.0.3.2), 4 hops max, 60 byte packets
   1  10.0.1.1 T ms
   2  *
   3  10.0.3.2 T ms
  $ wait
