TCP connections between two local addresses closed in different orders, with ss's view of both ends after each: the client killed first (the server end sees the FIN), the server killed first, a half-close with nc -N while the other side keeps its end open, a connection refused, and the TIME-WAIT sockets the active closer keeps; nstat's TCP counters at the end.
  $ ip netns add h
  $ ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add eth1 netns h address 02:00:00:00:00:e1 type veth peer name eth2 netns h address 02:00:00:00:00:e2
  $ for d in lo eth1 eth2; do ip -n h link set $d up; done
  $ ip -n h addr add 192.168.1.1/24 dev eth1
  $ ip -n h addr add 192.168.2.2/24 dev eth2
  $ ip netns exec h sh -c 'sleep 30 | nc -l -s 192.168.1.1 -p 7100 > a.out & sleep 0.3'
  $ ip netns exec h sh -c 'sleep 30 | nc -s 192.168.2.2 -p 7101 192.168.1.1 7100 & echo $! > c1.pid; sleep 0.3'
  $ ip netns exec h ss -Htan | sed -E 's/ +/ /g; s/ $//' | sort
  ESTAB 0 0 192.168.1.1:7100 192.168.2.2:7101
  ESTAB 0 0 192.168.2.2:7101 192.168.1.1:7100
  LISTEN 0 1 192.168.1.1:7100 0.0.0.0:*
  $ ip netns exec h sh -c 'kill $(cat c1.pid)'; sleep 0.3
  $ ip netns exec h ss -Htan | sed -E 's/ +/ /g; s/ $//' | sort
  TIME-WAIT 0 0 192.168.2.2:7101 192.168.1.1:7100
  $ ip netns exec h sh -c 'sleep 30 | nc -l -s 192.168.1.1 -p 7200 > b.out & echo $! > s2.pid; sleep 0.3'
  $ ip netns exec h sh -c 'sleep 30 | nc -s 192.168.2.2 -p 7201 192.168.1.1 7200 & sleep 0.3'
  $ ip netns exec h sh -c 'kill $(cat s2.pid)'; sleep 0.3
  $ ip netns exec h ss -Htan sport = :7200 or dport = :7200 | sed -E 's/ +/ /g; s/ $//' | sort
  CLOSE-WAIT 0 0 192.168.2.2:7201 192.168.1.1:7200
  FIN-WAIT-2 0 0 192.168.1.1:7200 192.168.2.2:7201
  $ ip netns exec h sh -c 'sleep 30 | nc -l -s 192.168.1.1 -p 7300 > c.out & sleep 0.3'
  $ ip netns exec h sh -c 'echo half | nc -N -s 192.168.2.2 -p 7301 192.168.1.1 7300 & sleep 0.3'
  $ ip netns exec h ss -Htan sport = :7300 or dport = :7300 | sed -E 's/ +/ /g; s/ $//' | sort
  TIME-WAIT 0 0 192.168.2.2:7301 192.168.1.1:7300
  $ cat c.out
  half
  $ ip netns exec h nc -s 192.168.2.2 -p 7401 192.168.1.1 7400; echo rc=$?
  rc=1
  $ ip netns exec h ss -Htan state time-wait | sed -E 's/ +/ /g; s/ $//' | sort
  0 0 192.168.2.2:7101 192.168.1.1:7100
  0 0 192.168.2.2:7301 192.168.1.1:7300
  $ ip netns exec h nstat -asz TcpActiveOpens TcpPassiveOpens TcpAttemptFails TcpEstabResets TcpCurrEstab TcpOutRsts TcpExtTCPAbortOnClose
  #kernel
  TcpActiveOpens                  4                  0.0
  TcpPassiveOpens                 3                  0.0
  TcpAttemptFails                 1                  0.0
  TcpEstabResets                  0                  0.0
  TcpOutRsts                      1                  0.0
  TcpExtTCPAbortOnClose           0                  0.0
  $ ip netns pids h | xargs -r kill
