A redirect reaches the route through the socket that sent the quoted packet: a TCP connect (tcp_v4_err: do_redirect), a UDP datagram (udp_err: ipv4_sk_redirect), raw IP protocol 253 (raw_err). The TCP connect's redirect arrives while connect() owns the socket and changes nothing (see redirect-tcp.t).
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
  $ ip netns exec h ping -c 1 -W 1 192.168.0.40 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 192.168.0.40: icmp_seq=1 ttl=64 
  $ ip netns exec d nc -l 5000 > /dev/null &
  $ sleep 0.5
  $ ip netns exec h nc -z -w 2 10.9.9.99 5000; echo $?
  0
  $ ip -n h route get 10.9.9.99 | head -2
  10.9.9.99 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip netns exec d nc -u -l 5001 > got &
  $ sleep 0.5
  $ echo hello | ip netns exec h nc -u -w 1 10.9.9.99 5001
  $ ip -n h route get 10.9.9.99 | head -2
  10.9.9.99 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ cat got
  hello
  $ ip netns exec h nstat -az IcmpInRedirects IcmpInErrors | tail -n +2
  IcmpInErrors                    0                  0.0
  IcmpInRedirects                 2                  0.0
  $ echo hi | ip netns exec h nc -u -w 1 -s 192.168.0.31 10.9.9.50 5002
  $ ip -n h route get 10.9.9.50 | head -2
  10.9.9.50 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec h traceroute -n -q 1 -N 1 -P 253 -f 2 -m 2 10.9.9.51 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.9.9.51 (10.9.9.51), 2 hops max, 60 byte packets
   2  192.168.0.40  T ms
  $ ip -n h route get 10.9.9.51 | head -2
  10.9.9.51 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec h nstat -az IcmpInRedirects IcmpInErrors | tail -n +2
  IcmpInErrors                    0                  0.0
  IcmpInRedirects                 4                  0.0
  $ ip -o -n h route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/' | sort
  10.9.9.50 via 192.168.0.40 dev h0 \    cache <redirected> expires Nsec 
  10.9.9.51 via 192.168.0.40 dev h0 \    cache <redirected> expires Nsec 
  10.9.9.99 via 192.168.0.40 dev h0 \    cache <redirected> expires Nsec 
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams | tail -n +2
  IpForwDatagrams                 7                  0.0
  IcmpOutRedirects                4                  0.0
