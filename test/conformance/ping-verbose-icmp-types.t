ICMP messages of types 32 and above reach ping's raw socket (its ICMP_FILTER covers types 0-31 only: icmp_filter()), so ping -v prints them ("From X: Bad ICMP type: N", PROBE replies included), ping without -v is silent, and ping -f writes !E for each; types below 32 other than its own (a timestamp reply, an echo request) are filtered; built by hand with socat IP-SENDTO from the pinged host, which ignores echoes.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_all=1
  $ ip netns exec a ping -n -v -e 4660 -c 30 -i 10 10.0.0.2 > out 2>&1 & p=$!; sleep 0.5
  $ printf '\052\000\377\003\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\053\000\376\003\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\050\000\001\004\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\377\007\051\374\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\016\000\337\312\022\064\000\001\000\000\000\000\000\000\000\000\000\000\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\010\000\041\004\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\040\000\011\004\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\037\000\012\004\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ sleep 0.2; kill -INT $p; wait $p; echo $?; cat out
  1
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '10.0.0.2'
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  From 10.0.0.2: Bad ICMP type: 42
  From 10.0.0.2: Bad ICMP type: 43
  From 10.0.0.2: Bad ICMP type: 40
  From 10.0.0.2: Bad ICMP type: 255
  From 10.0.0.2: Bad ICMP type: 32
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -n -e 4660 -c 30 -i 10 10.0.0.2 > out 2>&1 & p=$!; sleep 0.5
  $ printf '\052\000\377\003\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\053\000\376\003\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\050\000\001\004\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\377\007\051\374\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\016\000\337\312\022\064\000\001\000\000\000\000\000\000\000\000\000\000\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\010\000\041\004\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\040\000\011\004\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\037\000\012\004\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ sleep 0.2; kill -INT $p; wait $p; echo $?; cat out
  1
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -n -f -i 5 -e 4660 -c 30 10.0.0.2 > out 2>&1 & p=$!; sleep 0.5
  $ printf '\052\000\377\003\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\053\000\376\003\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\050\000\001\004\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\377\007\051\374\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\016\000\337\312\022\064\000\001\000\000\000\000\000\000\000\000\000\000\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\010\000\041\004\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\040\000\011\004\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\037\000\012\004\022\064\000\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ sleep 0.2; kill -INT $p; wait $p; echo $?; sed -n l out
  1
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.$
  .!E!E!E!E!E$
  --- 10.0.0.2 ping statistics ---$
  1 packets transmitted, 0 received, 100% packet loss, time *ms$ (glob)
  $
  $ ip netns exec a nstat -as | grep -E '^Icmp'
  IcmpInMsgs                      24                 0.0
  IcmpInErrors                    12                 0.0
  IcmpInEchos                     3                  0.0
  IcmpInTimestampReps             3                  0.0
  IcmpOutMsgs                     6                  0.0
  IcmpOutEchos                    3                  0.0
  IcmpOutEchoReps                 3                  0.0
  IcmpMsgInType8                  3                  0.0
  IcmpMsgInType14                 3                  0.0
  IcmpMsgInType31                 3                  0.0
  IcmpMsgInType32                 3                  0.0
  IcmpMsgInType40                 3                  0.0
  IcmpMsgInType42                 3                  0.0
  IcmpMsgInType43                 3                  0.0
  IcmpMsgInType255                3                  0.0
  IcmpMsgOutType0                 3                  0.0
  IcmpMsgOutType8                 3                  0.0
  $ ip netns exec a netstat -s | sed -n '/^Icmp:/,/^Tcp:/p'
  Icmp:
      24 ICMP messages received
      12 input ICMP message failed
      ICMP input histogram:
          echo requests: 3
          timestamp reply: 3
      6 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          echo requests: 3
          echo replies: 3
  IcmpMsg:
          InType8: 3
          InType14: 3
          InType31: 3
          InType32: 3
          InType40: 3
          InType42: 3
          InType43: 3
          InType255: 3
          OutType0: 3
          OutType8: 3
  Tcp:
