Fragmentation over lo: 64 KiB of MTU needs none; with a smaller lo MTU, pings to itself are fragmented and reassembled in the same namespace (FragCreates and ReasmReqds both move); an MTU under 68 takes IPv4 off the device (inetdev_event NETDEV_CHANGEMTU), and it comes back only with a new address.
  $ ip netns add a
  $ ip -n a link set lo up
  $ ip -n a link show lo | sed -n 1p
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
  $ ip netns exec a ping -c 1 -s 65507 127.0.0.1 | sed -n 2p
  65515 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IpReasmReqds IpReasmOKs
  #kernel
  IpReasmReqds                    0                  0.0
  IpReasmOKs                      0                  0.0
  IpFragOKs                       0                  0.0
  IpFragCreates                   0                  0.0
  $ ip -n a link set lo mtu 1500
  $ ip netns exec a ping -c 1 -s 3000 127.0.0.1 | sed -n 2p
  3008 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IpReasmReqds IpReasmOKs
  #kernel
  IpReasmReqds                    6                  0.0
  IpReasmOKs                      2                  0.0
  IpFragOKs                       2                  0.0
  IpFragCreates                   6                  0.0
  $ ip netns exec a ping -c 1 -M do -s 3000 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 3000(3028) bytes of data.
  ping: local error: message too long, mtu=1500
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n a route get 127.0.0.1
  local 127.0.0.1 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip -n a link set lo mtu 68
  $ ip netns exec a ping -c 1 -s 100 127.0.0.1 | sed -n 2p
  108 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IpReasmReqds IpReasmOKs
  #kernel
  IpReasmReqds                    12                 0.0
  IpReasmOKs                      4                  0.0
  IpFragOKs                       4                  0.0
  IpFragCreates                   12                 0.0
  $ ip -n a link set lo mtu 67
  $ ip -n a addr show dev lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 67 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip -n a route show table local
  $ ip netns exec a ping -c 1 -W 1 127.0.0.1
  ping: connect: Network is unreachable
  [2]
  $ ip -n a link set lo mtu 65536
  $ ip -n a addr show dev lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip -n a addr add 127.0.0.1/8 dev lo
  $ ip netns exec a ping -c 1 127.0.0.1 | sed -n 2p
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip -n a link set lo mtu 0
  $ ip -n a link show lo | sed -n 1p
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 0 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
