RFC 3168 6.1.1.1 fallback: a SYN asking for ECN (ECE|CWR) that is dropped goes again without them when tcp_ecn_fallback is 1 (tcp_ecn_clear_syn() in __tcp_retransmit_skb()), and the connection runs without ECN; with tcp_ecn_fallback 0 every retry keeps ECE|CWR and a path that drops them never connects. A route's `features ecn` on the listener's side accepts ECN with tcp_ecn 0 there (tcp_ecn_create_request(): the destination's feature), and on the client's asks even with tcp_ecn 0 (tcp_ecn_send_syn()).
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name v2 netns h2 address 02:00:00:00:0b:01
  $ ip -n h1 link set v1 up
  $ ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ for d in 2 3; do ip -n h2 addr add 10.0.0.$d/24 dev v2; done
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv4.tcp_congestion_control=reno; done
  $ ip netns exec h1 sysctl -qw net.ipv4.tcp_ecn=1
  $ ip netns exec h1 sysctl -qw net.ipv4.tcp_syn_retries=1
  $ ip netns exec h2 iptables -A INPUT -p tcp -d 10.0.0.2 --syn -m ecn --ecn-tcp-cwr -j DROP
  $ ip netns exec h2 sh -c 'nc -l 10.0.0.2 5001 > /dev/null & sleep 0.2'
  $ ip netns exec h1 tcpdump -n -l -i v1 'tcp[tcpflags] & tcp-syn != 0' > dump 2>/dev/null & sleep 0.5
  $ ip netns exec h1 sh -c '(echo hi; sleep 2) | nc -N 10.0.0.2 5001 & sleep 1.5'
  $ ip netns exec h1 ss -Htino dst 10.0.0.2 | sed -nE 's/^.*(ts sack[a-z ]*) reno .*$/\1/p'
  ts sack
  $ sleep 1; kill %1; wait; sed -E 's/^[0-9:.]+ //; s/, seq .*//; s/\.[0-9]+ > / > /; s/\.[0-9]+: Flags/: Flags/' dump
  IP 10.0.0.1 > 10.0.0.2: Flags [SEW]
  IP 10.0.0.1 > 10.0.0.2: Flags [S]
  IP 10.0.0.2 > 10.0.0.1: Flags [S.]
  $ ip netns exec h1 sysctl -w net.ipv4.tcp_ecn_fallback=0
  net.ipv4.tcp_ecn_fallback = 0
  $ ip netns exec h2 sh -c 'nc -l 10.0.0.2 5001 > /dev/null & sleep 0.2'
  $ ip netns exec h1 tcpdump -n -l -i v1 'tcp[tcpflags] & tcp-syn != 0' > dump 2>/dev/null & sleep 0.5
  $ ip netns exec h1 sh -c 'echo hi | nc -N 10.0.0.2 5001'
  [1]
  $ sleep 0.5; kill %1; wait; sed -E 's/^[0-9:.]+ //; s/, seq .*//; s/\.[0-9]+ > / > /; s/\.[0-9]+: Flags/: Flags/' dump
  IP 10.0.0.1 > 10.0.0.2: Flags [SEW]
  IP 10.0.0.1 > 10.0.0.2: Flags [SEW]
  IP 10.0.0.1 > 10.0.0.2: Flags [SEW]
  $ ip netns exec h2 iptables -L INPUT -v -n -x | sed -E 's/ +/ /g'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   4 240 DROP 6 -- * * 0.0.0.0/0 10.0.0.2 tcp flags:0x17/0x02 ECN match CWR
  $ ip netns exec h1 nstat -az TcpExtTCPSynRetrans TcpActiveOpens TcpAttemptFails | sed -E 's/ +/ /g'
  #kernel
  TcpActiveOpens 2 0.0
  TcpAttemptFails 1 0.0
  TcpExtTCPSynRetrans 3 0.0
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv4.tcp_ecn=0; done
  $ ip -n h2 route add 10.0.0.1/32 dev v2 features ecn
  $ ip -n h1 route add 10.0.0.3/32 dev v1 features ecn
  $ ip netns exec h2 sh -c 'for d in 2 3; do nc -l 10.0.0.$d 5002 > /dev/null & done; sleep 0.2'
  $ ip netns exec h1 tcpdump -n -l -i v1 -c 4 'tcp[tcpflags] & tcp-syn != 0' > dump 2>/dev/null & sleep 0.5
  $ ip netns exec h1 sh -c 'for d in 2 3; do (echo hi; sleep 1) | nc -N 10.0.0.$d 5002 & done; sleep 0.5'
  $ for d in 2 3; do ip netns exec h1 ss -Htino dst 10.0.0.$d | sed -nE 's/^.*(ts sack[a-z ]*) reno .*$/\1/p'; ip netns exec h2 ss -Htino src 10.0.0.$d | sed -nE 's/^.*(ts sack[a-z ]*) reno .*$/\1/p'; done
  ts sack
  ts sack
  ts sack ecn
  ts sack ecn ecnseen
  $ wait; sed -E 's/^[0-9:.]+ //; s/, seq .*//; s/\.[0-9]+ > / > /; s/\.[0-9]+: Flags/: Flags/' dump | sort
  IP 10.0.0.1 > 10.0.0.2: Flags [S]
  IP 10.0.0.1 > 10.0.0.3: Flags [SEW]
  IP 10.0.0.2 > 10.0.0.1: Flags [S.]
  IP 10.0.0.3 > 10.0.0.1: Flags [S.E]
  $ ip -n h2 route del 10.0.0.1/32 dev v2
  $ ip netns exec h2 sh -c 'nc -l 10.0.0.3 5003 > /dev/null & sleep 0.2'
  $ ip netns exec h1 tcpdump -n -l -i v1 -c 2 'tcp[tcpflags] & tcp-syn != 0' > dump 2>/dev/null & sleep 0.5
  $ ip netns exec h1 sh -c 'echo hi | nc -N 10.0.0.3 5003'
  $ wait; sed -E 's/^[0-9:.]+ //; s/, seq .*//; s/\.[0-9]+ > / > /; s/\.[0-9]+: Flags/: Flags/' dump
  IP 10.0.0.1 > 10.0.0.3: Flags [SEW]
  IP 10.0.0.3 > 10.0.0.1: Flags [S.]

