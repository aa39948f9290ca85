socat -u ends with shutdown(SHUT_RDWR) and exit: the peer's FIN, sent when the server side saw EOF, arrives before the client's descriptor is closed, so the client waits in TIME_WAIT (TcpExtTW) and not as an orphan in FIN_WAIT2 timed by tcp_fin_timeout (TcpExtTWKilled); nc -N waits for the peer's EOF itself. The server socat's shutdown sends its FIN at once (LAST-ACK gone by the next look).
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sysctl -qw net.ipv4.tcp_fin_timeout=1
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5002,reuseaddr,fork OPEN:s2.out,creat,append & sleep 0.3'
  $ ip netns exec b sh -c 'nc -l -k -p 5001 > s3.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'printf "x\n" | socat -u - TCP:10.0.0.2:5002,sourceport=31002; echo $?'
  0
  $ sleep 0.3; ip netns exec a nstat -az TcpExtTW TcpExtTWKilled TcpActiveOpens TcpEstabResets | tail -n +2; ip netns exec a ss -Htan | sort
  TcpActiveOpens                  1                  0.0
  TcpEstabResets                  0                  0.0
  TcpExtTW                        1                  0.0
  TcpExtTWKilled                  0                  0.0
  TIME-WAIT 0      0      10.0.0.1:31002 10.0.0.2:5002
  $ ip netns exec b ss -Htan | sort
  LISTEN 0      1      0.0.0.0:5001 0.0.0.0:*
  LISTEN 0      5      0.0.0.0:5002 0.0.0.0:*
  $ ip netns exec a sh -c 'printf "x\n" | nc -N -p 31001 10.0.0.2 5001; echo $?'
  0
  $ sleep 0.3; ip netns exec a nstat -az TcpExtTW TcpExtTWKilled | tail -n +2; ip netns exec a ss -Htan | sort
  TcpExtTW                        2                  0.0
  TcpExtTWKilled                  0                  0.0
  TIME-WAIT 0      0      10.0.0.1:31001 10.0.0.2:5001
  TIME-WAIT 0      0      10.0.0.1:31002 10.0.0.2:5002
  $ ip netns exec a sh -c 'printf "y\n" | socat -u - TCP:10.0.0.2:5001,sourceport=31003; echo $?'
  0
  $ sleep 0.3; ip netns exec a nstat -az TcpExtTW TcpExtTWKilled | tail -n +2; ip netns exec a ss -Htan | sort
  TcpExtTW                        3                  0.0
  TcpExtTWKilled                  0                  0.0
  TIME-WAIT 0      0      10.0.0.1:31001 10.0.0.2:5001
  TIME-WAIT 0      0      10.0.0.1:31002 10.0.0.2:5002
  TIME-WAIT 0      0      10.0.0.1:31003 10.0.0.2:5001
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5004,reuseaddr - > s4.out & sleep 0.3'
  $ ip netns exec a sh -c 'printf "z\n" | socat -u - TCP:10.0.0.2:5004,sourceport=31004; echo $?'
  0
  $ sleep 1.5; ip netns exec a nstat -az TcpExtTW TcpExtTWKilled | tail -n +2; ip netns exec a ss -Htan state time-wait | sort
  TcpExtTW                        4                  0.0
  TcpExtTWKilled                  0                  0.0
  0      0      10.0.0.1:31001 10.0.0.2:5001
  0      0      10.0.0.1:31002 10.0.0.2:5002
  0      0      10.0.0.1:31003 10.0.0.2:5001
  0      0      10.0.0.1:31004 10.0.0.2:5004
  $ ip netns exec b ss -Htan | sort
  LISTEN 0      1      0.0.0.0:5001 0.0.0.0:*
  LISTEN 0      5      0.0.0.0:5002 0.0.0.0:*
  $ cat s2.out s3.out s4.out
  x
  x
  y
  z
  $ ip netns exec b nstat -az TcpExtTW TcpPassiveOpens TcpEstabResets TcpOutRsts | tail -n +2
  TcpPassiveOpens                 4                  0.0
  TcpEstabResets                  0                  0.0
  TcpOutRsts                      0                  0.0
  TcpExtTW                        0                  0.0
  $ ip netns pids b | xargs -r kill
