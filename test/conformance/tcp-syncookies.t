SYN cookies: with tcp_syncookies=2 every SYN is answered with a cookie and the connection still works (SyncookiesSent/Recv); with the default 1, cookies only when the listener's SYN queue overflows (nc listens with a backlog of 1; the client drops the SYN-ACKs so the requests stay half-open).
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sysctl net.ipv4.tcp_syncookies
  net.ipv4.tcp_syncookies = 1
  $ ip netns exec b sysctl -qw net.ipv4.tcp_syncookies=2
  $ ip netns exec b sh -c 'nc -l -p 5001 > out.txt 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'seq 1 300 | nc -N -w 2 10.0.0.2 5001'
  $ sleep 0.3; ip netns exec b sh -c 'wc -l < out.txt'
  300
  $ ip netns exec b nstat -asz TcpPassiveOpens TcpExtSyncookiesSent TcpExtSyncookiesRecv TcpExtSyncookiesFailed TcpExtTCPReqQFullDoCookies TcpExtListenDrops
  #kernel
  TcpPassiveOpens                 1                  0.0
  TcpExtSyncookiesSent            1                  0.0
  TcpExtSyncookiesRecv            1                  0.0
  TcpExtSyncookiesFailed          0                  0.0
  TcpExtListenDrops               0                  0.0
  TcpExtTCPReqQFullDoCookies      1                  0.0
  $ ip netns exec b sysctl -qw net.ipv4.tcp_syncookies=1
  $ ip netns exec a iptables -A INPUT -p tcp --sport 5002 -j DROP
  $ ip netns exec b sh -c 'nc -l -p 5002 > out2.txt 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'for i in 1 2 3 4; do nc -z -w 1 10.0.0.2 5002 & done; sleep 0.5'
  $ ip netns exec b ss -Htan | sed -E 's/:[0-9]{5} *$/:PORT/' | sort
  LISTEN   0      1       0.0.0.0:5002  0.0.0.0:*    
  SYN-RECV 0      0      10.0.0.2:5002 10.0.0.1:PORT
  SYN-RECV 0      0      10.0.0.2:5002 10.0.0.1:PORT
  $ ip netns exec b nstat -asz TcpExtSyncookiesSent TcpExtTCPReqQFullDoCookies TcpExtTCPReqQFullDrop TcpExtListenDrops TcpExtListenOverflows
  #kernel
  TcpExtSyncookiesSent            3                  0.0
  TcpExtListenOverflows           0                  0.0
  TcpExtListenDrops               0                  0.0
  TcpExtTCPReqQFullDoCookies      3                  0.0
  TcpExtTCPReqQFullDrop           0                  0.0
  $ sleep 2; ip netns exec a nstat -asz TcpActiveOpens TcpAttemptFails
  #kernel
  TcpActiveOpens                  5                  0.0
  TcpAttemptFails                 0                  0.0
  $ ip netns exec b nstat -asz TcpExtSyncookiesSent TcpExtSyncookiesFailed TcpExtSyncookiesRecv
  #kernel
  TcpExtSyncookiesSent            3                  0.0
  TcpExtSyncookiesRecv            1                  0.0
  TcpExtSyncookiesFailed          0                  0.0
