ICMP rate limits on a router (Linux 6.12+): the per-namespace icmp_msgs_per_sec bucket lets a message through while any credit is left and is charged only for messages sent (a message the per-peer icmp_ratelimit bucket refuses costs nothing); icmp_ratemask picks the limited types (echo replies too when set), frag needed is never limited, ip_error() shares the peer's tokens.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add rb netns r address 02:00:00:00:01:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n r link set ra up
  $ ip -n r link set rb up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0
  $ ip -n r addr add 10.0.1.1/24 dev ra
  $ ip -n r addr add 10.0.2.1/24 dev rb
  $ ip -n b addr add 10.0.2.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1
  $ ip -n b route add default via 10.0.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r link set rb mtu 1400
  $ ip -n a route add 10.0.2.0/24 via 10.0.1.1 mtu lock 1500
  $ ip netns exec r sysctl net.ipv4.icmp_ratelimit net.ipv4.icmp_ratemask net.ipv4.icmp_msgs_per_sec net.ipv4.icmp_msgs_burst
  net.ipv4.icmp_ratelimit = 1000
  net.ipv4.icmp_ratemask = 6168
  net.ipv4.icmp_msgs_per_sec = 1000
  net.ipv4.icmp_msgs_burst = 50
  $ ip netns exec r sysctl -w net.ipv4.icmp_msgs_per_sec=0
  net.ipv4.icmp_msgs_per_sec = 0
  $ ip netns exec a ping -c 5 -i 0.01 -t 1 10.0.2.2 | tail -2 | head -1 | sed -E 's/, time.*//'
  5 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec a ping -c 3 -i 0.01 -M do -s 1450 10.0.2.2 | grep -c 'Frag needed'
  3
  $ ip netns exec a ping -c 3 -i 0.01 10.0.1.1 | grep -c 'bytes from'
  3
  $ ip netns exec r nstat -asz IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpOutTimeExcds IcmpOutDestUnreachs IcmpOutEchoReps
  #kernel
  IcmpOutRateLimitGlobal          5                  0.0
  IcmpOutRateLimitHost            0                  0.0
  IcmpOutDestUnreachs             3                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutEchoReps                 3                  0.0
  $ ip netns exec r sysctl -w net.ipv4.icmp_msgs_per_sec=1000
  net.ipv4.icmp_msgs_per_sec = 1000
  $ ip netns exec a ping -c 20 -i 0.01 -t 1 10.0.2.2 | tail -2 | head -1 | sed -E 's/, time.*//'
  20 packets transmitted, 0 received, +6 errors, 100% packet loss
  $ ip netns exec r nstat -asz IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpOutTimeExcds
  #kernel
  IcmpOutRateLimitGlobal          5                  0.0
  IcmpOutRateLimitHost            14                 0.0
  IcmpOutTimeExcds                6                  0.0
  $ ip netns exec r sysctl -w net.ipv4.icmp_msgs_per_sec=0 net.ipv4.icmp_msgs_burst=5
  net.ipv4.icmp_msgs_per_sec = 0
  net.ipv4.icmp_msgs_burst = 5
  $ ip netns exec a ping -c 20 -i 0.01 -t 1 10.0.2.2 | tail -2 | head -1 | sed -E 's/, time.*//'
  20 packets transmitted, 0 received, +6 errors, 100% packet loss
  $ ip netns exec r nstat -asz IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpOutTimeExcds
  #kernel
  IcmpOutRateLimitGlobal          5                  0.0
  IcmpOutRateLimitHost            28                 0.0
  IcmpOutTimeExcds                12                 0.0
  $ ip netns exec r sysctl -w net.ipv4.icmp_msgs_per_sec=1000 net.ipv4.icmp_msgs_burst=50
  net.ipv4.icmp_msgs_per_sec = 1000
  net.ipv4.icmp_msgs_burst = 50
  $ sleep 6
  $ ip netns exec a ping -c 20 -i 0.01 -W 1 10.9.0.1 | tail -2 | head -1 | sed -E 's/, time.*//'
  20 packets transmitted, 0 received, +2 errors, 100% packet loss
  $ ip netns exec r nstat -asz IcmpOutRateLimitHost IcmpOutDestUnreachs IpExtInNoRoutes
  #kernel
  IcmpOutRateLimitHost            29                 0.0
  IcmpOutDestUnreachs             5                  0.0
  IpExtInNoRoutes                 20                 0.0
  $ ip netns exec a ping -c 10 -i 0.01 -M do -s 1450 10.0.2.2 | grep -c 'Frag needed'
  10
  $ ip netns exec r sysctl -w net.ipv4.icmp_ratelimit=0
  net.ipv4.icmp_ratelimit = 0
  $ ip netns exec a ping -c 20 -i 0.01 -t 1 10.0.2.2 | tail -2 | head -1 | sed -E 's/, time.*//'
  20 packets transmitted, 0 received, +20 errors, 100% packet loss
  $ ip netns exec r sysctl -w net.ipv4.icmp_ratelimit=1000 net.ipv4.icmp_ratemask=0
  net.ipv4.icmp_ratelimit = 1000
  net.ipv4.icmp_ratemask = 0
  $ sleep 6
  $ ip netns exec a ping -c 20 -i 0.01 -W 1 10.9.0.1 | tail -2 | head -1 | sed -E 's/, time.*//'
  20 packets transmitted, 0 received, +5 errors, 100% packet loss
  $ ip netns exec a ping -c 20 -i 0.01 -t 1 10.0.2.2 | tail -2 | head -1 | sed -E 's/, time.*//'
  20 packets transmitted, 0 received, +20 errors, 100% packet loss
  $ ip netns exec r nstat -asz IcmpOutRateLimitHost IcmpOutDestUnreachs IcmpOutTimeExcds
  #kernel
  IcmpOutRateLimitHost            29                 0.0
  IcmpOutDestUnreachs             20                 0.0
  IcmpOutTimeExcds                52                 0.0
  $ ip netns exec r sysctl -w net.ipv4.icmp_ratemask=6169
  net.ipv4.icmp_ratemask = 6169
  $ sleep 6
  $ ip netns exec a ping -c 10 -i 0.01 10.0.1.1 | tail -2 | head -1 | sed -E 's/, time.*//'
  10 packets transmitted, 6 received, 40% packet loss
  $ ip netns exec b ping -c 10 -i 0.01 10.0.2.1 | tail -2 | head -1 | sed -E 's/, time.*//'
  10 packets transmitted, 6 received, 40% packet loss
  $ ip netns exec r nstat -asz IcmpOutRateLimitHost IcmpOutEchoReps IcmpInEchos
  #kernel
  IcmpInEchos                     23                 0.0
  IcmpOutRateLimitHost            37                 0.0
  IcmpOutEchoReps                 15                 0.0
  $ ip netns exec r sysctl -w net.ipv4.icmp_ratemask=-1
  net.ipv4.icmp_ratemask = -1
  $ ip netns exec r sysctl -w net.ipv4.icmp_ratelimit=-1
  sysctl: setting key "net.ipv4.icmp_ratelimit": Invalid argument
  [1]
  $ ip netns exec r sysctl -w net.ipv4.icmp_msgs_per_sec=-1 net.ipv4.icmp_msgs_burst=-1
  sysctl: setting key "net.ipv4.icmp_msgs_per_sec": Invalid argument
  sysctl: setting key "net.ipv4.icmp_msgs_burst": Invalid argument
  [1]
  $ ip netns exec r sysctl net.ipv4.icmp_ratemask net.ipv4.icmp_ratelimit net.ipv4.icmp_msgs_per_sec net.ipv4.icmp_msgs_burst
  net.ipv4.icmp_ratemask = -1
  net.ipv4.icmp_ratelimit = 1000
  net.ipv4.icmp_msgs_per_sec = 1000
  net.ipv4.icmp_msgs_burst = 50
  $ ip netns exec r grep Icmp: /proc/net/snmp
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 23 0 0 0 0 0 0 0 23 0 0 0 0 0 87 0 5 37 20 52 0 0 0 0 15 0 0 0 0
