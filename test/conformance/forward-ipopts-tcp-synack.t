TCP and the IP options of a SYN: a listener's SYN-ACK carries the SYN's options reversed (tcp_v4_save_options() -> __ip_options_echo(): record route full with the router's and its own address, timestamps, a loose source route back through the router), so does the RST the sender's kernel answers it with (ip_send_unicast_reply()); a source-routed SYN-ACK is dropped by a sender without accept_source_route. tcpdump -v on the sender.

  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in 'a a0' 'b b0' 'a lo' 'b lo' 'r lo' 'r r0' 'r r1'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n r addr add 10.0.0.254/24 dev r0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n b addr add 10.0.1.2/24 dev b0
  $ ip -n a route add default via 10.0.0.254; ip -n b route add default via 10.0.1.254; ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:01:01 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.1.2 lladdr 02:00:00:00:00:02 dev r1; ip -n b neigh add 10.0.1.254 lladdr 02:00:00:00:01:02 dev b0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.accept_source_route=1 net.ipv4.conf.r0.accept_source_route=1; ip netns exec b sysctl -qw net.ipv4.conf.all.accept_source_route=1 net.ipv4.conf.b0.accept_source_route=1
  $ ip netns exec b socat -u TCP-LISTEN:80,reuseaddr,fork /dev/null & sleep 0.3
  $ ip netns exec a tcpdump -l -n -t -v -i a0 not arp > a.txt 2>/dev/null & sleep 0.5
  $ printf '\110\000\000\000\060\000\100\000\100\006\000\000\012\000\000\001\012\000\001\002\007\013\004\000\000\000\000\000\000\000\000\000\244\020\000\120\000\000\003\350\000\000\000\000\120\002\004\000\356\227\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2
  $ printf '\110\000\000\000\060\001\100\000\100\006\000\000\012\000\000\001\012\000\001\002\104\014\005\000\000\000\000\000\000\000\000\000\244\021\000\120\000\000\003\350\000\000\000\000\120\002\004\000\356\226\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2
  $ printf '\107\000\000\000\060\002\100\000\100\006\000\000\012\000\000\001\012\000\001\376\203\007\004\012\000\001\002\000\244\022\000\120\000\000\003\350\000\000\000\000\120\002\004\000\356\225\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.254:255 < pkt; sleep 0.2
  $ printf '\105\000\000\000\060\003\100\000\100\006\000\000\012\000\000\001\012\000\001\002\244\023\000\120\000\000\003\350\000\000\000\000\120\002\004\000\356\224\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2
  $ sleep 0.3; kill %2; kill %1; wait; sed -E 's/id [0-9]+,/id X,/; s/[0-9]+@/T@/g; s/bad cksum [0-9a-f]+ \(->[0-9a-f]+\)/bad cksum/; s/cksum 0x[0-9a-f]+ .correct.,//; s/cksum 0x[0-9a-f]+ \(incorrect -> 0x[0-9a-f]+\),//; s/seq [0-9]+, ack/seq S, ack/; s/seq [0-9]+,/seq S,/' a.txt
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto TCP (6), length 52, options (RR 0.0.0.0 0.0.0.0,EOL))
      10.0.0.1.42000 > 10.0.1.2.80: Flags [S],  seq S, win 1024, length 0
  IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto TCP (6), length 56, options (RR 10.0.1.254, 10.0.1.2,,EOL))
      10.0.1.2.80 > 10.0.0.1.42000: Flags [S.],  seq S, ack 1001, win 64240, options [mss 1460], length 0
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto TCP (6), length 52, options (RR 10.0.1.254, 10.0.1.2,,EOL))
      10.0.0.1.42000 > 10.0.1.2.80: Flags [R],  seq S, win 0, length 0
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto TCP (6), length 52, options (timestamp TS{TSONLY ^ T@ T@}))
      10.0.0.1.42001 > 10.0.1.2.80: Flags [S],  seq S, win 1024, length 0
  IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto TCP (6), length 56, options (timestamp TS{TSONLY T@ T@ ^  [1 hops not recorded]} ))
      10.0.1.2.80 > 10.0.0.1.42001: Flags [S.],  seq S, ack 1001, win 64240, options [mss 1460], length 0
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto TCP (6), length 52, options (timestamp TS{TSONLY T@ T@ ^  [2 hops not recorded]} ))
      10.0.0.1.42001 > 10.0.1.2.80: Flags [R],  seq S, win 0, length 0
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto TCP (6), length 48, options (LSRR 10.0.1.2,EOL))
      10.0.0.1.42002 > 10.0.1.254.80: Flags [S],  seq S, win 1024, length 0
  IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto TCP (6), length 52, options (LSRR 10.0.0.254,,EOL))
      10.0.1.2.80 > 10.0.0.1.42002: Flags [S.],  seq S, ack 1001, win 64240, options [mss 1460], length 0
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto TCP (6), length 40)
      10.0.0.1.42003 > 10.0.1.2.80: Flags [S],  seq S, win 1024, length 0
  IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto TCP (6), length 44)
      10.0.1.2.80 > 10.0.0.1.42003: Flags [S.],  seq S, ack 1001, win 64240, options [mss 1460], length 0
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto TCP (6), length 40)
      10.0.0.1.42003 > 10.0.1.2.80: Flags [R],  seq S, win 0, length 0
