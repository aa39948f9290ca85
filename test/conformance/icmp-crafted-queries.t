ICMP queries built by hand (socat IP-SENDTO protocol 1) to a host: timestamp requests of 12 bytes of data, 4 (enough: icmp_timestamp() copies the originate timestamp) and 0 (too short: InErrors), to the subnet broadcast with icmp_echo_ignore_broadcasts on (dropped, InErrors) and off, under icmp_echo_ignore_all (still answered); address mask, information request and reply, a timestamp reply, router advertisements (tcpdump's lifetime and entries), a router solicitation, an address mask reply and type 6 (discarded), type 19 and 41 (above NR_ICMP_TYPES: InErrors), a bad checksum; the replies seen by tcpdump (times globbed) and every counter: Linux counts the replies icmp_reply() sends as type 0 (__ip_make_skb() takes the type from the flow, whose fl4_icmp_type icmp_reply() leaves 0).
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a tcpdump -n -l -i a0 icmp > td 2> /dev/null & sleep 1
  $ printf '\015\000\356\137\000\231\000\001\001\002\003\004\000\000\000\000\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\015\000\356\136\000\231\000\002\001\002\003\004' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\015\000\362\143\000\231\000\003' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\015\000\356\134\000\231\000\004\001\002\003\004\000\000\000\000\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.255:1,broadcast
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ printf '\015\000\356\133\000\231\000\005\001\002\003\004\000\000\000\000\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.255:1,broadcast
  $ printf '\010\000\062\232\000\231\000\006\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.0.0.255:1,broadcast
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_all=1
  $ printf '\015\000\356\131\000\231\000\007\001\002\003\004\000\000\000\000\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\010\000\062\230\000\231\000\010\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_all=0
  $ printf '\021\000\356\135\000\231\000\011\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\021\000\356\134\000\231\000\012\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.255:1,broadcast
  $ printf '\017\000\360\133\000\231\000\013' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\020\000\357\132\000\231\000\014' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\016\000\361\131\000\231\000\015\000\000\000\000\000\000\000\000\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\006\000\371\130\000\231\000\016\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\023\000\354\127\000\231\000\017' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\051\000\326\126\000\231\000\020' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\015\000\247\125\000\231\000\021\000\000\000\000\000\000\000\000\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\010\000\062\216\000\231\000\022\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\011\000\331\354\002\002\007\010\012\000\000\001\000\000\000\005\012\000\000\003\377\377\377\377' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\011\000\317\334\001\002\034\040\012\000\000\001\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\011\000\351\301\003\002\000\073\012\000\000\001\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\022\000\356\122\000\231\000\023\377\377\377\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\012\000\365\122\000\231\000\024' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ sleep 0.5; kill %1; wait
  $ sed -E 's/^[0-9:.]+ //; s/(org|recv|xmit) [0-9:.]+/\1 T/g' td
  IP 10.0.0.1 > 10.0.0.2: ICMP time stamp query id 153 seq 1, length 20
  IP 10.0.0.2 > 10.0.0.1: ICMP time stamp reply id 153 seq 1: org T, recv T, xmit T, length 20
  IP 10.0.0.1 > 10.0.0.2: ICMP time stamp query id 153 seq 2, length 12
  IP 10.0.0.2 > 10.0.0.1: ICMP time stamp reply id 153 seq 2: org T, recv T, xmit T, length 20
  IP 10.0.0.1 > 10.0.0.2: ICMP time stamp query id 153 seq 3, length 8
  IP 10.0.0.1 > 10.0.0.255: ICMP time stamp query id 153 seq 4, length 20
  IP 10.0.0.1 > 10.0.0.255: ICMP time stamp query id 153 seq 5, length 20
  IP 10.0.0.2 > 10.0.0.1: ICMP time stamp reply id 153 seq 5: org T, recv T, xmit T, length 20
  IP 10.0.0.1 > 10.0.0.255: ICMP echo request, id 153, seq 6, length 12
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id 153, seq 6, length 12
  IP 10.0.0.1 > 10.0.0.2: ICMP time stamp query id 153 seq 7, length 20
  IP 10.0.0.2 > 10.0.0.1: ICMP time stamp reply id 153 seq 7: org T, recv T, xmit T, length 20
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 153, seq 8, length 12
  IP 10.0.0.1 > 10.0.0.2: ICMP address mask request, length 12
  IP 10.0.0.1 > 10.0.0.255: ICMP address mask request, length 12
  IP 10.0.0.1 > 10.0.0.2: ICMP information request, length 8
  IP 10.0.0.1 > 10.0.0.2: ICMP information reply, length 8
  IP 10.0.0.1 > 10.0.0.2: ICMP time stamp reply id 153 seq 13: org T, recv T, xmit T, length 20
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#6, length 12
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#19, length 8
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#41, length 8
  IP 10.0.0.1 > 10.0.0.2: ICMP time stamp query id 153 seq 17, length 20
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 153, seq 18, length 12
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id 153, seq 18, length 12
  IP 10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 30:00 2: {10.0.0.1 5} {10.0.0.3 4294967295}, length 24
  IP 10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 2:00:00 1: {10.0.0.1 0}, length 16
  IP 10.0.0.1 > 10.0.0.2:  [|icmp]
  IP 10.0.0.1 > 10.0.0.2: ICMP address mask is 0xffffff00, length 12
  IP 10.0.0.1 > 10.0.0.2: ICMP router solicitation, length 8
  $ ip netns exec b nstat -as | grep -i '^icmp'
  IcmpInMsgs                      23                 0.0
  IcmpInErrors                    5                  0.0
  IcmpInCsumErrors                1                  0.0
  IcmpInEchos                     3                  0.0
  IcmpInTimestamps                6                  0.0
  IcmpInTimestampReps             1                  0.0
  IcmpInAddrMasks                 2                  0.0
  IcmpInAddrMaskReps              1                  0.0
  IcmpOutMsgs                     6                  0.0
  IcmpOutEchoReps                 6                  0.0
  IcmpMsgInType6                  1                  0.0
  IcmpMsgInType8                  3                  0.0
  IcmpMsgInType9                  3                  0.0
  IcmpMsgInType10                 1                  0.0
  IcmpMsgInType13                 6                  0.0
  IcmpMsgInType14                 1                  0.0
  IcmpMsgInType15                 1                  0.0
  IcmpMsgInType16                 1                  0.0
  IcmpMsgInType17                 2                  0.0
  IcmpMsgInType18                 1                  0.0
  IcmpMsgInType19                 1                  0.0
  IcmpMsgInType41                 1                  0.0
  IcmpMsgOutType0                 6                  0.0
  $ ip netns exec b grep Icmp /proc/net/snmp
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 23 5 1 0 0 0 0 0 3 0 6 1 2 1 6 0 0 0 0 0 0 0 0 0 6 0 0 0 0
  IcmpMsg: InType6 InType8 InType9 InType10 InType13 InType14 InType15 InType16 InType17 InType18 InType19 InType41 OutType0
  IcmpMsg: 1 3 3 1 6 1 1 1 2 1 1 1 6
  $ ip netns exec b netstat -s | sed -n '/^Icmp:/,/^Tcp:/p'
  Icmp:
      23 ICMP messages received
      5 input ICMP message failed
      InCsumErrors: 1
      ICMP input histogram:
          echo requests: 3
          timestamp request: 6
          timestamp reply: 1
          address mask request: 2
          address mask replies: 1
      6 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          echo replies: 6
  IcmpMsg:
          InType6: 1
          InType8: 3
          InType9: 3
          InType10: 1
          InType13: 6
          InType14: 1
          InType15: 1
          InType16: 1
          InType17: 2
          InType18: 1
          InType19: 1
          InType41: 1
          OutType0: 6
  Tcp:
  $ ip netns exec a nstat -as | grep -i '^icmp'
  IcmpInMsgs                      10                 0.0
  IcmpInErrors                    3                  0.0
  IcmpInEchos                     1                  0.0
  IcmpInEchoReps                  2                  0.0
  IcmpInTimestamps                2                  0.0
  IcmpInTimestampReps             4                  0.0
  IcmpInAddrMasks                 1                  0.0
  IcmpOutMsgs                     23                 0.0
  IcmpOutEchos                    3                  0.0
  IcmpOutTimestamps               7                  0.0
  IcmpOutTimestampReps            1                  0.0
  IcmpOutAddrMasks                2                  0.0
  IcmpOutAddrMaskReps             1                  0.0
  IcmpMsgInType0                  2                  0.0
  IcmpMsgInType8                  1                  0.0
  IcmpMsgInType13                 2                  0.0
  IcmpMsgInType14                 4                  0.0
  IcmpMsgInType17                 1                  0.0
  IcmpMsgOutType6                 1                  0.0
  IcmpMsgOutType8                 3                  0.0
  IcmpMsgOutType9                 3                  0.0
  IcmpMsgOutType10                1                  0.0
  IcmpMsgOutType13                7                  0.0
  IcmpMsgOutType14                1                  0.0
  IcmpMsgOutType15                1                  0.0
  IcmpMsgOutType16                1                  0.0
  IcmpMsgOutType17                2                  0.0
  IcmpMsgOutType18                1                  0.0
  IcmpMsgOutType19                1                  0.0
  IcmpMsgOutType41                1                  0.0
