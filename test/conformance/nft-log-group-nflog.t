nft log statements to nfnetlink_log: log group N with a prefix, a snaplen (the payload cut: the message shorter) and a queue-threshold of 1 (sent at once), read by tcpdump -i nflog:N on a host; listed back by nft.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for n in a b; do ip -n $n link set lo up; ip -n $n link set ${n}0 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b nft add table ip t
  $ ip netns exec b nft add chain ip t in '{ type filter hook input priority 0; }'
  $ ip netns exec b nft add rule ip t in icmp type echo-request log prefix '"req "' group 2
  $ ip netns exec b nft add rule ip t in icmp type echo-request log group 2 snaplen 40 queue-threshold 1
  $ ip netns exec b nft list chain ip t in
  table ip t {
  	chain in {
  		type filter hook input priority filter; policy accept;
  		icmp type echo-request log prefix "req " group 2
  		icmp type echo-request log group 2 snaplen 40 queue-threshold 1
  	}
  }
  $ ip netns exec b sh -c 'timeout 2 tcpdump -n -e -i nflog:2 > n2.out 2>&1 &'; sleep 0.5
  $ ip netns exec a ping -c 1 -s 100 10.0.0.2 | sed -n 2p
  108 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ sleep 2; ip netns exec b sed -E 's/^[0-9]{2}:[0-9:.]+ /TS /; s/id [0-9]+,/id N,/' n2.out
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on nflog:2, link-type NFLOG (Linux netfilter log messages), snapshot length 262144 bytes
  TS version 0, resource ID 2, family IPv4 (2), length 236: 10.0.0.1 > 10.0.0.2: ICMP echo request, id N, seq 1, length 108
  TS version 0, resource ID 2, family IPv4 (2), length 144: truncated-ip - 88 bytes missing! 10.0.0.1 > 10.0.0.2: ICMP echo request, id N, seq 1, length 108
  
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec b sh -c 'timeout 2 tcpdump -n -e -x -i nflog:2 > n3.out 2>&1 &'; sleep 0.5
  $ ip netns exec a ping -c 1 -s 8 -p 41 10.0.0.2 | sed -n 2p
  PING 10.0.0.2 (10.0.0.2) 8(36) bytes of data.
  $ sleep 2; ip netns exec b sed -E 's/^[0-9]{2}:[0-9:.]+ /TS /; s/id [0-9]+,/id N,/' n3.out | sed -E 's/^(.0x0000:  4500 0024) [0-9a-f]{4} (4000 4001) [0-9a-f]{4}/\1 ID \2 CSUM/' | grep -v 0x0010 | head -6
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on nflog:2, link-type NFLOG (Linux netfilter log messages), snapshot length 262144 bytes
  TS version 0, resource ID 2, family IPv4 (2), length 144: 10.0.0.1 > 10.0.0.2: ICMP echo request, id N, seq 1, length 16
  	0x0000:  4500 0024 ID 4000 4001 CSUM 0a00 0001
  	0x0020:  0000 0000
  TS version 0, resource ID 2, family IPv4 (2), length 140: 10.0.0.1 > 10.0.0.2: ICMP echo request, id N, seq 1, length 16
