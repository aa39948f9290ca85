A host hears its own multicast to a group its device joined (224.0.0.1): ip_mc_output() loops a copy back when the socket leaves IP_MULTICAST_LOOP on (sk_mc_loop()), so ping counts its own echo request and, once icmp_echo_ignore_broadcasts is 0, answers itself; ping -L turns the loop off; a group not joined (224.0.0.9) is not looped.
  $ ip netns add a; ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip link add a1 netns a address 02:00:00:00:0a:11 type veth peer name b1 netns b address 02:00:00:00:0b:11
  $ for n in a b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n b link set b0 up; ip -n b link set b1 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a addr add 10.0.1.1/24 dev a1; ip -n b addr add 10.0.1.2/24 dev b1
  $ ip -n a route add 224.0.0.0/4 dev a1
  $ ip netns exec a ping -c 1 -W 1 224.0.0.1 | head -3 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  PING 224.0.0.1 (224.0.0.1) 56(84) bytes of data.
  
  --- 224.0.0.1 ping statistics ---
  $ ip netns exec a nstat -az IpInReceives IcmpInEchos IcmpInEchoReps IcmpOutEchoReps | tail -n +2
  IpInReceives                    1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpInEchoReps                  0                  0.0
  IcmpOutEchoReps                 0                  0.0
  $ ip netns exec a sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns exec a ping -c 1 -W 1 224.0.0.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9./]+ ms/= R ms/'
  PING 224.0.0.1 (224.0.0.1) 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=T ms
  
  --- 224.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = R ms
  $ ip netns exec a nstat -az IpInReceives IcmpInEchos IcmpInEchoReps IcmpOutEchoReps IpExtInMcastPkts IpExtOutMcastPkts | tail -n +2
  IpInReceives                    3                  0.0
  IcmpInEchos                     2                  0.0
  IcmpInEchoReps                  1                  0.0
  IcmpOutEchoReps                 1                  0.0
  IpExtInMcastPkts                2                  0.0
  IpExtOutMcastPkts               2                  0.0
  $ ip netns exec a ping -c 1 -W 1 -L 224.0.0.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9./]+ ms/= R ms/'
  PING 224.0.0.1 (224.0.0.1) 56(84) bytes of data.
  
  --- 224.0.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -W 1 224.0.0.9 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9./]+ ms/= R ms/'
  PING 224.0.0.9 (224.0.0.9) 56(84) bytes of data.
  
  --- 224.0.0.9 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a nstat -az IpInReceives IcmpInEchos IcmpInEchoReps IcmpOutEchoReps IpExtInMcastPkts IpExtOutMcastPkts | tail -n +2
  IpInReceives                    3                  0.0
  IcmpInEchos                     2                  0.0
  IcmpInEchoReps                  1                  0.0
  IcmpOutEchoReps                 1                  0.0
  IpExtInMcastPkts                2                  0.0
  IpExtOutMcastPkts               4                  0.0
