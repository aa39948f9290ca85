ss -K on UDP sockets (udp_abort(): the socket is disconnected and its user sees ECONNABORTED: a listening nc's recvfrom fails, a connected nc stops quietly) with filters and state selections, and on raw sockets (no raw_diag on this kernel: ss reads /proc/net/raw, prints the socket and kills nothing; -e and -m add nothing there).
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -u -l 10.0.0.2 53 > l1.out 2>&1; echo rc=$? >> l1.out' &
  $ ip netns exec b sh -c 'nc -u -l 54 > l2.out 2>&1; echo rc=$? >> l2.out' &
  $ ip netns exec b sh -c 'nc -u -l 55 > l3.out 2>&1; echo rc=$? >> l3.out' &
  $ sleep 0.3
  $ ip netns exec b ss -HuK
  $ ip netns exec b ss -Huan | sort
  UNCONN 0      0       0.0.0.0:54 0.0.0.0:*
  UNCONN 0      0       0.0.0.0:55 0.0.0.0:*
  UNCONN 0      0      10.0.0.2:53 0.0.0.0:*
  $ ip netns exec b ss -HuaK 'sport = :53'
  UNCONN 0      0      10.0.0.2:domain 0.0.0.0:*
  $ sleep 0.3; cat l1.out
  nc: recvfrom: Software caused connection abort
  rc=1
  $ ip netns exec b ss -Huan | sort
  UNCONN 0      0      0.0.0.0:54 0.0.0.0:*
  UNCONN 0      0      0.0.0.0:55 0.0.0.0:*
  $ sleep 4 | ip netns exec a sh -c 'nc -u -p 4000 10.0.0.2 54 > c1.out 2>&1; echo rc=$? >> c1.out' &
  $ sleep 4 | ip netns exec a sh -c 'nc -u 10.0.0.2 55 > c2.out 2>&1; echo rc=$? >> c2.out' &
  $ sleep 0.5
  $ ip netns exec a ss -Huan | sed -E 's/:[0-9]{5} /:EPH /' | sort
  ESTAB 0      0      10.0.0.1:4000  10.0.0.2:54
  ESTAB 0      0      10.0.0.1:EPH 10.0.0.2:55
  $ ip netns exec a ss -HunK 'dport = :54'
  0      0      10.0.0.1:4000 10.0.0.2:54
  $ ip netns exec a ss -Huan | sed -E 's/:[0-9]{5} /:EPH /' | sort
  ESTAB 0      0      10.0.0.1:EPH 10.0.0.2:55
  $ sleep 0.3; cat c1.out
  rc=0
  $ ip netns exec a cat /proc/net/udp | wc -l
  2
  $ ip netns exec a ss -HunK state established | sed -E "s/:[0-9]{5} /:EPH /"
  0      0      10.0.0.1:EPH 10.0.0.2:55
  $ sleep 0.3; cat c2.out
  rc=0
  $ ip netns exec a ss -Huan
  $ ip netns exec b ss -HuanK 'sport = :54 or sport = :55' | sort
  UNCONN 0      0      0.0.0.0:54 0.0.0.0:*
  UNCONN 0      0      0.0.0.0:55 0.0.0.0:*
  $ sleep 0.3; cat l2.out l3.out
  nc: recvfrom: Software caused connection abort
  rc=1
  nc: recvfrom: Software caused connection abort
  rc=1
  $ ip netns exec b ss -Huan
  $ ip netns exec a sh -c 'ping -q -c 20 -i 0.2 10.0.0.2 > p.out 2>&1; echo rc=$? >> p.out' &
  $ sleep 0.5
  $ ip netns exec a ss -Hwan4
  UNCONN 0      0      0.0.0.0:1 0.0.0.0:*
  $ ip netns exec a ss -Hwan4e
  UNCONN 0      0      0.0.0.0:1 0.0.0.0:*
  $ ip netns exec a ss -Hwan4m
  UNCONN 0      0      0.0.0.0:1 0.0.0.0:*
  $ ip netns exec a ss -Hwan4K
  UNCONN 0      0      0.0.0.0:1 0.0.0.0:*
  $ ip netns exec a ss -Hwa4K 'sport = :2'
  $ ip netns exec a ss -Hwan4
  UNCONN 0      0      0.0.0.0:1 0.0.0.0:*
  $ ip netns exec a ss -Hw4K
  $ sleep 4; cat p.out | sed -E 's/time [0-9]+ms/time T/; s/= [0-9.\/]+ ms/= R ms/'
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  20 packets transmitted, 20 received, 0% packet loss, time T
  rtt min/avg/max/mdev = R ms
  rc=0
