A full accept queue (nc -l -k busy with its first client, backlog 1, two more queued: Recv-Q 2 in ss -lnt): a further SYN is dropped before any handshake (tcp_conn_request(): sk_acceptq_is_full(), ListenOverflows and ListenDrops on each retry), so the client stays in SYN-SENT and tcp_abort_on_overflow=1, which only concerns the final ACK of a completed handshake, sends no RST: nc -w 2 gives up with status 1.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l -k -p 5000 > out.txt 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'for i in 1 2 3 4; do (echo c$i; sleep 4) | nc -w 5 10.0.0.2 5000 > /dev/null 2>&1 & sleep 0.2; done' > /dev/null 2>&1
  $ ip netns exec b ss -Hlnt
  LISTEN 2      1      0.0.0.0:5000 0.0.0.0:*
  $ ip netns exec a ss -Htn state established | wc -l
  3
  $ ip netns exec b ss -Htan | sed -E 's/:[0-9]{5} */:PORT /; s/ +$//' | sort
  ESTAB  0      0      10.0.0.2:5000 10.0.0.1:PORT
  ESTAB  3      0      10.0.0.2:5000 10.0.0.1:PORT
  ESTAB  3      0      10.0.0.2:5000 10.0.0.1:PORT
  LISTEN 2      1       0.0.0.0:5000  0.0.0.0:*
  $ ip netns exec b nstat -asz TcpExtListenOverflows TcpExtListenDrops TcpPassiveOpens TcpExtEmbryonicRsts TcpExtTCPSynRetrans
  #kernel
  TcpPassiveOpens                 3                  0.0
  TcpExtEmbryonicRsts             0                  0.0
  TcpExtListenOverflows           1                  0.0
  TcpExtListenDrops               1                  0.0
  TcpExtTCPSynRetrans             0                  0.0
  $ ip netns exec b sysctl -w net.ipv4.tcp_abort_on_overflow=1
  net.ipv4.tcp_abort_on_overflow = 1
  $ ip netns exec a sh -c '(echo c5; sleep 1) | nc -w 2 10.0.0.2 5000; echo "nc status $?"' 2>&1
  nc status 1
  $ ip netns exec b nstat -asz TcpExtListenOverflows TcpExtListenDrops TcpPassiveOpens TcpExtEmbryonicRsts TcpOutRsts
  #kernel
  TcpPassiveOpens                 3                  0.0
  TcpOutRsts                      0                  0.0
  TcpExtEmbryonicRsts             0                  0.0
  TcpExtListenOverflows           5                  0.0
  TcpExtListenDrops               5                  0.0
  $ ip netns exec a nstat -asz TcpEstabResets TcpActiveOpens TcpAttemptFails
  #kernel
  TcpActiveOpens                  5                  0.0
  TcpAttemptFails                 0                  0.0
  TcpEstabResets                  0                  0.0
  $ ip netns pids a | xargs -r kill; sleep 0.5; ip netns pids b | xargs -r kill
