Packets queued on an unresolved neighbour: unres_qlen (and unres_qlen_bytes) bounds the queue, the oldest packets are dropped when it overflows, and when resolution fails each packet still queued gets its ICMP host unreachable; ip -s neigh shows the probes; app_solicit and mcast_solicit change the number of probes and how long it takes.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sysctl -w net.ipv4.neigh.a0.unres_qlen=1
  net.ipv4.neigh.a0.unres_qlen = 1
  $ ip netns exec a sysctl net.ipv4.neigh.a0.unres_qlen_bytes
  net.ipv4.neigh.a0.unres_qlen_bytes = 2090
  $ ip netns exec a ping -c 3 -i 0.2 -W 5 10.0.0.99 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.0.99 (10.0.0.99) 56(84) bytes of data.
  
  --- 10.0.0.99 ping statistics ---
  3 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip -n a -s neigh show 10.0.0.99 | sed -E 's/used [0-9/]+/used U/'
  10.0.0.99 dev a0  used Uprobes 6 FAILED 
  $ ip netns exec a nstat -az IcmpOutDestUnreachs IcmpOutMsgs IpOutRequests
  #kernel
  IpOutRequests                   5                  0.0
  IcmpOutMsgs                     5                  0.0
  IcmpOutDestUnreachs             2                  0.0
  $ ip netns exec a sysctl -w net.ipv4.neigh.a0.unres_qlen=101
  net.ipv4.neigh.a0.unres_qlen = 101
  $ ip -n a neigh flush all
  $ ip netns exec a ping -c 3 -i 0.2 -W 5 10.0.0.98 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.0.98 (10.0.0.98) 56(84) bytes of data.
  
  --- 10.0.0.98 ping statistics ---
  3 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a sysctl -w net.ipv4.neigh.a0.mcast_solicit=1
  net.ipv4.neigh.a0.mcast_solicit = 1
  $ ip netns exec a sysctl -w net.ipv4.neigh.a0.app_solicit=2
  net.ipv4.neigh.a0.app_solicit = 2
  $ ip netns exec a ping -c 1 -W 5 10.0.0.97 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.0.97 (10.0.0.97) 56(84) bytes of data.
  
  --- 10.0.0.97 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip -n a -s neigh show 10.0.0.97 | sed -E 's/used [0-9/]+/used U/'
  10.0.0.97 dev a0  used Uprobes 6 FAILED 
  $ ip netns exec a sysctl -w net.ipv4.neigh.a0.mcast_solicit=0
  net.ipv4.neigh.a0.mcast_solicit = 0
  $ ip netns exec a sysctl -w net.ipv4.neigh.a0.app_solicit=0
  net.ipv4.neigh.a0.app_solicit = 0
  $ ip netns exec a ping -c 1 -W 2 10.0.0.96 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.0.96 (10.0.0.96) 56(84) bytes of data.
  
  --- 10.0.0.96 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip -n a -s neigh show 10.0.0.96 | sed -E 's/used [0-9/]+/used U/'
  10.0.0.96 dev a0  used Uprobes 0 FAILED 
  $ ip netns exec a sysctl -w net.ipv4.neigh.a0.mcast_solicit=3
  net.ipv4.neigh.a0.mcast_solicit = 3
  $ ip netns exec a sysctl -w net.ipv4.neigh.a0.unres_qlen_bytes=0
  net.ipv4.neigh.a0.unres_qlen_bytes = 0
  $ ip netns exec a ping -c 1 -W 5 10.0.0.95 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.0.95 (10.0.0.95) 56(84) bytes of data.
  
  --- 10.0.0.95 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip -n a -s neigh show 10.0.0.95 | sed -E 's/used [0-9/]+/used U/'
  10.0.0.95 dev a0  used Uprobes 6 FAILED 
