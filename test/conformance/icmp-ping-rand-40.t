Random differential scenario (seed 40): pings from host a through router r to host b with random options (-t, -s, -Q, -R, -T, -p, -b, -I) at reachable, unreachable, prohibited, broadcast and unresolvable destinations, with random icmp knobs on r and b and REJECT rules on r: what ping prints for each answer or error, its exit status, tcpdump -v on b's side, and the ICMP counters of r and b.

  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in 'a a0' 'b b0' 'a lo' 'b lo' 'r lo' 'r r0' 'r r1'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n r addr add 10.0.0.254/24 dev r0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n b addr add 10.0.1.2/24 dev b0
  $ ip -n a route add default via 10.0.0.254; ip -n b route add default via 10.0.1.254; ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:01:01 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.1.2 lladdr 02:00:00:00:00:02 dev r1; ip -n b neigh add 10.0.1.254 lladdr 02:00:00:00:01:02 dev b0
  $ ip netns exec r sysctl -qw net.ipv4.neigh.r1.mcast_solicit=1 net.ipv4.neigh.r1.retrans_time_ms=100
  $ for n in r b; do ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0 net.ipv4.icmp_ratemask=0; done
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=1
  $ ip netns exec b tcpdump -l -n -t -v -i b0 not arp > b.txt 2>/dev/null & sleep 0.5

  $ ip netns exec a ping -c 1 -W 1 -s 200 -n 10.0.1.2 2>&1 | sed -E 's/time=[0-9.]+ ms/time=T/; s/ident=[0-9]+/ident=X/; s/time [0-9]+ms/time T/; /^rtt|^$/d; s/\t[0-9]+ (absolute|ms)/\tT \1/; s/^TS: *[0-9]+ absolute/TS: T absolute/'; echo ${PIPESTATUS[0]}
  PING 10.0.1.2 (10.0.1.2) 200(228) bytes of data.
  208 bytes from 10.0.1.2: icmp_seq=1 ttl=63 time=T
  --- 10.0.1.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time T
  0

  $ ip netns exec a ping -c 1 -W 1  10.8.1.1 2>&1 | sed -E 's/time=[0-9.]+ ms/time=T/; s/ident=[0-9]+/ident=X/; s/time [0-9]+ms/time T/; /^rtt|^$/d; s/\t[0-9]+ (absolute|ms)/\tT \1/; s/^TS: *[0-9]+ absolute/TS: T absolute/'; echo ${PIPESTATUS[0]}
  PING 10.8.1.1 (10.8.1.1) 56(84) bytes of data.
  From 10.0.0.254 icmp_seq=1 Destination Net Unreachable
  --- 10.8.1.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time T
  1

  $ ip netns exec a ping -c 1 -W 1 -t 1 10.8.2.1 2>&1 | sed -E 's/time=[0-9.]+ ms/time=T/; s/ident=[0-9]+/ident=X/; s/time [0-9]+ms/time T/; /^rtt|^$/d; s/\t[0-9]+ (absolute|ms)/\tT \1/; s/^TS: *[0-9]+ absolute/TS: T absolute/'; echo ${PIPESTATUS[0]}
  PING 10.8.2.1 (10.8.2.1) 56(84) bytes of data.
  From 10.0.0.254 icmp_seq=1 Destination Net Unreachable
  --- 10.8.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time T
  1

  $ ip netns exec a ping -c 1 -W 1 -p ff -b 10.0.0.255 2>&1 | sed -E 's/time=[0-9.]+ ms/time=T/; s/ident=[0-9]+/ident=X/; s/time [0-9]+ms/time T/; /^rtt|^$/d; s/\t[0-9]+ (absolute|ms)/\tT \1/; s/^TS: *[0-9]+ absolute/TS: T absolute/'; echo ${PIPESTATUS[0]}
  WARNING: pinging broadcast address
  PATTERN: 0xff
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  --- 10.0.0.255 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time T
  1

  $ ip netns exec a ping -c 1 -W 1 -v 10.0.1.2 2>&1 | sed -E 's/time=[0-9.]+ ms/time=T/; s/ident=[0-9]+/ident=X/; s/time [0-9]+ms/time T/; /^rtt|^$/d; s/\t[0-9]+ (absolute|ms)/\tT \1/; s/^TS: *[0-9]+ absolute/TS: T absolute/'; echo ${PIPESTATUS[0]}
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  ai->ai_family: AF_INET, ai->ai_canonname: '10.0.1.2'
  PING 10.0.1.2 (10.0.1.2) 56(84) bytes of data.
  64 bytes from 10.0.1.2: icmp_seq=1 ident=X ttl=63 time=T
  --- 10.0.1.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time T
  0

  $ ip netns exec a ping -c 1 -W 1 -t 2 -s 200 10.0.1.255 2>&1 | sed -E 's/time=[0-9.]+ ms/time=T/; s/ident=[0-9]+/ident=X/; s/time [0-9]+ms/time T/; /^rtt|^$/d; s/\t[0-9]+ (absolute|ms)/\tT \1/; s/^TS: *[0-9]+ absolute/TS: T absolute/'; echo ${PIPESTATUS[0]}
  PING 10.0.1.255 (10.0.1.255) 200(228) bytes of data.
  --- 10.0.1.255 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time T
  1

  $ ip netns exec a ping -c 1 -W 1  10.0.1.2 2>&1 | sed -E 's/time=[0-9.]+ ms/time=T/; s/ident=[0-9]+/ident=X/; s/time [0-9]+ms/time T/; /^rtt|^$/d; s/\t[0-9]+ (absolute|ms)/\tT \1/; s/^TS: *[0-9]+ absolute/TS: T absolute/'; echo ${PIPESTATUS[0]}
  PING 10.0.1.2 (10.0.1.2) 56(84) bytes of data.
  64 bytes from 10.0.1.2: icmp_seq=1 ttl=63 time=T
  --- 10.0.1.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time T
  0
  $ sleep 0.3; kill %1; wait; sed -E 's/id [0-9]+,/id X,/; s/, id [0-9]+, seq/, id X, seq/; s/[0-9]+@/T@/g; s/(recv|xmit|org) [0-9:.]+/\1 T/g; s/bad cksum [0-9a-f]+ \(->[0-9a-f]+\)/bad cksum/' b.txt
  IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto ICMP (1), length 228)
      10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 1, length 208
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 228)
      10.0.1.2 > 10.0.0.1: ICMP echo reply, id X, seq 1, length 208
  IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 1, length 64
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 84)
      10.0.1.2 > 10.0.0.1: ICMP echo reply, id X, seq 1, length 64
  IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 1, length 64
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 84)
      10.0.1.2 > 10.0.0.1: ICMP echo reply, id X, seq 1, length 64
  $ for n in r b; do ip netns exec $n nstat -a | grep '^Icmp' | awk '{print $1, $2}'; done
  IcmpInMsgs 2
  IcmpInErrors 2
  IcmpInEchos 2
  IcmpOutMsgs 2
  IcmpOutDestUnreachs 2
  IcmpMsgInType8 2
  IcmpMsgOutType3 2
  IcmpInMsgs 3
  IcmpInEchos 3
  IcmpOutMsgs 3
  IcmpOutEchoReps 3
  IcmpMsgInType8 3
  IcmpMsgOutType0 3
