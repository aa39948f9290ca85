A host hears its own broadcasts: ip_mc_output() loops a clone of every broadcast it sends back through the backlog (ip_mc_finish_output(), dev_loopback_xmit()), so ping -b counts an echo request of its own (and answers itself once icmp_echo_ignore_broadcasts is 0), and a UDP listener of the sender gets the datagram; tcpdump does not see the looped copy.
  $ ip netns add a; ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip link add a1 netns a address 02:00:00:00:0a:11 type veth peer name b1 netns b address 02:00:00:00:0b:11
  $ for n in a b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n b link set b0 up; ip -n b link set b1 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a addr add 10.0.1.1/24 dev a1; ip -n b addr add 10.0.1.2/24 dev b1
  $ ip netns exec a ping -c 1 -W 1 -b -I a1 10.0.1.255
  WARNING: pinging broadcast address
  PING 10.0.1.255 (10.0.1.255) from 10.0.1.1 a1: 56(84) bytes of data.
  
  --- 10.0.1.255 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a nstat -az IcmpInEchos IcmpInEchoReps IcmpOutEchoReps IpInReceives IcmpInMsgs | tail -n +2
  IpInReceives                    1                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpInEchoReps                  0                  0.0
  IcmpOutEchoReps                 0                  0.0
  $ ip netns exec a ping -c 1 -W 1 -b 10.0.1.255
  WARNING: pinging broadcast address
  PING 10.0.1.255 (10.0.1.255) 56(84) bytes of data.
  
  --- 10.0.1.255 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a nstat -az IcmpInEchos IcmpInEchoReps IcmpOutEchoReps IpInReceives IcmpInMsgs | tail -n +2
  IpInReceives                    2                  0.0
  IcmpInMsgs                      2                  0.0
  IcmpInEchos                     2                  0.0
  IcmpInEchoReps                  0                  0.0
  IcmpOutEchoReps                 0                  0.0
  $ ip netns exec a sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns exec a ping -c 1 -W 1 -b 10.0.1.255 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9./]+ ms/= R ms/'
  WARNING: pinging broadcast address
  PING 10.0.1.255 (10.0.1.255) 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=T ms
  
  --- 10.0.1.255 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = R ms
  $ ip netns exec a nstat -az IcmpInEchos IcmpInEchoReps IcmpOutEchoReps IpInReceives IcmpInMsgs | tail -n +2
  IpInReceives                    4                  0.0
  IcmpInMsgs                      4                  0.0
  IcmpInEchos                     3                  0.0
  IcmpInEchoReps                  1                  0.0
  IcmpOutEchoReps                 1                  0.0
  $ ip netns exec a sh -c 'nc -u -l 9999 > got & sleep 0.2'
  $ ip netns exec b sh -c 'nc -u -l 9999 > gotb & sleep 0.2'
  $ ip netns exec a sh -c 'tcpdump -l -n -i a1 udp > cap 2>/dev/null & sleep 0.3'
  $ echo hello | ip netns exec a nc -u -b -w 1 -p 5555 10.0.1.255 9999
  $ sleep 0.5; cat got; cat gotb; cat cap | sed -E 's/^[0-9:.]+ //'
  hello
  hello
  IP 10.0.1.1.5555 > 10.0.1.255.9999: UDP, length 6
  $ ip netns exec a nstat -az IpInReceives IpOutRequests IpOutBcastPkts IpInBcastPkts UdpInDatagrams | tail -n +2
  IpInReceives                    5                  0.0
  IpOutRequests                   5                  0.0
  UdpInDatagrams                  1                  0.0
  $ ip -s -n a link show a1 | sed -n 4p; ip -s -n a link show a1 | sed -n 6p
             516       6      0       0       0       0 
             858      10      0       0       0       0 
