An orphan in FIN-WAIT-2 (the client closed, the server's FIN is dropped on its way back): a timewait socket in substate FIN_WAIT2 for tcp_fin_timeout; /proc/net/tcp prints it in the timewait format (state 05, timer 3), ss -o its timewait timer; the server sits in LAST-ACK; once the FIN gets through the timewait socket moves to TIME_WAIT (tcp_timewait_state_process()) and the server is done.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sysctl -qw net.ipv4.tcp_fin_timeout=30
  $ ip netns exec a iptables -A INPUT -p tcp --sport 5000 --tcp-flags FIN FIN -j DROP
  $ ip netns exec b sh -c 'nc -l -p 5000 > got 2>&1 & sleep 0.3'
  $ echo one | ip netns exec a socat -u - TCP:10.0.0.2:5000,sourceport=40000; echo rc=$?
  rc=0
  $ sleep 0.3; cat got
  one
  $ ip netns exec a ss -Htano | sed -E 's/timewait,[0-9.]+sec/timewait,T/'
  FIN-WAIT-2 0      0      10.0.0.1:40000 10.0.0.2:5000 timer:(timewait,T,0)
  $ ip netns exec a ss -Htan state fin-wait-2
  0      0      10.0.0.1:40000 10.0.0.2:5000
  $ ip netns exec a ss -Htan state time-wait
  $ ip netns exec a cat /proc/net/tcp | awk 'NR > 1 {print $2, $3, $4, $5, substr($6, 1, 3), $7, $8, $9, $10, $11}'
  0100000A:9C40 0200000A:1388 05 00000000:00000000 03: 00000000 0 0 0 3
  $ ip netns exec b ss -Htano | sed -E 's/timer:\(on,[^)]*\)/timer:(on,T)/'
  LAST-ACK 0      1      10.0.0.2:5000 10.0.0.1:40000 timer:(on,T)
  $ ip netns exec a nstat -az TcpExtTW TcpExtTWKilled TcpCurrEstab TcpExtTCPAbortOnClose | tail -n +2
  TcpExtTW                        1                  0.0
  TcpExtTWKilled                  0                  0.0
  TcpExtTCPAbortOnClose           0                  0.0
  $ sleep 1; ip netns exec a iptables -D INPUT 1; sleep 2.5
  $ ip netns exec a ss -Htano | sed -E 's/timewait,[0-9.]+sec/timewait,T/'
  TIME-WAIT 0      0      10.0.0.1:40000 10.0.0.2:5000 timer:(timewait,T,0)
  $ ip netns exec a cat /proc/net/tcp | awk 'NR > 1 {print $2, $3, $4, $5, substr($6, 1, 3), $7, $8, $9, $10, $11}'
  0100000A:9C40 0200000A:1388 06 00000000:00000000 03: 00000000 0 0 0 3
  $ ip netns exec b ss -Htan
  $ ip netns exec a nstat -az TcpExtTW TcpExtTWKilled TcpInSegs TcpOutSegs TcpExtTWRecycled TcpExtTCPTimeWaitOverflow | tail -n +2
  TcpInSegs                       4                  0.0
  TcpOutSegs                      5                  0.0
  TcpExtTW                        1                  0.0
  TcpExtTWRecycled                0                  0.0
  TcpExtTWKilled                  0                  0.0
  TcpExtTCPTimeWaitOverflow       0                  0.0
  $ ip netns exec b nstat -az TcpRetransSegs TcpExtTCPTimeouts TcpOutRsts | tail -n +2
  TcpRetransSegs                  4                  0.0
  TcpOutRsts                      0                  0.0
  TcpExtTCPTimeouts               3                  0.0
