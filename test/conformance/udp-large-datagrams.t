The largest UDP datagram: 65507 bytes of payload fit an IPv4 packet (65535), one more is EMSGSIZE (socat: Message too long) whatever the path; over lo (MTU 65536) it leaves whole, over veth (1500) in 45 fragments reassembled by the receiver; IP_PMTUDISC_DO refuses anything above the link's 1472; counters and what arrives.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ head -c 65507 /dev/zero > f65507; head -c 65508 /dev/zero > f65508; head -c 1472 /dev/zero > f1472; head -c 1473 /dev/zero > f1473; head -c 20000 /dev/zero > f20000
  $ ip netns exec b sh -c 'socat -u -b 70000 UDP-RECV:9000 - | wc -c > got & sleep 0.2'
  $ ip netns exec a sh -c 'socat -u -b 70000 UDP-RECV:9001 - | wc -c > got-lo & sleep 0.2'
  $ ip netns exec a sh -c 'socat -u -b 70000 OPEN:f65507 UDP:127.0.0.1:9001'
  $ ip netns exec a sh -c 'socat -u -b 70000 OPEN:f65508 UDP:127.0.0.1:9001' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E write(6, BUF, 65508): Message too long
  $ ip netns exec a sh -c 'socat -u -b 70000 OPEN:f65507 UDP:10.0.0.2:9000'
  $ ip netns exec a sh -c 'socat -u -b 70000 OPEN:f65508 UDP-SENDTO:10.0.0.2:9000' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E sendto(6, BUF, 65508, 0, AF=2 10.0.0.2:9000, 16): Message too long
  $ ip netns exec a sh -c 'socat -u -b 70000 OPEN:f1472 UDP:10.0.0.2:9000,ip-mtu-discover=2'
  $ ip netns exec a sh -c 'socat -u -b 70000 OPEN:f1473 UDP:10.0.0.2:9000,ip-mtu-discover=2' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E write(6, BUF, 1473): Message too long
  $ ip netns exec a sh -c 'socat -u -b 70000 OPEN:f20000 UDP:10.0.0.2:9000,ip-mtu-discover=0'
  $ ip netns exec a nstat -asz UdpOutDatagrams UdpSndbufErrors IpFragCreates IpFragOKs IpOutRequests
  #kernel
  IpOutRequests                   4                  0.0
  IpFragOKs                       2                  0.0
  IpFragCreates                   59                 0.0
  UdpOutDatagrams                 4                  0.0
  UdpSndbufErrors                 0                  0.0
  $ ip netns exec b nstat -asz UdpInDatagrams IpReasmOKs IpReasmReqds IpInReceives
  #kernel
  IpInReceives                    60                 0.0
  IpReasmReqds                    59                 0.0
  IpReasmOKs                      2                  0.0
  UdpInDatagrams                  3                  0.0
  $ ip -n a -s link show lo | sed -n 4p
           65535       1      0       0       0       0 
  $ head -c 30000 /dev/zero > f30000; ip netns exec a nc -u -w 1 10.0.0.2 9000 < f30000
  $ ip netns exec b nstat -asz UdpInDatagrams IpReasmOKs
  #kernel
  IpReasmOKs                      4                  0.0
  UdpInDatagrams                  5                  0.0
