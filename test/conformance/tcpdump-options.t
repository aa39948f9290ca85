tcpdump options: -q (quiet), -c, SIGINT and SIGTERM end a capture with its statistics, -p, errors for an unknown device, a bad filter and an unknown option.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:0b:01 dev a0
  $ ip netns exec a tcpdump -n -t -q -i a0 -c 2 > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ wait
  $ cat out err
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  ARP, Request who-has 10.0.0.1 tell 10.0.0.2, length 28
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  2 packets captured
  4 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec a tcpdump -n -t -i a0 > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 2 -i 0.2 10.0.0.2 > /dev/null
  $ kill -INT %1; wait
  $ cat out err
  
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  0 packets captured
  4 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec a tcpdump -n -t -p -i a0 icmp > out 2> err &
  $ sleep 0.5
  $ ip -n a link show a0
  2: a0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff link-netns b
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ kill %1; wait
  $ cat out err
  
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  0 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec a tcpdump -n -i a0 icmp > out 2> err &
  $ sleep 0.5
  $ ip -n a link show a0
  2: a0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff link-netns b
  $ kill %1; wait
  $ ip -n a link show a0
  2: a0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff link-netns b
  $ cat out err
  
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  0 packets captured
  0 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec a tcpdump -n -i nosuch -c 1
  tcpdump: nosuch: No such device exists
  (No such device exists)
  [1]
  $ ip netns exec a tcpdump -n -i a0 -c 1 'icmp and'
  tcpdump: can't parse filter expression: syntax error
  [1]
  $ ip netns exec a tcpdump -n -i a0 -c 1 bogus
  tcpdump: can't parse filter expression: syntax error
  [1]
  $ ip netns exec a tcpdump -n -i a0 -c 1 host
  tcpdump: can't parse filter expression: syntax error
  [1]
  $ ip netns exec a tcpdump -n -i a0 -c 1 'port 99999'
  tcpdump: illegal port number 99999 > 65535
  [1]
  $ ip netns exec a tcpdump -n -i a0 -c 0
  tcpdump: invalid packet count 0
  [1]
  $ ip netns exec a tcpdump --nosuchoption 2>&1 | head -2
  tcpdump: unrecognized option '--nosuchoption'
  tcpdump version 4.99.3
