NFLOG to tcpdump -i nflog:N: packets logged on a router in PREROUTING, FORWARD and POSTROUTING (with -e: group, family and the message length, which counts the prefix, the devices, the mark, the hardware header of incoming frames, the time of the input hooks, the payload), on a host in OUTPUT (the socket's uid/gid); the batch is sent on the 1 s flush timer or at once with --nflog-threshold 1; a group nobody reads logs nothing.
  $ for n in a c r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add c0 netns c address 02:00:00:00:0c:01 type veth peer name rc netns r address 02:00:00:00:01:0c
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a c r b; do ip -n $n link set lo up; done
  $ for d in ra rc r1; do ip -n r link set $d up; done
  $ ip -n a link set a0 up; ip -n c link set c0 up; ip -n b link set b0 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n c addr add 192.168.2.2/24 dev c0
  $ ip -n r addr add 192.168.1.1/24 dev ra
  $ ip -n r addr add 192.168.2.1/24 dev rc
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n c route add default via 192.168.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n b route add default via 203.0.113.1
  $ ip netns exec r iptables -t mangle -A PREROUTING -i ra -p icmp -j NFLOG --nflog-group 3 --nflog-prefix "pre: "
  $ ip netns exec r iptables -A FORWARD -i ra -p icmp -j NFLOG --nflog-group 3
  $ ip netns exec r iptables -t mangle -A POSTROUTING -o r1 -p icmp -j MARK --set-mark 7
  $ ip netns exec r iptables -t mangle -A POSTROUTING -o r1 -p icmp -j NFLOG --nflog-group 3 --nflog-prefix "post"
  $ ip netns exec r iptables -A FORWARD -i r1 -p icmp -j NFLOG --nflog-group 4
  $ ip netns exec r sh -c 'timeout 2 tcpdump -n -e -i nflog:3 > n3.out 2>&1 &'; sleep 0.5
  $ ip netns exec a ping -c 1 203.0.113.2 | sed -n 2p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ sleep 2; ip netns exec r sed -E 's/^[0-9]{2}:[0-9:.]+ /TS /; s/id [0-9]+,/id N,/' n3.out
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on nflog:3, link-type NFLOG (Linux netfilter log messages), snapshot length 262144 bytes
  TS version 0, resource ID 3, family IPv4 (2), length 192: 192.168.1.2 > 203.0.113.2: ICMP echo request, id N, seq 1, length 64
  TS version 0, resource ID 3, family IPv4 (2), length 196: 192.168.1.2 > 203.0.113.2: ICMP echo request, id N, seq 1, length 64
  TS version 0, resource ID 3, family IPv4 (2), length 188: 192.168.1.2 > 203.0.113.2: ICMP echo request, id N, seq 1, length 64
  
  3 packets captured
  3 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec r sh -c 'timeout 2 tcpdump -n -i nflog:3 > n3b.out 2>&1 &'; sleep 0.5
  $ ip netns exec a ping -c 2 -i 0.2 203.0.113.2 | sed -n 2,3p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  64 bytes from 203.0.113.2: icmp_seq=2 ttl=63 time=* ms (glob)
  $ sleep 2; ip netns exec r sed -E 's/^[0-9]{2}:[0-9:.]+ /TS /; s/id [0-9]+,/id N,/' n3b.out
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on nflog:3, link-type NFLOG (Linux netfilter log messages), snapshot length 262144 bytes
  TS IP 192.168.1.2 > 203.0.113.2: ICMP echo request, id N, seq 1, length 64
  TS IP 192.168.1.2 > 203.0.113.2: ICMP echo request, id N, seq 1, length 64
  TS IP 192.168.1.2 > 203.0.113.2: ICMP echo request, id N, seq 1, length 64
  TS IP 192.168.1.2 > 203.0.113.2: ICMP echo request, id N, seq 2, length 64
  TS IP 192.168.1.2 > 203.0.113.2: ICMP echo request, id N, seq 2, length 64
  TS IP 192.168.1.2 > 203.0.113.2: ICMP echo request, id N, seq 2, length 64
  
  6 packets captured
  6 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec r iptables -t mangle -R PREROUTING 1 -i ra -p icmp -j NFLOG --nflog-group 3 --nflog-threshold 1
  $ ip netns exec r iptables -t mangle -S PREROUTING
  -P PREROUTING ACCEPT
  -A PREROUTING -i ra -p icmp -j NFLOG --nflog-group 3 --nflog-threshold 1
  $ ip netns exec r sh -c 'timeout 3 tcpdump -n -i nflog:3 -c 1 > n3c.out 2>&1 &'; sleep 0.5
  $ ip netns exec a ping -c 1 203.0.113.2 | sed -n 2p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ sleep 0.5; ip netns exec r sed -E 's/^[0-9]{2}:[0-9:.]+ /TS /; s/id [0-9]+,/id N,/' n3c.out
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on nflog:3, link-type NFLOG (Linux netfilter log messages), snapshot length 262144 bytes
  TS IP 192.168.1.2 > 203.0.113.2: ICMP echo request, id N, seq 1, length 64
  1 packet captured
  1 packet received by filter
  0 packets dropped by kernel
  $ sleep 3; ip netns exec r iptables -L FORWARD -n -v -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         4      336 NFLOG      1    --  ra     *       0.0.0.0/0            0.0.0.0/0            nflog-group 3
         4      336 NFLOG      1    --  r1     *       0.0.0.0/0            0.0.0.0/0            nflog-group 4
  $ ip netns exec a iptables -A OUTPUT -p udp -j NFLOG --nflog-group 9 --nflog-prefix "udp-out"
  $ ip netns exec a iptables -t mangle -A POSTROUTING -p udp -j NFLOG --nflog-group 9
  $ ip netns exec a sh -c 'timeout 2 tcpdump -n -e -i nflog:9 > n9.out 2>&1 &'; sleep 0.5
  $ ip netns exec a sh -c 'echo hi | nc -u -w 1 -p 5000 203.0.113.2 40000'
  $ sleep 2; ip netns exec a sed -E 's/^[0-9]{2}:[0-9:.]+ /TS /; s/id [0-9]+,/id N,/' n9.out
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on nflog:9, link-type NFLOG (Linux netfilter log messages), snapshot length 262144 bytes
  TS version 0, resource ID 9, family IPv4 (2), length 84: 192.168.1.2.5000 > 203.0.113.2.40000: UDP, length 3
  TS version 0, resource ID 9, family IPv4 (2), length 80: 192.168.1.2.5000 > 203.0.113.2.40000: UDP, length 3
  
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
