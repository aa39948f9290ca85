ICMP rate limits of a host answering UDP to a closed port: the per-peer token bucket (icmp_ratelimit, burst of six, IcmpOutRateLimitHost), icmp_ratelimit=0, icmp_ratemask without the type, the global icmp_msgs_per_sec/burst limit, and echo replies outside the mask.
  $ ip netns add a; ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:00:a0 type veth peer name b0 netns b address 02:00:00:00:00:b0
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n a link set lo up; ip -n b link set lo up
  $ ip -n a addr add 10.1.0.1/24 dev a0; ip -n b addr add 10.1.0.2/24 dev b0
  $ for i in $(seq 1 10); do echo x | ip netns exec a nc -u -w 0 10.1.0.2 9999; done; sleep 0.2
  $ ip netns exec b nstat -az IpInReceives UdpNoPorts IcmpOutDestUnreachs IcmpOutRateLimitHost IcmpOutRateLimitGlobal IcmpOutEchoReps
  #kernel
  IpInReceives                    10                 0.0
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            4                  0.0
  IcmpOutDestUnreachs             6                  0.0
  IcmpOutEchoReps                 0                  0.0
  UdpNoPorts                      10                 0.0
  $ ip netns exec b sysctl -w net.ipv4.icmp_ratelimit=0
  net.ipv4.icmp_ratelimit = 0
  $ for i in $(seq 1 10); do echo x | ip netns exec a nc -u -w 0 10.1.0.2 9999; done; sleep 0.2
  $ ip netns exec b sysctl -w net.ipv4.icmp_ratelimit=1000 net.ipv4.icmp_ratemask=0
  net.ipv4.icmp_ratelimit = 1000
  net.ipv4.icmp_ratemask = 0
  $ for i in $(seq 1 10); do echo x | ip netns exec a nc -u -w 0 10.1.0.2 9999; done; sleep 0.2
  $ ip netns exec b nstat -az IpInReceives UdpNoPorts IcmpOutDestUnreachs IcmpOutRateLimitHost IcmpOutRateLimitGlobal IcmpOutEchoReps
  #kernel
  IpInReceives                    30                 0.0
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            4                  0.0
  IcmpOutDestUnreachs             26                 0.0
  IcmpOutEchoReps                 0                  0.0
  UdpNoPorts                      30                 0.0
  $ ip netns exec b sysctl -w net.ipv4.icmp_msgs_per_sec=3 net.ipv4.icmp_msgs_burst=3
  net.ipv4.icmp_msgs_per_sec = 3
  net.ipv4.icmp_msgs_burst = 3
  $ sleep 2; for i in $(seq 1 10); do echo x | ip netns exec a nc -u -w 0 10.1.0.2 9999; done; sleep 0.2
  $ ip netns exec b nstat -az IpInReceives UdpNoPorts IcmpOutDestUnreachs IcmpOutRateLimitHost IcmpOutRateLimitGlobal IcmpOutEchoReps
  #kernel
  IpInReceives                    40                 0.0
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            4                  0.0
  IcmpOutDestUnreachs             36                 0.0
  IcmpOutEchoReps                 0                  0.0
  UdpNoPorts                      40                 0.0
  $ ip netns exec a ping -c 10 -i 0.01 -W 1 10.1.0.2 | tail -2 | head -1
  10 packets transmitted, 10 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b nstat -az IpInReceives UdpNoPorts IcmpOutDestUnreachs IcmpOutRateLimitHost IcmpOutRateLimitGlobal IcmpOutEchoReps
  #kernel
  IpInReceives                    50                 0.0
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            4                  0.0
  IcmpOutDestUnreachs             36                 0.0
  IcmpOutEchoReps                 10                 0.0
  UdpNoPorts                      40                 0.0
  $ ip netns exec b sysctl net.ipv4.icmp_ratelimit net.ipv4.icmp_ratemask net.ipv4.icmp_msgs_per_sec net.ipv4.icmp_msgs_burst
  net.ipv4.icmp_ratelimit = 1000
  net.ipv4.icmp_ratemask = 0
  net.ipv4.icmp_msgs_per_sec = 3
  net.ipv4.icmp_msgs_burst = 3

