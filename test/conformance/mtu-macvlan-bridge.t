Two macvlans in bridge mode on one lower device with different MTUs: the frame from one to the other is not checked against the receiver's MTU (macvlan forwards with dev_forward_skb_nomtu()), so a 1500-byte DF ping reaches the macvlan of MTU 1400 whole; each side fragments for its own MTU; a macvlan's MTU cannot pass its lower device's, and lowering the lower device drags it down (not back up).
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add e0 address 02:00:00:00:00:e0 type veth peer name e1 address 02:00:00:00:00:e1
  $ ip link set e0 up; ip link set e1 up
  $ ip link add link e0 name m0 netns a address 02:00:00:00:00:a0 mtu 1400 type macvlan mode bridge
  $ ip link add link e0 name m1 netns b address 02:00:00:00:00:b0 type macvlan mode bridge
  $ ip -n a link set m0 up; ip -n b link set m1 up; ip -n a link set lo up; ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev m0; ip -n b addr add 10.0.0.2/24 dev m1
  $ ip -n a link show m0 | grep -o 'mtu [0-9]*'; ip -n b link show m1 | grep -o 'mtu [0-9]*'
  mtu 1400
  mtu 1500
  $ ip netns exec b ping -c 1 -W 1 10.0.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 
  $ ip netns exec b ping -c 1 -W 1 -s 1472 -M do 10.0.0.1 | sed -n 2,5p | sed -E 's/time=.*//; s/time [0-9]+ms/time Nms/'
  1480 bytes from 10.0.0.1: icmp_seq=1 ttl=64 
  
  --- 10.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Nms
  $ ip -n a -s link show m0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
            1668       3      0       0       0       1 
      TX:  bytes packets errors dropped carrier collsns           
            1688       4      0       0       0       0 
  $ ip -n b -s link show m1 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
            1688       4      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            1654       3      0       0       0       0 
  $ ip netns exec b ping -c 1 -W 1 -s 1372 -M do 10.0.0.1 | sed -n 2p | sed -E 's/time=.*//'
  1380 bytes from 10.0.0.1: icmp_seq=1 ttl=64 
  $ ip netns exec b ping -c 1 -W 1 -s 1400 -M dont 10.0.0.1 | sed -n 2,5p | sed -E 's/time=.*//; s/time [0-9]+ms/time Nms/'
  1408 bytes from 10.0.0.1: icmp_seq=1 ttl=64 
  
  --- 10.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Nms
  $ ip netns exec a ping -c 1 -W 1 -s 3000 10.0.0.2 | sed -n 2p | sed -E 's/time=.*//'
  3008 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  $ ip netns exec a nstat -az IpFragCreates IpReasmOKs | tail -n +2
  IpReasmOKs                      1                  0.0
  IpFragCreates                   7                  0.0
  $ ip netns exec b nstat -az IpFragCreates IpReasmOKs IpOutDiscards | tail -n +2
  IpOutDiscards                   0                  0.0
  IpReasmOKs                      3                  0.0
  IpFragCreates                   3                  0.0
  $ ip -n a link set m0 mtu 1501
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set e0 mtu 1300
  $ ip -n a link show m0 | grep -o 'mtu [0-9]*'; ip -n b link show m1 | grep -o 'mtu [0-9]*'
  mtu 1300
  mtu 1300
  $ ip netns exec b ping -c 1 -W 1 -s 1300 10.0.0.1 | sed -n 2p | sed -E 's/time=.*//'
  1308 bytes from 10.0.0.1: icmp_seq=1 ttl=64 
  $ ip netns exec b nstat -az IpFragCreates | tail -n +2
  IpFragCreates                   5                  0.0
  $ ip link set e0 mtu 1500
  $ ip -n a link show m0 | grep -o 'mtu [0-9]*'; ip -n b link show m1 | grep -o 'mtu [0-9]*'
  mtu 1300
  mtu 1300
