ECN through a syncookie (tcp_syncookies 2: every SYN gets one): the cookie SYN-ACK answers ECE, the agreement rides in the low bits of its timestamp (cookie_init_timestamp(): TS_OPT_ECN) and the child made from the ACK has ECN (cookie_ecn_ok()); without timestamps nothing carries it and the child has none although the SYN-ACK said ECE.
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name v2 netns h2 address 02:00:00:00:0b:01
  $ ip -n h1 link set v1 up
  $ ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ ip -n h2 addr add 10.0.0.2/24 dev v2
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv4.tcp_congestion_control=reno; done
  $ ip netns exec h1 sysctl -qw net.ipv4.tcp_ecn=1
  $ ip netns exec h2 sysctl -qw net.ipv4.tcp_syncookies=2
  $ ip netns exec h2 sh -c 'nc -l 10.0.0.2 5001 > /dev/null & sleep 0.2'
  $ ip netns exec h1 tcpdump -n -l -i v1 -c 2 'tcp[tcpflags] & tcp-syn != 0' > dump 2>/dev/null & sleep 0.5
  $ ip netns exec h1 sh -c '(echo hi; sleep 1) | nc -N 10.0.0.2 5001 & sleep 0.5'; ip netns exec h2 ss -Htino src 10.0.0.2 | sed -nE 's/^[[:space:]]+([a-z ]*)reno .*$/[\1]/p'
  [ts sack ecn ecnseen ]
  $ wait; sed -E 's/^[0-9:.]+ //; s/, seq .*//; s/\.[0-9]+ > / > /; s/\.[0-9]+: Flags/: Flags/' dump
  IP 10.0.0.1 > 10.0.0.2: Flags [SEW]
  IP 10.0.0.2 > 10.0.0.1: Flags [S.E]
  $ ip netns exec h2 nstat -az TcpExtSyncookiesSent TcpExtSyncookiesRecv | sed -E 's/ +/ /g'
  #kernel
  TcpExtSyncookiesSent 1 0.0
  TcpExtSyncookiesRecv 1 0.0
  $ ip netns exec h1 sysctl -qw net.ipv4.tcp_timestamps=0
  $ ip netns exec h2 sh -c 'nc -l 10.0.0.2 5001 > /dev/null & sleep 0.2'
  $ ip netns exec h1 tcpdump -n -l -i v1 -c 2 'tcp[tcpflags] & tcp-syn != 0' > dump 2>/dev/null & sleep 0.5
  $ ip netns exec h1 sh -c '(echo hi; sleep 1) | nc -N 10.0.0.2 5001 & sleep 0.5'; ip netns exec h2 ss -Htino src 10.0.0.2 | sed -nE 's/^[[:space:]]+([a-z ]*)reno .*$/[\1]/p'; ip netns exec h1 ss -Htino dst 10.0.0.2 | sed -nE 's/^[[:space:]]+([a-z ]*)reno .*$/[\1]/p'
  []
  []
  $ wait; sed -E 's/^[0-9:.]+ //; s/, seq .*//; s/\.[0-9]+ > / > /; s/\.[0-9]+: Flags/: Flags/' dump
  IP 10.0.0.1 > 10.0.0.2: Flags [SEW]
  IP 10.0.0.2 > 10.0.0.1: Flags [S.]

