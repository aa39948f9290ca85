A bridge whose ports disagree on the MTU: a frame longer than the egress port's MTU is dropped at that port (br_dev_queue_push_xmit, is_skb_forwardable) with no counter, while the bridge itself still takes it; lowering a port's MTU lowers the bridge's, and a sender whose link allows more then fragments nothing on its own.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link add pa address 02:00:00:00:00:a1 type veth peer name e0 netns a address 02:00:00:00:00:a2
  $ ip link add pb address 02:00:00:00:00:b1 type veth peer name e0 netns b address 02:00:00:00:00:b2
  $ ip link set pa mtu 9000; ip -n a link set e0 mtu 9000
  $ ip link set pa master br0; ip link set pb master br0
  $ ip link show br0 | grep -o 'mtu [0-9]*'
  mtu 1500
  $ for n in a b; do ip -n $n link set e0 up; ip -n $n link set lo up; done; for d in pa pb lo br0; do ip link set $d up; done
  $ ip addr add 10.0.0.254/24 dev br0
  $ ip -n a addr add 10.0.0.1/24 dev e0; ip -n b addr add 10.0.0.2/24 dev e0
  $ sleep 2
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  $ ip netns exec a ping -c 1 -W 1 -s 3000 10.0.0.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/"
  PING 10.0.0.2 (10.0.0.2) 3000(3028) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Nms
  $ ip netns exec a ping -c 1 -W 1 -s 3000 10.0.0.254 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/"
  PING 10.0.0.254 (10.0.0.254) 3000(3028) bytes of data.
  3008 bytes from 10.0.0.254: icmp_seq=1 ttl=64 time=T ms
  
  --- 10.0.0.254 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Nms
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -s 3000 -M do 10.0.0.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/"
  PING 10.0.0.2 (10.0.0.2) 3000(3028) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Nms
  $ ip -s link show pb | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             140       2      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             290       5      0       0       0       0 
  $ ip -s link show pa | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
            9308       6      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            3400       8      0       0       0       0 
  $ ip -s link show br0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
            3084       3      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            3260       6      0       0       0       0 
  $ nstat -az IpReasmReqds IpReasmOKs IpFragCreates | tail -n +2
  IpReasmReqds                    0                  0.0
  IpReasmOKs                      0                  0.0
  IpFragCreates                   3                  0.0
  $ ip netns exec b nstat -az IpReasmReqds IpInReceives | tail -n +2
  IpInReceives                    3                  0.0
  IpReasmReqds                    0                  0.0
  $ ip link set pb mtu 9000
  $ ip link show br0 | grep -o 'mtu [0-9]*'
  mtu 9000
  $ ip netns exec a ping -c 1 -W 1 -s 3000 10.0.0.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/"
  PING 10.0.0.2 (10.0.0.2) 3000(3028) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Nms
  $ ip netns exec b nstat -az IpReasmReqds IpReasmOKs | tail -n +2
  IpReasmReqds                    0                  0.0
  IpReasmOKs                      0                  0.0
  $ ip link set pb mtu 1400
  $ ip link show br0 | grep -o 'mtu [0-9]*'
  mtu 1400
  $ ip netns exec a ping -c 1 -W 1 -s 1400 10.0.0.254 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Nms/"
  PING 10.0.0.254 (10.0.0.254) 1400(1428) bytes of data.
  1408 bytes from 10.0.0.254: icmp_seq=1 ttl=64 time=T ms
  
  --- 10.0.0.254 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Nms
  rtt min/avg/max/mdev = * ms (glob)
  $ nstat -az IpReasmReqds IpReasmOKs IpFragCreates IpFragOKs | tail -n +2
  IpReasmReqds                    0                  0.0
  IpReasmOKs                      0                  0.0
  IpFragOKs                       2                  0.0
  IpFragCreates                   5                  0.0
