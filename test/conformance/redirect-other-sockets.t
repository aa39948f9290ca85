A redirect changes the route of every socket to its destination, not only the one whose packet drew it: rt_bind_exception and update_or_create_fnhe() mark the cached output routes of the nexthop obsolete (DST_OBSOLETE_KILL), so another connected UDP socket, and a TCP connection established before the redirect, find the exception (fnhe) on their next send (ipv4_dst_check / __sk_dst_check) and go straight to the new gateway.
  $ for n in h r g d; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip netns add lan
  $ ip -n lan link add br0 type bridge
  $ ip -n lan link set br0 up
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name p1 netns lan
  $ ip link add r0 netns r address 02:00:00:00:01:21 type veth peer name p2 netns lan
  $ ip link add g0 netns g address 02:00:00:00:00:40 type veth peer name p3 netns lan
  $ ip link add g1 netns g address 02:00:00:00:00:41 type veth peer name d0 netns d address 02:00:00:00:00:99
  $ for p in p1 p2 p3; do ip -n lan link set $p master br0 up; done
  $ for n in h r g d; do ip -n $n link set lo up; done
  $ ip -n h link set h0 up; ip -n r link set r0 up; ip -n g link set g0 up; ip -n g link set g1 up; ip -n d link set d0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip -n g addr add 192.168.0.40/24 dev g0
  $ ip -n g addr add 10.9.9.1/24 dev g1
  $ ip -n d addr add 10.9.9.99/24 dev d0
  $ ip -n d route add default via 10.9.9.1
  $ ip -n g route add default via 192.168.0.121
  $ for n in r g; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n h route add default via 192.168.0.121
  $ ip netns exec g sysctl -qw net.ipv4.conf.all.send_redirects=0
  $ ip netns exec d sh -c 'nc -u -l 5001 > got1 & nc -u -l 5002 > got2 & nc -l 5000 > got0 & sleep 0.3'
  $ ip netns exec h sh -c 'tcpdump -l -n -t -e -i h0 udp or tcp > cap 2>/dev/null & sleep 0.3'
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.send_redirects=0 net.ipv4.conf.r0.send_redirects=0
  $ ip netns exec h sh -c '(sleep 2; echo t1; sleep 2) | nc -p 6000 10.9.9.99 5000 & sleep 0.2'
  $ ip netns exec h sh -c '(sleep 1.5; echo b1; sleep 2) | nc -u -p 6002 10.9.9.99 5002 & sleep 0.1'
  $ ip -n h route get 10.9.9.99 | head -2
  10.9.9.99 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip netns exec h nstat -az IcmpInRedirects | tail -n +2
  IcmpInRedirects                 0                  0.0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.send_redirects=1
  $ ip netns exec h sh -c '(sleep 0.3; echo a1; sleep 2) | nc -u -p 6001 10.9.9.99 5001 & sleep 0.1'
  $ sleep 2.5
  $ ip -n h route get 10.9.9.99 | head -2
  10.9.9.99 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec h nstat -az IcmpInRedirects | tail -n +2
  IcmpInRedirects                 1                  0.0
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams | tail -n +2
  IpForwDatagrams                 3                  0.0
  IcmpOutRedirects                1                  0.0
  $ ip netns exec g nstat -az IpForwDatagrams | tail -n +2
  IpForwDatagrams                 7                  0.0
  $ cat cap | sed -E 's/, options \[[^]]*\]//; s/ (seq|ack|win) [0-9:]+,//g'
  02:00:00:00:00:31 > 02:00:00:00:01:21, ethertype IPv4 (0x0800), length 74: 192.168.0.31.6000 > 10.9.9.99.5000: Flags [S], length 0
  02:00:00:00:00:40 > 02:00:00:00:00:31, ethertype IPv4 (0x0800), length 74: 10.9.9.99.5000 > 192.168.0.31.6000: Flags [S.], length 0
  02:00:00:00:00:31 > 02:00:00:00:01:21, ethertype IPv4 (0x0800), length 66: 192.168.0.31.6000 > 10.9.9.99.5000: Flags [.], length 0
  02:00:00:00:00:31 > 02:00:00:00:01:21, ethertype IPv4 (0x0800), length 45: 192.168.0.31.6001 > 10.9.9.99.5001: UDP, length 3
  02:00:00:00:00:31 > 02:00:00:00:00:40, ethertype IPv4 (0x0800), length 45: 192.168.0.31.6002 > 10.9.9.99.5002: UDP, length 3
  02:00:00:00:00:31 > 02:00:00:00:00:40, ethertype IPv4 (0x0800), length 69: 192.168.0.31.6000 > 10.9.9.99.5000: Flags [P.], length 3
  02:00:00:00:00:40 > 02:00:00:00:00:31, ethertype IPv4 (0x0800), length 66: 10.9.9.99.5000 > 192.168.0.31.6000: Flags [.], length 0
  $ ip netns exec h ss -tn state established dport = :5000
  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  0      0       192.168.0.31:6000    10.9.9.99:5000       
  $ ip netns exec h ss -un dport = :5002
  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  0      0       192.168.0.31:6002    10.9.9.99:5002       
  $ cat got0 got1 got2
  t1
  a1
  b1
