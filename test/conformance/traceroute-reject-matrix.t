Every REJECT --reject-with type on the router's FORWARD chain against every probe kind crossing it: traceroute's UDP, ICMP (-I), TCP (-T), UDP to port 53 (-U) and raw (-P 253) methods, tracepath and ping, each run's annotated hop lines and exit status; then the rule's counters.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip link add r1 netns r address 02:00:00:00:00:03 type veth peer name b0 netns b address 02:00:00:00:00:04
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.1.1/24 dev a0; ip -n r addr add 10.0.1.254/24 dev r0; ip -n r addr add 10.0.2.254/24 dev r1; ip -n b addr add 10.0.2.1/24 dev b0
  $ ip -n a route add default via 10.0.1.254; ip -n b route add default via 10.0.2.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0 net.ipv4.icmp_ratemask=0
  $ ip netns exec a ping -c 1 -W 2 10.0.2.1 >/dev/null; echo $?
  0
  $ ip netns exec r iptables -A FORWARD -d 10.0.2.1 -j REJECT
  $ m() { sed -E 's/[0-9.]+ ?ms/T ms/g'; }
  $ for t in icmp-net-unreachable icmp-host-unreachable icmp-port-unreachable icmp-proto-unreachable icmp-net-prohibited icmp-host-prohibited icmp-admin-prohibited tcp-reset; do ip netns exec r iptables -R FORWARD 1 -d 10.0.2.1 -j REJECT --reject-with $t 2>&1; [ $t = tcp-reset ] && ip netns exec r iptables -R FORWARD 1 -p tcp -d 10.0.2.1 -j REJECT --reject-with $t; for o in "" -I -T -U "-P 253"; do echo "== $t traceroute $o"; ip netns exec a traceroute -n -q 1 -w 1 -N 1 -m 3 $o 10.0.2.1 2>&1 | m; echo "rc=$?"; done; echo "== $t tracepath"; ip netns exec a tracepath -n -m 3 10.0.2.1 2>&1 | m; echo "== $t ping"; ip netns exec a ping -c 1 -W 1 10.0.2.1 2>&1 | grep -E '^From|transmitted'; done
  == icmp-net-unreachable traceroute 
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !N
  rc=0
  == icmp-net-unreachable traceroute -I
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !N
  rc=0
  == icmp-net-unreachable traceroute -T
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !N
  rc=0
  == icmp-net-unreachable traceroute -U
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !N
  rc=0
  == icmp-net-unreachable traceroute -P 253
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  *
   3  *
  rc=0
  == icmp-net-unreachable tracepath
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            T ms 
   1:  10.0.1.254                                            T ms 
   2:  10.0.1.254                                            T ms !N
       Resume: pmtu 1500 
  == icmp-net-unreachable ping
  From 10.0.1.254 icmp_seq=1 Destination Net Unreachable
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  == icmp-host-unreachable traceroute 
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !H
  rc=0
  == icmp-host-unreachable traceroute -I
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !H
  rc=0
  == icmp-host-unreachable traceroute -T
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !H
  rc=0
  == icmp-host-unreachable traceroute -U
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !H
  rc=0
  == icmp-host-unreachable traceroute -P 253
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  *
   3  *
  rc=0
  == icmp-host-unreachable tracepath
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            T ms 
   1:  10.0.1.254                                            T ms 
   2:  10.0.1.254                                            T ms !H
       Resume: pmtu 1500 
  == icmp-host-unreachable ping
  From 10.0.1.254 icmp_seq=1 Destination Host Unreachable
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  == icmp-port-unreachable traceroute 
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms
  rc=0
  == icmp-port-unreachable traceroute -I
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms
  rc=0
  == icmp-port-unreachable traceroute -T
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms
  rc=0
  == icmp-port-unreachable traceroute -U
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms
  rc=0
  == icmp-port-unreachable traceroute -P 253
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  *
   3  *
  rc=0
  == icmp-port-unreachable tracepath
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            T ms 
   1:  10.0.1.254                                            T ms 
   2:  10.0.1.254                                            T ms reached
       Resume: pmtu 1500 hops 2 back 1 
  == icmp-port-unreachable ping
  From 10.0.1.254 icmp_seq=1 Destination Port Unreachable
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  == icmp-proto-unreachable traceroute 
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !P
  rc=0
  == icmp-proto-unreachable traceroute -I
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !P
  rc=0
  == icmp-proto-unreachable traceroute -T
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !P
  rc=0
  == icmp-proto-unreachable traceroute -U
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !P
  rc=0
  == icmp-proto-unreachable traceroute -P 253
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  *
   3  *
  rc=0
  == icmp-proto-unreachable tracepath
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            T ms 
   1:  10.0.1.254                                            T ms 
   2:  10.0.1.254                                            T ms 
  tracepath: NET ERROR: Protocol not available
       Resume: pmtu 1500 
  == icmp-proto-unreachable ping
  From 10.0.1.254 icmp_seq=1 Destination Protocol Unreachable
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  == icmp-net-prohibited traceroute 
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !X
  rc=0
  == icmp-net-prohibited traceroute -I
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !X
  rc=0
  == icmp-net-prohibited traceroute -T
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !X
  rc=0
  == icmp-net-prohibited traceroute -U
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !X
  rc=0
  == icmp-net-prohibited traceroute -P 253
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  *
   3  *
  rc=0
  == icmp-net-prohibited tracepath
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            T ms 
   1:  10.0.1.254                                            T ms 
   2:  10.0.1.254                                            T ms !N
       Resume: pmtu 1500 
  == icmp-net-prohibited ping
  From 10.0.1.254 icmp_seq=1 Destination Net Prohibited
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  == icmp-host-prohibited traceroute 
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !X
  rc=0
  == icmp-host-prohibited traceroute -I
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !X
  rc=0
  == icmp-host-prohibited traceroute -T
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !X
  rc=0
  == icmp-host-prohibited traceroute -U
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !X
  rc=0
  == icmp-host-prohibited traceroute -P 253
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  *
   3  *
  rc=0
  == icmp-host-prohibited tracepath
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            T ms 
   1:  10.0.1.254                                            T ms 
   2:  10.0.1.254                                            T ms !H
       Resume: pmtu 1500 
  == icmp-host-prohibited ping
  From 10.0.1.254 icmp_seq=1 Destination Host Prohibited
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  == icmp-admin-prohibited traceroute 
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !X
  rc=0
  == icmp-admin-prohibited traceroute -I
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !X
  rc=0
  == icmp-admin-prohibited traceroute -T
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !X
  rc=0
  == icmp-admin-prohibited traceroute -U
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !X
  rc=0
  == icmp-admin-prohibited traceroute -P 253
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  *
   3  *
  rc=0
  == icmp-admin-prohibited tracepath
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            T ms 
   1:  10.0.1.254                                            T ms 
   2:  10.0.1.254                                            T ms !H
       Resume: pmtu 1500 
  == icmp-admin-prohibited ping
  From 10.0.1.254 icmp_seq=1 Packet filtered
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  iptables v1.8.9 (nf_tables):  RULE_REPLACE failed (Invalid argument): rule in chain FORWARD
  == tcp-reset traceroute 
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  == tcp-reset traceroute -I
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  == tcp-reset traceroute -T
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  == tcp-reset traceroute -U
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  == tcp-reset traceroute -P 253
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms !P
  rc=0
  == tcp-reset tracepath
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            T ms 
   1:  10.0.1.254                                            T ms 
   2:  10.0.2.1                                              T ms reached
       Resume: pmtu 1500 hops 2 back 2 
  == tcp-reset ping
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r iptables -nvxL FORWARD | sed 1,2d
         1       60 REJECT     6    --  *      *       0.0.0.0/0            10.0.2.1             reject-with tcp-reset
  $ ip netns exec r nstat -az IcmpOutDestUnreachs IcmpOutMsgs TcpOutRsts | tail -n +2
  IcmpOutMsgs                     98                 0.0
  IcmpOutDestUnreachs             42                 0.0
  TcpOutRsts                      0                  0.0
  $ for n in a r b; do ip netns del $n; done
