Echo replies built by hand (socat IP-SENDTO protocol 1 from the pinged host, which ignores echoes itself) for a running ping -s 4 (no timestamp: the data is 00 01 02 03, iputils' fill) with a fixed identifier: a good reply, its duplicate (DUP!), a wrong data byte (the dump of what came), a bad checksum (the raw socket gets it before icmp_rcv() checks it), a truncated reply, longer data, no data, another identifier (ignored), a reply with TTL 5, a sequence never sent; with -s 20 (a timeval of 16 bytes, then the fill 10 11 12 13 that ping checks: a wrong byte is reported with a dump); the statistics that follow, with -q too, and the host's counters.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_all=1
  $ ip netns exec a ping -n -e 4660 -s 4 -c 30 -i 10 10.0.0.2 > out 2>&1 & p=$!; sleep 0.5
  $ printf '\000\000\353\306\022\064\000\001\000\001\002\003' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\000\000\353\306\022\064\000\001\000\001\002\003' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\000\000\344\305\022\064\000\002\000\001\011\003' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\000\000\261\304\022\064\000\003\000\001\002\003' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\000\000\355\306\022\064\000\004\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\000\000\347\275\022\064\000\005\000\001\002\003\004\005' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\000\000\355\305\022\064\000\006' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\000\000\353\277\022\065\000\007\000\001\002\003' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\000\000\353\277\022\064\000\010\000\001\002\003' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1,ip-ttl=5
  $ printf '\000\000\352\233\022\064\001\054\000\001\002\003' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\010\000\343\276\022\064\000\011\000\001\002\003' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ sleep 0.2; kill -INT $p; wait; cat out
  PING 10.0.0.2 (10.0.0.2) 4(32) bytes of data.
  12 bytes from 10.0.0.2: icmp_seq=1 ttl=64
  12 bytes from 10.0.0.2: icmp_seq=1 ttl=64 (DUP!)
  12 bytes from 10.0.0.2: icmp_seq=2 ttl=64
  12 bytes from 10.0.0.2: icmp_seq=3 ttl=64
  10 bytes from 10.0.0.2: icmp_seq=4 ttl=64 (truncated)
  14 bytes from 10.0.0.2: icmp_seq=5 ttl=64
  8 bytes from 10.0.0.2: icmp_seq=6 ttl=64 (truncated)
  12 bytes from 10.0.0.2: icmp_seq=8 ttl=5
  12 bytes from 10.0.0.2: icmp_seq=300 ttl=64
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 8 received, +1 duplicates, -700% packet loss, time *ms (glob)
  $ ip netns exec a ping -n -q -e 4660 -s 4 -c 30 -i 10 10.0.0.2 > out 2>&1 & p=$!; sleep 0.5
  $ printf '\000\000\353\306\022\064\000\001\000\001\002\003' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\000\000\353\306\022\064\000\001\000\001\002\003' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\000\000\344\305\022\064\000\002\000\001\011\003' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\000\000\261\304\022\064\000\003\000\001\002\003' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ sleep 0.2; kill -INT $p; wait $p; echo $?; cat out
  0
  PING 10.0.0.2 (10.0.0.2) 4(32) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 3 received, +1 duplicates, -200% packet loss, time *ms (glob)
  $ ip netns exec a ping -n -e 4660 -s 20 -c 30 -i 10 10.0.0.2 > out 2>&1 & p=$!; sleep 0.5
  $ printf '\000\000\336\245\022\064\000\001\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\020\021\377\023' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\000\000\313\245\022\064\000\002\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\020\021\022\023' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ sleep 0.2; kill -INT $p; wait $p; echo $?; sed -E 's/time=[0-9.]+ ms/time=T ms/; s/= .* ms$/= R ms/' out
  0
  PING 10.0.0.2 (10.0.0.2) 20(48) bytes of data.
  28 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  wrong data byte #18 should be 0x12 but was 0xff
  #16	10 11 ff 13 
  28 bytes from 10.0.0.2: icmp_seq=2 ttl=64 time=T ms
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 2 received, -100% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = R ms
  $ ip netns exec a nstat -as | grep -E '^Icmp'
  IcmpInMsgs                      17                 0.0
  IcmpInErrors                    2                  0.0
  IcmpInCsumErrors                2                  0.0
  IcmpInEchos                     1                  0.0
  IcmpInEchoReps                  14                 0.0
  IcmpOutMsgs                     4                  0.0
  IcmpOutEchos                    3                  0.0
  IcmpOutEchoReps                 1                  0.0
  IcmpMsgInType0                  14                 0.0
  IcmpMsgInType8                  1                  0.0
  IcmpMsgOutType0                 1                  0.0
  IcmpMsgOutType8                 3                  0.0
