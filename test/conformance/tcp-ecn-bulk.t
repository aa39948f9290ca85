A bulk transfer through a router that marks every 4th ECT(0) packet CE (iptables statistic nth + TOS): the receiver echoes ECE, the sender enters CWR at most once per window (ssthresh halves each time, PRR paces the reduction), sets CWR once per reduction; nothing is retransmitted and no loss recovery happens.
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
  $ ip netns exec r0 iptables -t mangle -A FORWARD -p tcp -m ecn --ecn-ip-ect 2 -m statistic --mode nth --every 4 --packet 0 -j TOS --set-tos 0x03/0x03
  $ ip netns exec h2 sh -c 'nc -l 10.0.2.2 5001 > /dev/null & sleep 0.2'
  $ ip netns exec h1 tcpdump -n -l -i v1 'tcp port 5001' > dump 2>/dev/null & sleep 0.5
  $ ip netns exec h1 sh -c '(head -c 200000 /dev/zero; sleep 1) | nc -N 10.0.2.2 5001 & sleep 0.5'
  $ ip netns exec h1 ss -Htino dst 10.0.2.2 | grep -oE ' (ecn|ecnseen|cwnd:[0-9]+|ssthresh:[0-9]+|retrans:[0-9/]+|bytes_acked:[0-9]+)'
   ecn
   cwnd:2
   ssthresh:2
   bytes_acked:200001
  $ sleep 1; kill %1; wait; grep -c 'Flags \[[^]S]*W' dump; grep -c '10.0.2.2.5001 > .*Flags \[[^]S]*E' dump
  ^[1-9][0-9]*$ (re)
  ^[1-9][0-9]*$ (re)
  $ ip netns exec h1 nstat -az TcpRetransSegs TcpExtTCPSackRecovery TcpExtTCPRenoRecovery TcpExtTCPLossProbes | sed -E 's/ +/ /g'
  #kernel
  TcpRetransSegs 0 0.0
  TcpExtTCPRenoRecovery 0 0.0
  TcpExtTCPSackRecovery 0 0.0
  TcpExtTCPLossProbes 0 0.0
  $ ip netns exec r0 iptables -t mangle -L FORWARD -v -n -x | sed -E 's/ +/ /g'
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   * * TOS 6 -- * * 0.0.0.0/0 0.0.0.0/0 ECN match ECT=2 statistic mode nth every 4 TOS set 0x03/0x03 (glob)

