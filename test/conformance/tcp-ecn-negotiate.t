ECN negotiation for every pair of net.ipv4.tcp_ecn values (RFC 3168; tcp_ecn_send_syn(), tcp_ecn_create_request(), tcp_ecn_rcv_synack()): only tcp_ecn 1 asks (SYN with ECE|CWR, [SEW]); a peer with 1 or 2 answers ECE ([S.E]), 0 refuses; the listener's tcp_ecn decides alone, the client's 2 never asks; a SYN that arrives ECT (here marked ECT(0) by a TOS rule) is refused ECN. Out-of-range values are refused.
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name v2 netns h2 address 02:00:00:00:0b:01
  $ ip -n h1 link set v1 up
  $ ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ ip -n h2 addr add 10.0.0.2/24 dev v2
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv4.tcp_congestion_control=reno; done
  $ ip netns exec h1 sysctl net.ipv4.tcp_ecn net.ipv4.tcp_ecn_fallback
  net.ipv4.tcp_ecn = 2
  net.ipv4.tcp_ecn_fallback = 1
  $ ip netns exec h1 sysctl -w net.ipv4.tcp_ecn=3
  sysctl: setting key "net.ipv4.tcp_ecn": Invalid argument
  [1]
  $ ip netns exec h1 sysctl -w net.ipv4.tcp_ecn=-1
  sysctl: setting key "net.ipv4.tcp_ecn": Invalid argument
  [1]
  $ ip netns exec h1 bash -c "echo 7 > /proc/sys/net/ipv4/tcp_ecn"; echo rc=$?
  bash: line 1: echo: write error: Invalid argument
  rc=1
  $ ip netns exec h1 cat /proc/sys/net/ipv4/tcp_ecn
  2
  $ for c in 0 1 2; do for s in 0 1 2; do ip netns exec h1 sysctl -qw net.ipv4.tcp_ecn=$c; ip netns exec h2 sysctl -qw net.ipv4.tcp_ecn=$s; ip netns exec h2 sh -c 'nc -l 10.0.0.2 5001 > /dev/null & sleep 0.2'; ip netns exec h1 tcpdump -n -l -i v1 -c 2 'tcp[tcpflags] & tcp-syn != 0' > dump 2>/dev/null & sleep 0.5; ip netns exec h1 sh -c 'echo hi | nc -N 10.0.0.2 5001'; wait; echo $c $s: $(sed -E 's/.*Flags \[([^]]*)\].*/\1/' dump); done; done
  0 0: S S.
  0 1: S S.
  0 2: S S.
  1 0: SEW S.
  1 1: SEW S.E
  1 2: SEW S.E
  2 0: S S.
  2 1: S S.
  2 2: S S.
  $ ip netns exec h1 sysctl -qw net.ipv4.tcp_ecn=1
  $ ip netns exec h1 iptables -t mangle -A OUTPUT -p tcp --syn -j TOS --set-tos 0x02/0x03
  $ ip netns exec h2 sh -c 'nc -l 10.0.0.2 5001 > /dev/null & sleep 0.2'
  $ ip netns exec h1 tcpdump -v -n -l -i v1 -c 2 'tcp[tcpflags] & tcp-syn != 0' > dump 2>/dev/null & sleep 0.5
  $ ip netns exec h1 sh -c '(echo hi; sleep 0.5) | nc -N 10.0.0.2 5001 & sleep 0.2'; ip netns exec h2 ss -Htino src 10.0.0.2 | sed -nE 's/^.*(ts sack[a-z ]*) reno .*$/\1/p'
  ts sack
  $ wait; sed -nE 's/^.*\(tos ([^ ]+), .*$/tos \1/p; s/^.*Flags \[([^]]*)\].*$/\1/p' dump
  tos 0x2,ECT(0)
  SEW
  tos 0x0
  S.
