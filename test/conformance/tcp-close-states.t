TCP close states in ss after each half-close: a client's shutdown(SHUT_WR) (nc -N) leaves it in FIN-WAIT-2 and the server in CLOSE-WAIT until the server closes; a client that closes at once (nc -q 0) gets the ACK of its FIN with the server's FIN and goes to TIME-WAIT without a FIN-WAIT-2 timewait socket first (TcpExtTW, not TWKilled); a server whose FIN is never ACKed sits in LAST-ACK retransmitting it; the counters.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sysctl -w net.ipv4.tcp_fin_timeout=2
  net.ipv4.tcp_fin_timeout = 2
  $ ip netns exec b sh -c 'sleep 2 | socat -t 5 TCP-LISTEN:5000 - > s1.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo one | nc -N -p 40000 10.0.0.2 5000 > c1.out 2>&1 & sleep 0.5'
  $ ip netns exec a ss -Htan | sort
  FIN-WAIT-2 0      0      10.0.0.1:40000 10.0.0.2:5000
  $ ip netns exec b ss -Htan | sort
  CLOSE-WAIT 0      0      10.0.0.2:5000 10.0.0.1:40000
  $ ip netns exec a ss -Htan state fin-wait-2
  0      0      10.0.0.1:40000 10.0.0.2:5000
  $ ip netns exec b ss -Htan state close-wait
  0      0      10.0.0.2:5000 10.0.0.1:40000
  $ sleep 2
  $ ip netns exec a ss -Htan | sort
  TIME-WAIT 0      0      10.0.0.1:40000 10.0.0.2:5000
  $ ip netns exec b ss -Htan | sort
  $ cat s1.out c1.out
  one
  $ ip netns exec b sh -c 'nc -l -p 5001 > s2.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo two | nc -q 0 -p 40001 10.0.0.2 5001; echo rc=$?'
  rc=0
  $ sleep 0.3
  $ ip netns exec a ss -Htano state fin-wait-2 | sed -E 's/timewait,[0-9.]+(ms|sec)/timewait,T/'
  $ ip netns exec b ss -Htan state close-wait
  $ sleep 2
  $ ip netns exec a ss -Htan | sort
  TIME-WAIT 0      0      10.0.0.1:40000 10.0.0.2:5000
  TIME-WAIT 0      0      10.0.0.1:40001 10.0.0.2:5001
  $ ip netns exec a nstat -az TcpExtTW TcpExtTWKilled | tail -n +2
  TcpExtTW                        2                  0.0
  TcpExtTWKilled                  0                  0.0
  $ sleep 2
  $ ip netns exec b ss -Htan | sort
  $ cat s2.out
  two
  $ ip netns exec a nstat -az TcpOutRsts TcpExtTW TcpExtTCPAbortOnClose TcpEstabResets | tail -n +2
  TcpEstabResets                  0                  0.0
  TcpOutRsts                      0                  0.0
  TcpExtTW                        2                  0.0
  TcpExtTCPAbortOnClose           0                  0.0
  $ ip netns exec b nstat -az TcpEstabResets TcpInErrs TcpExtTCPAbortOnData TcpCurrEstab | tail -n +2
  TcpEstabResets                  0                  0.0
  TcpInErrs                       0                  0.0
  TcpExtTCPAbortOnData            0                  0.0
  $ ip netns exec a iptables -A INPUT -p tcp --sport 5002 --tcp-flags FIN FIN -j DROP
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5002 OPEN:s3.out,creat 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo three | nc -N -p 40002 10.0.0.2 5002 > /dev/null 2>&1 & sleep 0.5'
  $ ip netns exec b ss -Htano | sed -E 's/timer:\(on,[^)]*\)/timer:(on,T)/' | sort
  LAST-ACK 0      1      10.0.0.2:5002 10.0.0.1:40002 timer:(on,T)
  $ ip netns exec a ss -Htan | sort
  FIN-WAIT-2 0      0      10.0.0.1:40002 10.0.0.2:5002
  TIME-WAIT  0      0      10.0.0.1:40000 10.0.0.2:5000
  TIME-WAIT  0      0      10.0.0.1:40001 10.0.0.2:5001
  $ ip netns exec b ss -Htan state last-ack
  0      1      10.0.0.2:5002 10.0.0.1:40002
  $ ip netns exec b ss -Htan state connected | sort
  LAST-ACK 0      1      10.0.0.2:5002 10.0.0.1:40002
  $ ip netns exec b ss -Htan state synchronized | sort
  LAST-ACK 0      1      10.0.0.2:5002 10.0.0.1:40002
  $ ip netns exec b ss -Htan state big | sort
  LAST-ACK 0      1      10.0.0.2:5002 10.0.0.1:40002
  $ sleep 1; ip netns exec a iptables -D INPUT 1; sleep 2.5
  $ ip netns exec b ss -Htan | sort
  $ ip netns exec a ss -Htan | sort
  TIME-WAIT 0      0      10.0.0.1:40000 10.0.0.2:5000
  TIME-WAIT 0      0      10.0.0.1:40001 10.0.0.2:5001
  TIME-WAIT 0      0      10.0.0.1:40002 10.0.0.2:5002
  $ cat s3.out
  three
  $ ip netns exec b grep Tcp: /proc/net/snmp | awk '{$13 = "-"; print}'
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs - InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 3 0 0 0 16 11 - 0 0 0
  $ ip netns exec a grep Tcp: /proc/net/snmp
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 3 0 0 0 0 11 15 1 0 0 0
  $ ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill; sleep 0.2


