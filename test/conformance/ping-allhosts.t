Packets to 224.0.0.1 (all hosts, every device's group): delivered locally, answered only when icmp_echo_ignore_broadcasts is 0; counted as InMcastPkts.
  $ ip netns add a
  $ ip netns add b
  $ ip link add v0 address 02:00:00:00:00:01 netns a type veth peer name v1 address 02:00:00:00:00:02 netns b
  $ ip -n a link set v0 up; ip -n b link set v1 up; ip -n a link set lo up; ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev v0; ip -n b addr add 10.0.0.2/24 dev v1
  $ ip -n a route add 224.0.0.0/4 dev v0
  $ ip netns exec a ping -c 1 -W 1 224.0.0.1 | head -2
  PING 224.0.0.1 (224.0.0.1) 56(84) bytes of data.
  $ ip netns exec b nstat -az IpInMcastPkts IcmpInEchos IcmpOutEchoReps | tail -3
  #kernel
  IcmpInEchos                     1                  0.0
  IcmpOutEchoReps                 0                  0.0
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns exec a ping -c 1 -W 1 224.0.0.1 | head -2
  PING 224.0.0.1 (224.0.0.1) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec b nstat -az IpInMcastPkts IcmpInEchos IcmpOutEchoReps | tail -3
  #kernel
  IcmpInEchos                     2                  0.0
  IcmpOutEchoReps                 1                  0.0
  $ ip netns exec b ip route get 224.0.0.1 from 10.0.0.1 iif v1
  multicast 224.0.0.1 from 10.0.0.1 dev lo rt_offload_failed 
      cache <local,mc> iif v1 
  $ ip netns exec b ip route get 224.0.0.2 from 10.0.0.1 iif v1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec b ip route get 224.0.0.1 from 0.0.0.0 iif v1
  multicast 224.0.0.1 dev lo rt_offload_failed 
      cache <local,mc> iif v1 
  $ ip netns exec b ip route get 224.0.0.1 from 10.9.9.9 iif v1
  multicast 224.0.0.1 from 10.9.9.9 dev lo rt_offload_failed 
      cache <local,mc> iif v1 
