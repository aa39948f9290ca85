socat's ip-options= (IP_OPTIONS on the socket, TYPE_BIN data in dalan's "x" hex notation) on TCP connections through a router: every segment of the client carries its options and the MSS gives up their length (icsk_ext_hdr_len); the listener's child echoes the SYN's options (tcp_v4_save_options()) on all its segments. A record route with three slots, then a loose source route through the router (its address first, the peer connected to last), then a strict one to a first hop that is not on-link (no route: the SYN never leaves, OutNoRoutes counts each try). Option data errors as socat reports them.

  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in 'a a0' 'b b0' 'a lo' 'b lo' 'r lo' 'r r0' 'r r1'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n r addr add 10.0.0.254/24 dev r0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n b addr add 10.0.1.2/24 dev b0
  $ ip -n a route add default via 10.0.0.254; ip -n b route add default via 10.0.1.254; ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:01:01 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.1.2 lladdr 02:00:00:00:00:02 dev r1; ip -n b neigh add 10.0.1.254 lladdr 02:00:00:00:01:02 dev b0
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv4.tcp_timestamps=0 net.ipv4.tcp_sack=0 net.ipv4.tcp_window_scaling=0; done
  $ ip netns exec b socat -u TCP-LISTEN:80,reuseaddr,fork /dev/null & sleep 0.3
  $ ip netns exec b tcpdump -l -n -t -v -i b0 tcp > b.txt 2>/dev/null & sleep 0.5
  $ head -c 3000 /dev/zero | ip netns exec a socat -u - TCP:10.0.1.2:80,ip-options=x070f04000000000000000000000000; echo $?; sleep 0.3
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.accept_source_route=1 net.ipv4.conf.r0.accept_source_route=1 net.ipv4.conf.r1.accept_source_route=1
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv4.conf.all.accept_source_route=1 net.ipv4.conf.${n}0.accept_source_route=1; done
  $ head -c 2000 /dev/zero | ip netns exec a socat -u - TCP:10.0.1.2:80,ip-options=x8307040a0000fe00; echo $?; sleep 0.3
  0
  $ ip netns exec a socat -u /dev/null TCP:10.0.1.2:80,ip-options=x8907040a0001fe00,connect-timeout=1.5; echo $?
  * socat[*] E connecting to AF=2 10.0.1.2:80: Connection timed out (glob)
  1
  $ ip netns exec a nstat -az IpOutNoRoutes TcpActiveOpens TcpOutSegs TcpExtTCPRetransFail TcpRetransSegs
  #kernel
  IpOutNoRoutes                   2                  0.0
  TcpActiveOpens                  3                  0.0
  TcpOutSegs                      14                 0.0
  TcpRetransSegs                  1                  0.0
  TcpExtTCPRetransFail            1                  0.0
  $ sleep 0.3; kill %2; kill %1; wait; sed -E 's/id [0-9]+,/id X,/; s/cksum 0x[0-9a-f]+ .correct.,//; s/cksum 0x[0-9a-f]+ \(incorrect -> 0x[0-9a-f]+\),//; s/seq [0-9]+:[0-9]+,/seq S:E,/; s/seq [0-9]+,/seq S,/; s/ack [0-9]+,/ack A,/; s/[0-9]+ > /P > /; s/\.[0-9]+: Flags/.P: Flags/' b.txt
  IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto TCP (6), length 60, options (RR 10.0.0.1, 10.0.1.254, 0.0.0.0,EOL))
      10.0.0.1.P > 10.0.1.2.P: Flags [S],  seq S, win 64240, options [mss 1460], length 0
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto TCP (6), length 60, options (RR 10.0.0.1, 10.0.1.254, 10.0.1.2,,EOL))
      10.0.1.2.P > 10.0.0.1.P: Flags [S.],  seq S, ack A, win 64240, options [mss 1460], length 0
  IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto TCP (6), length 56, options (RR 10.0.0.1, 10.0.1.254, 0.0.0.0,EOL))
      10.0.0.1.P > 10.0.1.2.P: Flags [.],  ack A, win 64240, length 0
  IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto TCP (6), length 3056, options (RR 10.0.0.1, 10.0.1.254, 0.0.0.0,EOL))
      10.0.0.1.P > 10.0.1.2.P: Flags [P.],  seq S:E, ack A, win 64240, length 3000: HTTP
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto TCP (6), length 56, options (RR 10.0.0.1, 10.0.1.254, 10.0.1.2,,EOL))
      10.0.1.2.P > 10.0.0.1.P: Flags [.],  ack A, win 65535, length 0
  IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto TCP (6), length 56, options (RR 10.0.0.1, 10.0.1.254, 0.0.0.0,EOL))
      10.0.0.1.P > 10.0.1.2.P: Flags [F.],  seq S, ack A, win 64240, length 0
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto TCP (6), length 56, options (RR 10.0.0.1, 10.0.1.254, 10.0.1.2,,EOL))
      10.0.1.2.P > 10.0.0.1.P: Flags [F.],  seq S, ack A, win 65535, length 0
  IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto TCP (6), length 56, options (RR 10.0.0.1, 10.0.1.254, 0.0.0.0,EOL))
      10.0.0.1.P > 10.0.1.2.P: Flags [.],  ack A, win 64239, length 0
  IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto TCP (6), length 52, options (LSRR 10.0.1.254,,EOL))
      10.0.0.1.P > 10.0.1.2.P: Flags [S],  seq S, win 64240, options [mss 1460], length 0
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto TCP (6), length 52, options (LSRR 10.0.0.1,EOL))
      10.0.1.2.P > 10.0.1.254.P: Flags [S.],  seq S, ack A, win 64240, options [mss 1460], length 0
  IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto TCP (6), length 48, options (LSRR 10.0.1.254,,EOL))
      10.0.0.1.P > 10.0.1.2.P: Flags [.],  ack A, win 64240, length 0
  IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto TCP (6), length 2048, options (LSRR 10.0.1.254,,EOL))
      10.0.0.1.P > 10.0.1.2.P: Flags [P.],  seq S:E, ack A, win 64240, length 2000: HTTP
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto TCP (6), length 48, options (LSRR 10.0.0.1,EOL))
      10.0.1.2.P > 10.0.1.254.P: Flags [.],  ack A, win 65535, length 0
  IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto TCP (6), length 48, options (LSRR 10.0.1.254,,EOL))
      10.0.0.1.P > 10.0.1.2.P: Flags [F.],  seq S, ack A, win 64240, length 0
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto TCP (6), length 48, options (LSRR 10.0.0.1,EOL))
      10.0.1.2.P > 10.0.1.254.P: Flags [F.],  seq S, ack A, win 65535, length 0
  IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto TCP (6), length 48, options (LSRR 10.0.1.254,,EOL))
      10.0.0.1.P > 10.0.1.2.P: Flags [.],  ack A, win 64239, length 0
  $ ip netns exec a socat -u /dev/null TCP:10.0.1.2:80,ip-options=x070f04 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/; s/0x7ff[0-9a-f]+/PTR/'
  socat E setsockopt(6, 0, 4, PTR, 3): Invalid argument
  $ ip netns exec a socat -u /dev/null TCP:10.0.1.2:80,ip-options=x8307 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/; s/0x7ff[0-9a-f]+/PTR/'
  socat E setsockopt(6, 0, 4, PTR, 2): Invalid argument
  $ ip netns exec a socat -u /dev/null TCP:10.0.1.2:80,ip-options=x070 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/; s/0x7ff[0-9a-f]+/PTR/'
  odd number of hexadecimal digits
  socat E parseopts_table(): problem with "x070" data
