A router's counters for what it fragments and refuses: ip -s link on both its links, IpForwDatagrams, IpOutTransmits (each fragment), IpFragOKs/FragCreates/FragFails, IcmpMsgOutType3, the octet counters, for a non-DF ping it cuts, a DF ping it refuses and the sender's own fragments it passes whole.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r link set r1 mtu 1000
  $ ip -n b link set b0 mtu 1000
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2 > /dev/null; echo $?
  0
  $ ip netns exec r nstat -n
  $ ip -n r -s link show r0 | sed -n 4p; ip -n r -s link show r1 | sed -n 6p
             140       2      0       0       0       0 
             140       2      0       0       0       0 
  $ ip netns exec a ping -c 1 -W 1 -M dont -s 1400 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  1408 bytes from 10.2.0.2: icmp_seq=1 ttl=63 
  $ ip -n r -s link show r0 | sed -n 4p; ip -n r -s link show r1 | sed -n 6p
            1582       3      0       0       0       0 
            1616       4      0       0       0       0 
  $ ip netns exec r nstat -z IpInReceives IpForwDatagrams IpOutTransmits IpOutRequests IpFragOKs IpFragCreates IpExtInOctets IpExtOutOctets | tail -n +2
  IpInReceives                    3                  0.0
  IpForwDatagrams                 3                  0.0
  IpOutRequests                   0                  0.0
  IpFragOKs                       1                  0.0
  IpFragCreates                   2                  0.0
  IpOutTransmits                  4                  0.0
  IpExtInOctets                   2876               0.0
  IpExtOutOctets                  2896               0.0
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1400 10.2.0.2 | sed -n 2p
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1000)
  $ ip netns exec r nstat -z IpInReceives IpForwDatagrams IpOutTransmits IpOutRequests IpFragFails IcmpOutDestUnreachs IcmpMsgOutType3 IcmpOutMsgs IpExtOutOctets | tail -n +2
  IpInReceives                    1                  0.0
  IpForwDatagrams                 1                  0.0
  IpOutRequests                   1                  0.0
  IpFragFails                     1                  0.0
  IpOutTransmits                  1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpMsgOutType3                 1                  0.0
  IpExtOutOctets                  576                0.0
  $ ip netns exec a ping -c 1 -W 1 -M dont -s 3000 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  3008 bytes from 10.2.0.2: icmp_seq=1 ttl=63 
  $ ip netns exec r nstat -z IpInReceives IpForwDatagrams IpOutTransmits IpFragOKs IpFragCreates IpExtInOctets IpExtOutOctets | tail -n +2
  IpInReceives                    8                  0.0
  IpForwDatagrams                 8                  0.0
  IpFragOKs                       0                  0.0
  IpFragCreates                   0                  0.0
  IpOutTransmits                  8                  0.0
  IpExtInOctets                   7604               0.0
  IpExtOutOctets                  6176               0.0
  $ ip -n r -s link show r0 | sed -n 4p; ip -n r -s link show r1 | sed -n 6p
            6168       8      0       0       0       0 
            4760       8      0       0       0       0 
  $ ip netns exec a nstat -az IpOutRequests IpOutTransmits IpFragOKs IpFragCreates IpExtOutOctets | tail -n +2
  IpOutRequests                   4                  0.0
  IpFragOKs                       1                  0.0
  IpFragCreates                   4                  0.0
  IpOutTransmits                  7                  0.0
  IpExtOutOctets                  6028               0.0
  $ ip netns exec b nstat -az IpInReceives IpReasmReqds IpReasmOKs IpInDelivers IpExtInOctets IpOutRequests IpOutTransmits IpFragCreates | tail -n +2
  IpInReceives                    7                  0.0
  IpInDelivers                    3                  0.0
  IpOutRequests                   3                  0.0
  IpReasmReqds                    6                  0.0
  IpReasmOKs                      2                  0.0
  IpFragCreates                   6                  0.0
  IpOutTransmits                  7                  0.0
  IpExtInOctets                   4620               0.0
  $ ip -n b -s link show b0 | sed -n 4p; ip -n b -s link show b0 | sed -n 6p
            4760       8      0       0       0       0 
            4760       8      0       0       0       0 
