ICMP rate limiting seen from the probes' side (values kept away from the bucket's edges so that the host's scheduling does not matter): a TTL-expiring ping train against the router's per-peer bucket (icmp_ratelimit, a burst of 6), a slower train under a lower limit, icmp_ratemask cleared, then widened to echo replies (the bucket shared with the errors, the reply to the router's own ping exempt as loopback), the destination's port unreachables to a traceroute of ten UDP probes, and the counters after each.
  $ ip netns add a
  $ ip netns add r1
  $ ip netns add r2
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r1a netns r1 address 02:00:00:00:01:0a
  $ ip link add r1b netns r1 address 02:00:00:00:01:0b type veth peer name r2a netns r2 address 02:00:00:00:02:0a
  $ ip link add r2b netns r2 address 02:00:00:00:02:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r1 r2 b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n r1 link set r1a up; ip -n r1 link set r1b up; ip -n r2 link set r2a up; ip -n r2 link set r2b up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0; ip -n r1 addr add 10.0.1.1/24 dev r1a; ip -n r1 addr add 10.0.2.1/24 dev r1b
  $ ip -n r2 addr add 10.0.2.2/24 dev r2a; ip -n r2 addr add 10.0.3.1/24 dev r2b; ip -n b addr add 10.0.3.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1; ip -n r1 route add 10.0.3.0/24 via 10.0.2.2; ip -n r2 route add default via 10.0.2.1; ip -n b route add default via 10.0.3.1
  $ for n in r1 r2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip netns exec r1 sysctl net.ipv4.icmp_ratelimit net.ipv4.icmp_ratemask
  net.ipv4.icmp_ratelimit = 1000
  net.ipv4.icmp_ratemask = 6168
  $ ip netns exec a ping -c 12 -i 0.01 -W 1 -t 1 10.0.3.2 | tail -2 | head -1 | sed -E 's/, time.*//'
  12 packets transmitted, 0 received, +6 errors, 100% packet loss
  $ ip netns exec r1 nstat -az IcmpOutTimeExcds IcmpOutRateLimitHost IcmpOutRateLimitGlobal | tail -n +2
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            6                  0.0
  IcmpOutTimeExcds                6                  0.0
  $ ip netns exec r1 sysctl -w net.ipv4.icmp_ratelimit=100
  net.ipv4.icmp_ratelimit = 100
  $ ip netns exec a ping -c 8 -i 0.2 -W 1 -t 1 10.0.3.2 | tail -2 | head -1 | sed -E 's/, time.*//'
  8 packets transmitted, 0 received, +8 errors, 100% packet loss
  $ ip netns exec r1 nstat -az IcmpOutTimeExcds IcmpOutRateLimitHost | tail -n +2
  IcmpOutRateLimitHost            6                  0.0
  IcmpOutTimeExcds                14                 0.0
  $ ip netns exec r1 sysctl -w net.ipv4.icmp_ratemask=0
  net.ipv4.icmp_ratemask = 0
  $ ip netns exec a ping -c 12 -i 0.01 -W 1 -t 1 10.0.3.2 | tail -2 | head -1 | sed -E 's/, time.*//'
  12 packets transmitted, 0 received, +12 errors, 100% packet loss
  $ ip netns exec r1 nstat -az IcmpOutTimeExcds IcmpOutRateLimitHost | tail -n +2
  IcmpOutRateLimitHost            6                  0.0
  IcmpOutTimeExcds                26                 0.0
  $ ip netns exec r1 sysctl -w net.ipv4.icmp_ratemask=6169 net.ipv4.icmp_ratelimit=1000
  net.ipv4.icmp_ratemask = 6169
  net.ipv4.icmp_ratelimit = 1000
  $ sleep 7
  $ ip netns exec a ping -c 12 -i 0.01 -W 1 10.0.1.1 | tail -2 | head -1 | sed -E 's/, time.*//'
  12 packets transmitted, 6 received, 50% packet loss
  $ ip netns exec a ping -c 12 -i 0.01 -W 1 10.0.2.1 | tail -2 | head -1 | sed -E 's/, time.*//'
  12 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec r1 ping -c 12 -i 0.01 -W 1 10.0.1.1 | tail -2 | head -1 | sed -E 's/, time.*//'
  12 packets transmitted, 12 received, 0% packet loss
  $ ip netns exec r1 nstat -az IcmpOutEchoReps IcmpInEchos IcmpOutRateLimitHost | tail -n +2
  IcmpInEchos                     36                 0.0
  IcmpOutRateLimitHost            24                 0.0
  IcmpOutEchoReps                 18                 0.0
  $ ip netns exec a traceroute -n -U -N 1 -q 10 -w 0.3 -f 3 -m 3 10.0.3.2 | sed -E 's/[0-9.]+ ms/T/g'
  traceroute to 10.0.3.2 (10.0.3.2), 3 hops max, 60 byte packets
   3  10.0.3.2  T  T  T  T  T  T * * * *
  $ ip netns exec b nstat -az IcmpOutDestUnreachs IcmpOutRateLimitHost UdpNoPorts | tail -n +2
  IcmpOutRateLimitHost            4                  0.0
  IcmpOutDestUnreachs             6                  0.0
  UdpNoPorts                      10                 0.0
  $ ip netns exec b sysctl -w net.ipv4.icmp_ratelimit=5000
  net.ipv4.icmp_ratelimit = 5000
  $ ip netns exec a traceroute -n -U -N 1 -q 10 -w 0.3 -f 3 -m 3 10.0.3.2 | sed -E 's/[0-9.]+ ms/T/g'
  traceroute to 10.0.3.2 (10.0.3.2), 3 hops max, 60 byte packets
   3  * * * * * * * * * *
  $ ip netns exec b nstat -az IcmpOutDestUnreachs IcmpOutRateLimitHost UdpNoPorts | tail -n +2
  IcmpOutRateLimitHost            14                 0.0
  IcmpOutDestUnreachs             6                  0.0
  UdpNoPorts                      20                 0.0
  $ ip netns exec b traceroute -n -U -N 1 -q 10 -w 0.3 -m 1 10.0.3.2 | sed -E 's/[0-9.]+ ms/T/g'
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
   1  10.0.3.2  T  T  T  T  T  T  T  T  T  T
  $ ip netns exec b traceroute -n -U -N 1 -q 10 -w 0.3 -m 1 127.0.0.1 | sed -E 's/[0-9.]+ ms/T/g'
  traceroute to 127.0.0.1 (127.0.0.1), 1 hops max, 60 byte packets
   1  127.0.0.1  T  T  T  T  T  T  T  T  T  T
  $ ip netns exec b nstat -az IcmpOutDestUnreachs IcmpOutRateLimitHost UdpNoPorts | tail -n +2
  IcmpOutRateLimitHost            14                 0.0
  IcmpOutDestUnreachs             26                 0.0
  UdpNoPorts                      40                 0.0
  $ ip netns exec b sysctl -w net.ipv4.icmp_ratelimit=-1
  sysctl: setting key "net.ipv4.icmp_ratelimit": Invalid argument
  [1]
  $ ip netns exec b sysctl -w net.ipv4.icmp_ratemask=abc
  sysctl: setting key "net.ipv4.icmp_ratemask": Invalid argument
  [1]
  $ ip netns exec b sysctl net.ipv4.icmp_ratelimit net.ipv4.icmp_ratemask
  net.ipv4.icmp_ratelimit = 5000
  net.ipv4.icmp_ratemask = 6168
