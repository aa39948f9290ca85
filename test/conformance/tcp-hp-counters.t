Header prediction counters at the receiving end (the sender's own count of one ACK races its peer's data on the host): TCPPureAcks (ACKs without data taken by the slow path: the handshake's last ACK, the ACK of a FIN), TCPHPAcks (ACKs advancing snd_una on the fast path), TCPHPHits (in-order data queued on the fast path, which needs forward-allocated memory left by data still queued), for a one-line exchange each way, and a bulk transfer; window scaling on and off (tcp_finish_connect() predicts at once only without it).
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv4.tcp_congestion_control=reno; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ for n in b; do ip netns exec $n nstat -az TcpExtTCPPureAcks TcpExtTCPHPAcks TcpExtTCPHPHits TcpInSegs | tail -n +2; done
  TcpInSegs                       0                  0.0
  TcpExtTCPHPHits                 0                  0.0
  TcpExtTCPPureAcks               0                  0.0
  TcpExtTCPHPAcks                 0                  0.0
  $ ip netns exec b sh -c '(sleep 0.2; echo pong) | nc -l -p 5001 > got1 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c '(echo ping; sleep 0.5) | nc -N 10.0.0.2 5001'; sleep 0.3; ip netns exec b cat got1
  pong
  ping
  $ for n in b; do ip netns exec $n nstat -az TcpExtTCPPureAcks TcpExtTCPHPAcks TcpExtTCPHPHits TcpInSegs | tail -n +2; done
  TcpInSegs                       6                  0.0
  TcpExtTCPHPHits                 0                  0.0
  TcpExtTCPPureAcks               2                  0.0
  TcpExtTCPHPAcks                 1                  0.0
  $ ip netns exec b sh -c 'nc -l -p 5002 > got2 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'seq 1 3000 | nc -N 10.0.0.2 5002'; sleep 0.3; ip netns exec b wc -c got2
  13893 got2
  $ for n in b; do ip netns exec $n nstat -az TcpExtTCPPureAcks TcpExtTCPHPAcks TcpExtTCPHPHits | tail -n +2; done
  TcpExtTCPHPHits                 0                  0.0
  TcpExtTCPPureAcks               4                  0.0
  TcpExtTCPHPAcks                 1                  0.0
  $ ip netns exec a sysctl -qw net.ipv4.tcp_window_scaling=0
  $ ip netns exec b sh -c 'nc -l -p 5003 > got3 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c '(echo one; sleep 0.2; echo two; sleep 0.2) | nc -N 10.0.0.2 5003'; sleep 0.3; ip netns exec b cat got3
  one
  two
  $ for n in b; do ip netns exec $n nstat -az TcpExtTCPPureAcks TcpExtTCPHPAcks TcpExtTCPHPHits TcpInSegs | tail -n +2; done
  TcpInSegs                       18                 0.0
  TcpExtTCPHPHits                 0                  0.0
  TcpExtTCPPureAcks               6                  0.0
  TcpExtTCPHPAcks                 1                  0.0
  $ ip netns exec b sh -c 'nc -l -p 5004 > got4 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'seq 1 3000 | nc -N 10.0.0.2 5004'; sleep 0.3; ip netns exec b wc -c got4
  13893 got4
  $ for n in b; do ip netns exec $n nstat -az TcpExtTCPPureAcks TcpExtTCPHPAcks TcpExtTCPHPHits | tail -n +2; done
  TcpExtTCPHPHits                 0                  0.0
  TcpExtTCPPureAcks               8                  0.0
  TcpExtTCPHPAcks                 1                  0.0
