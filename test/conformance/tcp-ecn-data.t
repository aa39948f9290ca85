ECN on the wire once agreed (h1 with tcp_ecn 1, h2 with the default 2, through router r0): data goes out ECT(0) (tcpdump -v "tos 0x2,ECT(0)"), SYNs, pure ACKs and the FIN without data Not-ECT (tcp_ecn_send(): INET_ECN_xmit()/INET_ECN_dontxmit()); the router forwards the bits untouched; ss -o shows "ecn" on both ends, "ecnseen" on the one that received ECT data; IpExt counts the ECN field of what arrives.
  $ for n in h1 r0 h2; do ip netns add $n; done
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name r1 netns r0 address 02:00:00:00:0a:fe
  $ ip link add v2 netns h2 address 02:00:00:00:0b:01 type veth peer name r2 netns r0 address 02:00:00:00:0b:fe
  $ for l in h1/v1 r0/r1 r0/r2 h2/v2; do ip -n ${l%/*} link set ${l#*/} up; done
  $ ip -n h1 addr add 10.0.1.1/24 dev v1
  $ ip -n r0 addr add 10.0.1.254/24 dev r1
  $ ip -n r0 addr add 10.0.2.254/24 dev r2
  $ ip -n h2 addr add 10.0.2.2/24 dev v2
  $ ip -n h1 route add default via 10.0.1.254
  $ ip -n h2 route add default via 10.0.2.254
  $ ip netns exec r0 sysctl -qw net.ipv4.ip_forward=1
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv4.tcp_congestion_control=reno; done
  $ ip netns exec h1 sysctl -w net.ipv4.tcp_ecn=1
  net.ipv4.tcp_ecn = 1
  $ ip netns exec h2 sh -c 'nc -l 10.0.2.2 5001 > /dev/null & sleep 0.2'
  $ ip netns exec h2 tcpdump -v -n -l -i v2 'tcp port 5001' > dump 2>/dev/null & sleep 0.5
  $ ip netns exec h1 sh -c '(echo hi; sleep 0.5; echo there; sleep 1) | nc -N 10.0.2.2 5001 & sleep 1'
  $ ip netns exec h1 ss -Htino dst 10.0.2.2 | sed -nE 's/^.*(ts sack[a-z ]*) reno .*$/\1/p'
  ts sack ecn
  $ ip netns exec h2 ss -Htino src 10.0.2.2 | sed -nE 's/^.*(ts sack[a-z ]*) reno .*$/\1/p'
  ts sack ecn ecnseen
  $ sleep 1.5; kill %1; wait; sed -nE 's/^[0-9:.]+ IP \(tos ([^ ]+), ttl ([0-9]+),.*$/tos \1 ttl \2/p; s/^ +([0-9.]+)\.[0-9]+ > ([0-9.]+)\.[0-9]+: Flags \[([^]]*)\],.* length ([0-9]+)$/\1 > \2 [\3] \4/p' dump
  tos 0x0 ttl 63
  10.0.1.1 > 10.0.2.2 [SEW] 0
  tos 0x0 ttl 64
  10.0.2.2 > 10.0.1.1 [S.E] 0
  tos 0x0 ttl 63
  10.0.1.1 > 10.0.2.2 [.] 0
  tos 0x2,ECT(0) ttl 63
  10.0.1.1 > 10.0.2.2 [P.] 3
  tos 0x0 ttl 64
  10.0.2.2 > 10.0.1.1 [.] 0
  tos 0x2,ECT(0) ttl 63
  10.0.1.1 > 10.0.2.2 [P.] 6
  tos 0x0 ttl 64
  10.0.2.2 > 10.0.1.1 [.] 0
  tos 0x0 ttl 63
  10.0.1.1 > 10.0.2.2 [F.] 0
  tos 0x0 ttl 64
  10.0.2.2 > 10.0.1.1 [F.] 0
  tos 0x0 ttl 63
  10.0.1.1 > 10.0.2.2 [.] 0
  $ ip netns exec h2 nstat -az IpExtInNoECTPkts IpExtInECT0Pkts IpExtInECT1Pkts IpExtInCEPkts
  #kernel
  IpExtInNoECTPkts                4                  0.0
  IpExtInECT1Pkts                 0                  0.0
  IpExtInECT0Pkts                 2                  0.0
  IpExtInCEPkts                   0                  0.0
  $ ip netns exec r0 nstat -az IpExtInNoECTPkts IpExtInECT0Pkts IpExtInCEPkts
  #kernel
  IpExtInNoECTPkts                8                  0.0
  IpExtInECT0Pkts                 2                  0.0
  IpExtInCEPkts                   0                  0.0
