The Icmp and IcmpMsg rows of /proc/net/snmp and nstat's IcmpMsg counters on a host and its router after echo, TTL exceeded, net unreachable, port unreachable (nc -u), frag needed and a timestamp-less ping of a local address; and ping's SIGQUIT status line.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip link add r1 netns r address 02:00:00:00:00:03 type veth peer name b0 netns b address 02:00:00:00:00:04
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.1.1/24 dev a0
  $ ip -n r addr add 10.0.1.254/24 dev r0
  $ ip -n r addr add 10.0.2.254/24 dev r1
  $ ip -n b addr add 10.0.2.1/24 dev b0
  $ ip -n a route add default via 10.0.1.254
  $ ip -n b route add default via 10.0.2.254
  $ ip -n r link set r1 mtu 1200
  $ ip -n b link set b0 mtu 1200
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0
  $ ip netns exec b sysctl -qw net.ipv4.icmp_ratelimit=0
  $ grep Icmp /proc/net/snmp
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
  $ ip netns exec a ping -c 2 -i 0.2 10.0.2.1 > /dev/null; echo $?
  0
  $ ip netns exec a ping -c 1 -t 1 10.0.2.1 > /dev/null; echo $?
  1
  $ ip netns exec a ping -c 1 -W 1 10.0.7.1 > /dev/null; echo $?
  1
  $ ip netns exec a ping -c 1 -s 1300 -M do 10.0.2.1 > /dev/null; echo $?
  1
  $ echo hi | ip netns exec a nc -u -w 1 10.0.2.1 999; echo $?
  0
  $ ip netns exec a ping -c 1 10.0.1.1 > /dev/null; echo $?
  0
  $ ip netns exec a grep Icmp /proc/net/snmp
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 7 0 0 2 1 0 0 0 1 3 0 0 0 0 7 0 0 0 0 0 0 0 0 6 1 0 0 0 0
  IcmpMsg: InType0 InType3 InType8 InType11 OutType0 OutType8
  IcmpMsg: 3 2 1 1 1 6
  $ ip netns exec r grep Icmp /proc/net/snmp
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 2 0 0 0 1 1 0 0 0 0 0 0 0 0 0
  IcmpMsg: OutType3 OutType11
  IcmpMsg: 1 1
  $ ip netns exec b grep Icmp /proc/net/snmp
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 2 0 0 0 0 0 0 0 2 0 0 0 0 0 3 0 0 0 1 0 0 0 0 0 2 0 0 0 0
  IcmpMsg: InType8 OutType0 OutType3
  IcmpMsg: 2 2 1
  $ ip netns exec a nstat -az 'IcmpMsg*' | tail -n +2
  IcmpMsgInType0                  3                  0.0
  IcmpMsgInType3                  2                  0.0
  IcmpMsgInType8                  1                  0.0
  IcmpMsgInType11                 1                  0.0
  IcmpMsgOutType0                 1                  0.0
  IcmpMsgOutType8                 6                  0.0
  $ ip netns exec r nstat -az 'IcmpMsg*' | tail -n +2
  IcmpMsgOutType3                 1                  0.0
  IcmpMsgOutType11                1                  0.0
  $ ip netns exec r nstat -a 'IcmpMsg*' | tail -n +2
  IcmpMsgOutType3                 1                  0.0
  IcmpMsgOutType11                1                  0.0
  $ ip netns exec a ping -i 0.3 10.0.2.1 > q.txt 2> e.txt & sleep 1; kill -QUIT %1; sleep 0.35; kill -INT %1; wait; sed -E 's/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/' e.txt; wc -l < q.txt
  
  4/4 packets, 0% loss, min/avg/ewma/max = X ms
  10
  $ ip netns exec a ping -i 0.3 -W 1 10.0.2.9 > q.txt 2> e.txt & sleep 0.8; kill -QUIT %1; sleep 0.05; kill -INT %1; wait; cat e.txt; tail -2 q.txt | sed -E 's/time [0-9]+ms/time Tms/'
  
  0/3 packets, 100% loss
  3 packets transmitted, 0 received, 100% packet loss, time Tms
