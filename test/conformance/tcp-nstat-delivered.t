TcpExt TCPOrigDataSent (tcp_event_new_data_sent(): segments of new data, a FIN too, not the SYN nor retransmissions) and TCPDelivered (tcp_newly_delivered(): segments newly delivered per ACK, the SYN included) on both ends of small nc transfers, a retransmitted segment, and a refused connect.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l -p 5000 > out.txt 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo hello | nc -N -w 2 10.0.0.2 5000'
  $ sleep 0.3; ip netns exec a nstat -asz TcpExtTCPOrigDataSent TcpExtTCPDelivered TcpOutSegs TcpRetransSegs
  #kernel
  TcpOutSegs                      5                  0.0
  TcpRetransSegs                  0                  0.0
  TcpExtTCPOrigDataSent           2                  0.0
  TcpExtTCPDelivered              3                  0.0
  $ ip netns exec b nstat -asz TcpExtTCPOrigDataSent TcpExtTCPDelivered TcpOutSegs TcpRetransSegs
  #kernel
  TcpOutSegs                      3                  0.0
  TcpRetransSegs                  0                  0.0
  TcpExtTCPOrigDataSent           1                  0.0
  TcpExtTCPDelivered              1                  0.0
  $ ip netns exec b sh -c 'nc -l -p 5001 > out2.txt 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'printf '%05000d' 0 | nc -N -w 2 10.0.0.2 5001'
  $ sleep 0.3; ip netns exec a nstat -asz TcpExtTCPOrigDataSent TcpExtTCPDelivered TcpRetransSegs
  #kernel
  TcpRetransSegs                  0                  0.0
  TcpExtTCPOrigDataSent           7                  0.0
  TcpExtTCPDelivered              9                  0.0
  $ ip netns exec b nstat -asz TcpExtTCPOrigDataSent TcpExtTCPDelivered TcpRetransSegs
  #kernel
  TcpRetransSegs                  0                  0.0
  TcpExtTCPOrigDataSent           2                  0.0
  TcpExtTCPDelivered              2                  0.0
  $ ip netns exec a nc -z 10.0.0.2 5002
  [1]
  $ ip netns exec a nstat -asz TcpExtTCPOrigDataSent TcpExtTCPDelivered TcpAttemptFails
  #kernel
  TcpAttemptFails                 1                  0.0
  TcpExtTCPOrigDataSent           7                  0.0
  TcpExtTCPDelivered              9                  0.0
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5003,reuseaddr OPEN:/dev/null,creat > b.log 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c '(echo first; sleep 1; echo second; sleep 2) | socat -u - TCP:10.0.0.2:5003 & sleep 0.3'
  $ ip netns exec b iptables -A INPUT -p tcp -m length --length 59 -j DROP
  $ sleep 1.25; ip netns exec b iptables -F INPUT; sleep 1.5
  $ ip netns exec a nstat -asz TcpExtTCPOrigDataSent TcpExtTCPDelivered TcpRetransSegs TcpExtTCPLossProbes
  #kernel
  TcpRetransSegs                  3                  0.0
  TcpExtTCPLossProbes             1                  0.0
  TcpExtTCPOrigDataSent           10                 0.0
  TcpExtTCPDelivered              13                 0.0
  $ ip netns exec b nstat -asz TcpExtTCPOrigDataSent TcpExtTCPDelivered TcpRetransSegs
  #kernel
  TcpRetransSegs                  0                  0.0
  TcpExtTCPOrigDataSent           3                  0.0
  TcpExtTCPDelivered              3                  0.0
  $ ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill
