UDP datagrams to a closed port in a burst: each counts UdpNoPorts, but the port unreachables going back are limited per peer (icmpv4_xrlim_allow: inet_peer_xrlim_allow's token bucket holds 6 x icmp_ratelimit, 1000 ms) and counted in IcmpOutRateLimitHost; icmp_ratemask without type 3 or icmp_ratelimit 0 lifts the limit; over lo nothing is limited; the sender sees only the unreachables that came.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sysctl net.ipv4.icmp_ratelimit net.ipv4.icmp_ratemask net.ipv4.icmp_msgs_per_sec net.ipv4.icmp_msgs_burst
  net.ipv4.icmp_ratelimit = 1000
  net.ipv4.icmp_ratemask = 6168
  net.ipv4.icmp_msgs_per_sec = 1000
  net.ipv4.icmp_msgs_burst = 50
  $ ip netns exec a sh -c 'for i in 1 2 3 4 5 6 7 8 9 10; do echo $i | socat -u - UDP-SENDTO:10.0.0.2:9999; done'
  $ ip netns exec b nstat -asz UdpNoPorts UdpInDatagrams IcmpOutDestUnreachs IcmpOutRateLimitHost IcmpOutRateLimitGlobal IcmpOutMsgs
  #kernel
  IcmpOutMsgs                     6                  0.0
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            4                  0.0
  IcmpOutDestUnreachs             6                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      10                 0.0
  $ ip netns exec a nstat -asz IcmpInDestUnreachs UdpOutDatagrams
  #kernel
  IcmpInDestUnreachs              6                  0.0
  UdpOutDatagrams                 10                 0.0
  $ ip netns exec b sysctl -w net.ipv4.icmp_ratemask=6160
  net.ipv4.icmp_ratemask = 6160
  $ ip netns exec a sh -c 'for i in 1 2 3 4 5 6 7 8 9 10; do echo $i | socat -u - UDP-SENDTO:10.0.0.2:9998; done'
  $ ip netns exec b nstat -asz UdpNoPorts IcmpOutDestUnreachs IcmpOutRateLimitHost
  #kernel
  IcmpOutRateLimitHost            4                  0.0
  IcmpOutDestUnreachs             16                 0.0
  UdpNoPorts                      20                 0.0
  $ ip netns exec b sysctl -w net.ipv4.icmp_ratemask=6168 net.ipv4.icmp_ratelimit=0
  net.ipv4.icmp_ratemask = 6168
  net.ipv4.icmp_ratelimit = 0
  $ ip netns exec a sh -c 'for i in 1 2 3 4 5 6 7 8 9 10; do echo $i | socat -u - UDP-SENDTO:10.0.0.2:9997; done'
  $ ip netns exec b nstat -asz UdpNoPorts IcmpOutDestUnreachs IcmpOutRateLimitHost
  #kernel
  IcmpOutRateLimitHost            4                  0.0
  IcmpOutDestUnreachs             26                 0.0
  UdpNoPorts                      30                 0.0
  $ ip netns exec a nstat -asz IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              26                 0.0
  $ ip netns exec b sysctl -w net.ipv4.icmp_ratelimit=1000
  net.ipv4.icmp_ratelimit = 1000
  $ ip netns exec b sh -c 'for i in 1 2 3 4 5 6 7 8 9 10; do echo $i | socat -u - UDP-SENDTO:127.0.0.1:9999; done'
  $ ip netns exec b nstat -asz UdpNoPorts IcmpOutDestUnreachs IcmpInDestUnreachs IcmpOutRateLimitHost
  #kernel
  IcmpInDestUnreachs              10                 0.0
  IcmpOutRateLimitHost            4                  0.0
  IcmpOutDestUnreachs             36                 0.0
  UdpNoPorts                      40                 0.0
  $ ip netns exec a sh -c 'for i in 1 2 3 4 5 6 7 8; do echo $i | socat -u - UDP-SENDTO:10.0.0.2:9996; done'
  $ ip netns exec b nstat -asz UdpNoPorts IcmpOutDestUnreachs IcmpOutRateLimitHost
  #kernel
  IcmpOutRateLimitHost            12                 0.0
  IcmpOutDestUnreachs             36                 0.0
  UdpNoPorts                      48                 0.0
  $ ip netns exec b sysctl -w net.ipv4.icmp_ratemask=-1
  net.ipv4.icmp_ratemask = -1
  $ ip netns exec b sysctl net.ipv4.icmp_ratemask
  net.ipv4.icmp_ratemask = -1
  $ ip netns exec b sysctl -w net.ipv4.icmp_ratelimit=-5
  sysctl: setting key "net.ipv4.icmp_ratelimit": Invalid argument
  [1]
  $ ip netns exec b sysctl net.ipv4.icmp_ratelimit
  net.ipv4.icmp_ratelimit = 1000
