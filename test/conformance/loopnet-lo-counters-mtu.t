Traffic to the host itself through lo: ping to a NIC address and to 127.0.0.1 counted on lo (ip -s -s link), sizes over 64 KiB refused, lo's own MTU lowered (fragments on lo, -M do refused, the IPv4 address dropped below 68 bytes), TCP over lo in nstat.
  $ ip netns add h
  $ ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1
  $ ip -n h link set lo up
  $ ip link add eth0 netns h address 02:00:00:00:0f:01 type veth peer name eth1 netns h address 02:00:00:00:0f:02
  $ ip -n h link set eth0 up
  $ ip -n h addr add 10.90.0.1/24 dev eth0
  $ ip netns exec h ping -c 3 -i 0.2 -s 1000 10.90.0.1 | tail -2 | head -1
  3 packets transmitted, 3 received, 0% packet loss, time *ms (glob)
  $ ip -n h -s -s link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      RX:  bytes packets errors dropped  missed   mcast           
            6168       6      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            6168       6      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       0 
  $ ip -n h -s link show eth0 | sed -n 4p
               0       0      0       0       0       0 
  $ ip netns exec h ping -c 2 -i 0.2 -s 70000 127.0.0.1 2>&1 | head -2
  PING 127.0.0.1 (127.0.0.1) 70000(70028) bytes of data.
  $ ip netns exec h ping -c 2 -i 0.2 -s 65507 127.0.0.1 | tail -2 | head -1
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip -n h -s link show lo | sed -n 4p
          268308      10      0       0       0       0 
  $ ip netns exec h nstat -az IpInReceives IpInDelivers IpOutRequests IpExtInOctets IpExtOutOctets IpFragOKs IpFragCreates IpReasmOKs IpReasmReqds
  #kernel
  IpInReceives                    10                 0.0
  IpInDelivers                    10                 0.0
  IpOutRequests                   10                 0.0
  IpReasmReqds                    0                  0.0
  IpReasmOKs                      0                  0.0
  IpFragOKs                       0                  0.0
  IpFragCreates                   0                  0.0
  IpExtInOctets                   268308             0.0
  IpExtOutOctets                  268308             0.0
  $ ip netns exec h sh -c "nc -l -p 9000 > /dev/null & sleep 0.2; head -c 100000 /dev/zero | nc -N 10.90.0.1 9000"
  $ ip netns exec h nstat -az TcpActiveOpens TcpPassiveOpens
  #kernel
  TcpActiveOpens                  1                  0.0
  TcpPassiveOpens                 1                  0.0
  $ ip -n h link set lo mtu 1500
  $ ip netns exec h ping -c 1 -s 2000 -M do 127.0.0.1 2>&1 | head -2
  PING 127.0.0.1 (127.0.0.1) 2000(2028) bytes of data.
  ping: local error: message too long, mtu=1500
  $ ip netns exec h ping -c 1 -s 2000 127.0.0.1 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec h nstat -az IpFragOKs IpFragCreates IpReasmOKs IpReasmReqds
  #kernel
  IpReasmReqds                    4                  0.0
  IpReasmOKs                      2                  0.0
  IpFragOKs                       2                  0.0
  IpFragCreates                   4                  0.0
  $ ip -n h link set lo mtu 100
  $ ip -n h link set lo mtu 67
  $ ip -n h -4 addr show dev lo
  $ ip -n h link set lo mtu 68
  $ ip -n h -4 addr show dev lo
  $ ip -n h route get 127.0.0.1
  RTNETLINK answers: Network is unreachable
  [2]
