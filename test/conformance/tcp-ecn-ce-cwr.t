A router that marks CE (r0: iptables TOS --set-tos 0x03/0x03 on ECT(0) packets, the ecn match): the receiver h2 answers each CE with ECE until data with CWR comes (tcp_ecn_check_ce(), tcp_ecn_accept_cwr()); the sender h1 reduces its window once per window of data (tcp_enter_cwr(): the CWR state, ssthresh from reno) and sets CWR on its next new data (tcp_ecn_queue_cwr(), tcp_ecn_send()); tcpdump shows E and W, ss the ssthresh and cwnd left.
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
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv4.tcp_ecn=1; done
  $ ip netns exec r0 iptables -t mangle -A FORWARD -p tcp -m ecn --ecn-ip-ect 2 -j TOS --set-tos 0x03/0x03
  $ ip netns exec r0 iptables -t mangle -S FORWARD
  -P FORWARD ACCEPT
  -A FORWARD -p tcp -m ecn --ecn-ip-ect 2 -j TOS --set-tos 0x03/0x03
  $ ip netns exec h2 sh -c 'nc -l 10.0.2.2 5001 > /dev/null & sleep 0.2'
  $ ip netns exec h1 tcpdump -v -n -l -i v1 'tcp port 5001' > dump 2>/dev/null & sleep 0.5
  $ ip netns exec h1 sh -c '(echo a; sleep 0.3; echo b; sleep 0.3; echo c; sleep 0.3; echo d; sleep 1) | nc -N 10.0.2.2 5001 & sleep 1.5'
  $ ip netns exec h1 ss -Htino dst 10.0.2.2 | grep -oE ' (ecn|ecnseen|cwnd:[0-9]+|ssthresh:[0-9]+)'
   ecn
   cwnd:2
   ssthresh:2
  $ ip netns exec h2 ss -Htino src 10.0.2.2 | grep -oE ' (ecn|ecnseen|cwnd:[0-9]+|ssthresh:[0-9]+)'
   ecn
   ecnseen
   cwnd:10
  $ sleep 1.5; kill %1; wait; sed -nE 's/^[0-9:.]+ IP \(tos ([^ ]+), ttl ([0-9]+),.*$/tos \1 ttl \2/p; s/^ +([0-9.]+)\.[0-9]+ > ([0-9.]+)\.[0-9]+: Flags \[([^]]*)\],.* length ([0-9]+)$/\1 > \2 [\3] \4/p' dump
  tos 0x0 ttl 64
  10.0.1.1 > 10.0.2.2 [SEW] 0
  tos 0x0 ttl 63
  10.0.2.2 > 10.0.1.1 [S.E] 0
  tos 0x0 ttl 64
  10.0.1.1 > 10.0.2.2 [.] 0
  tos 0x2,ECT(0) ttl 64
  10.0.1.1 > 10.0.2.2 [P.] 2
  tos 0x0 ttl 63
  10.0.2.2 > 10.0.1.1 [.E] 0
  tos 0x2,ECT(0) ttl 64
  10.0.1.1 > 10.0.2.2 [P.W] 2
  tos 0x0 ttl 63
  10.0.2.2 > 10.0.1.1 [.E] 0
  tos 0x2,ECT(0) ttl 64
  10.0.1.1 > 10.0.2.2 [P.W] 2
  tos 0x0 ttl 63
  10.0.2.2 > 10.0.1.1 [.E] 0
  tos 0x2,ECT(0) ttl 64
  10.0.1.1 > 10.0.2.2 [P.W] 2
  tos 0x0 ttl 63
  10.0.2.2 > 10.0.1.1 [.E] 0
  tos 0x0 ttl 64
  10.0.1.1 > 10.0.2.2 [F.] 0
  tos 0x0 ttl 63
  10.0.2.2 > 10.0.1.1 [F.E] 0
  tos 0x0 ttl 64
  10.0.1.1 > 10.0.2.2 [.] 0
  $ ip netns exec h2 nstat -az IpExtInNoECTPkts IpExtInECT0Pkts IpExtInCEPkts
  #kernel
  IpExtInNoECTPkts                4                  0.0
  IpExtInECT0Pkts                 0                  0.0
  IpExtInCEPkts                   4                  0.0
  $ ip netns exec r0 iptables -t mangle -L FORWARD -v -n -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         4      216 TOS        6    --  *      *       0.0.0.0/0            0.0.0.0/0            ECN match ECT=2 TOS set 0x03/0x03
