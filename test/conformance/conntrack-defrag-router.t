Connection tracking on a router defragments (nf_defrag_ipv4: ReasmReqds/ReasmOKs on the router) and the forward path refragments to the largest fragment received (frag_max_size, IPSKB_FRAG_PMTU), so the far host sees fragments as the sender cut them; without conntrack fragments are forwarded one by one (refragmented only when a piece exceeds the next MTU).
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add rb netns r address 02:00:00:00:01:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n r link set ra up
  $ ip -n r link set rb up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0
  $ ip -n r addr add 10.0.1.1/24 dev ra
  $ ip -n r addr add 10.0.2.1/24 dev rb
  $ ip -n b addr add 10.0.2.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1
  $ ip -n b route add default via 10.0.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n a link set a0 mtu 1000
  $ ip -n r link set ra mtu 1000
  $ ip netns exec a ping -c 1 -s 3000 10.0.2.2 | sed -n 2p | sed -E 's/time=.*//'
  3008 bytes from 10.0.2.2: icmp_seq=1 ttl=63 
  $ ip netns exec r nstat -asz IpReasmReqds IpReasmOKs IpFragOKs IpFragCreates IpForwDatagrams IpInReceives IpOutTransmits
  #kernel
  IpInReceives                    7                  0.0
  IpForwDatagrams                 7                  0.0
  IpReasmReqds                    0                  0.0
  IpReasmOKs                      0                  0.0
  IpFragOKs                       2                  0.0
  IpFragCreates                   4                  0.0
  IpOutTransmits                  9                  0.0
  $ ip netns exec b nstat -asz IpReasmReqds IpReasmOKs IpInReceives
  #kernel
  IpInReceives                    4                  0.0
  IpReasmReqds                    4                  0.0
  IpReasmOKs                      1                  0.0
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
  $ ip netns exec b tcpdump -n -t -i b0 -c 7 icmp > dump 2>/dev/null &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 -s 3000 10.0.2.2 | sed -n 2p | sed -E 's/time=.*//'
  3008 bytes from 10.0.2.2: icmp_seq=1 ttl=63 
  $ wait; cat dump | sed -E 's/id [0-9]+/id N/'
  IP 10.0.1.2 > 10.0.2.2: ICMP echo request, id N, seq 1, length 976
  IP 10.0.1.2 > 10.0.2.2: ip-proto-1
  IP 10.0.1.2 > 10.0.2.2: ip-proto-1
  IP 10.0.1.2 > 10.0.2.2: ip-proto-1
  IP 10.0.2.2 > 10.0.1.2: ICMP echo reply, id N, seq 1, length 1480
  IP 10.0.2.2 > 10.0.1.2: ip-proto-1
  IP 10.0.2.2 > 10.0.1.2: ip-proto-1
  $ ip netns exec r nstat -asz IpReasmReqds IpReasmOKs IpFragOKs IpFragCreates IpForwDatagrams IpInReceives IpOutTransmits
  #kernel
  IpInReceives                    14                 0.0
  IpForwDatagrams                 9                  0.0
  IpReasmReqds                    7                  0.0
  IpReasmOKs                      2                  0.0
  IpFragOKs                       4                  0.0
  IpFragCreates                   12                 0.0
  IpOutTransmits                  17                 0.0
  $ ip netns exec b nstat -asz IpReasmReqds IpReasmOKs IpInReceives
  #kernel
  IpInReceives                    8                  0.0
  IpReasmReqds                    8                  0.0
  IpReasmOKs                      2                  0.0
  $ ip netns exec a ping -c 1 -s 3000 -M do 10.0.2.2 | sed -n 2p | sed -E 's/time=.*//'
  ping: local error: message too long, mtu=1000
  $ ip netns exec r conntrack -L 2>&1 | sed -E 's/ +[0-9]+ / T /; s/id=[0-9]+/id=N/g'
  conntrack v1.4.7 (conntrack-tools): T flow entries have been shown.
  icmp T 28 src=10.0.1.2 dst=10.0.2.2 type=8 code=0 id=N src=10.0.2.2 dst=10.0.1.2 type=0 code=0 id=N mark=0 use=1
