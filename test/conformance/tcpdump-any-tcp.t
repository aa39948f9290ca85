tcpdump -i any (Linux cooked v2) on TCP: flag filters, portrange, -e direction and interface columns, -q, and a savefile of it read back with a filter.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ ip netns exec b nc -l 5000 > /dev/null &
  $ sleep 0.5
  $ ip netns exec a tcpdump -n -t -i any -c 4 'tcp[tcpflags] & (tcp-syn|tcp-fin) != 0' > o1 2> e1 &
  $ ip netns exec a tcpdump -n -t -e -i any -c 2 'tcp and portrange 4999-5000 and tcp[13] & 2 != 0' > o2 2> e2 &
  $ ip netns exec a tcpdump -n -t -q -i any -c 3 'tcp' > o3 2> e3 &
  $ ip netns exec a tcpdump -n -i any -c 6 -w any.pcap 'tcp' 2> e4 &
  $ sleep 0.5
  $ printf 'hello' | ip netns exec a nc -N -p 40000 10.0.0.2 5000
  $ wait
  $ sed -E 's/(seq|ack) [0-9]{6,}/\1 N/g; s/(val|ecr) [1-9][0-9]*/\1 T/g' o1 o2
  a0    Out IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS val T ecr 0,nop,wscale 10], length 0
  a0    In  IP 10.0.0.2.5000 > 10.0.0.1.40000: Flags [S.], seq N, ack N, win 65160, options [mss 1460,sackOK,TS val T ecr T,nop,wscale 10], length 0
  a0    Out IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [F.], seq 6, ack 1, win 63, options [nop,nop,TS val T ecr T], length 0
  a0    In  IP 10.0.0.2.5000 > 10.0.0.1.40000: Flags [F.], seq 1, ack 7, win 64, options [nop,nop,TS val T ecr T], length 0
  a0    Out ifindex 2 02:00:00:00:0a:01 ethertype IPv4 (0x0800), length 80: 10.0.0.1.40000 > 10.0.0.2.5000: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS val T ecr 0,nop,wscale 10], length 0
  a0    In  ifindex 2 02:00:00:00:0b:01 ethertype IPv4 (0x0800), length 80: 10.0.0.2.5000 > 10.0.0.1.40000: Flags [S.], seq N, ack N, win 65160, options [mss 1460,sackOK,TS val T ecr T,nop,wscale 10], length 0
  $ cat o3
  a0    Out IP 10.0.0.1.40000 > 10.0.0.2.5000: tcp 0
  a0    In  IP 10.0.0.2.5000 > 10.0.0.1.40000: tcp 0
  a0    Out IP 10.0.0.1.40000 > 10.0.0.2.5000: tcp 0
  $ tail -3 e1
  4 packets captured
  4 packets received by filter
  0 packets dropped by kernel
  $ tcpdump -n -t -r any.pcap 'tcp[13] = 0x18' 2>&1 | sed -E 's/(seq|ack) [0-9]{6,}(:[0-9]+)?/\1 N/g; s/(val|ecr) [1-9][0-9]*/\1 T/g'
  reading from file any.pcap, link-type LINUX_SLL2 (Linux cooked v2), snapshot length 262144
  Warning: interface names might be incorrect
  ?     Out IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [P.], seq N, ack N, win 63, options [nop,nop,TS val T ecr T], length 5
  $ tcpdump -n -t -e -r any.pcap -c 1 2>/dev/null | sed -E 's/(seq|ack) [0-9]{6,}/\1 N/g; s/(val|ecr) [1-9][0-9]*/\1 T/g'
  ?     Out ifindex 2 02:00:00:00:0a:01 ethertype IPv4 (0x0800), length 80: 10.0.0.1.40000 > 10.0.0.2.5000: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS val T ecr 0,nop,wscale 10], length 0
