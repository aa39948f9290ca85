ss of an open TCP connection on both ends (ESTAB, empty queues), filters by state, address and port, then its end: the client that closed first is in TIME-WAIT, with -o its timer.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l -p 5004 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c '(sleep 3; echo bye) | nc -N 10.0.0.2 5004 > /dev/null 2>&1 & sleep 0.5'
  $ ip netns exec a ss -Htan
  ESTAB 0      0      10.0.0.1:* 10.0.0.2:5004 (glob)
  $ ip netns exec b ss -Htan
  LISTEN 0      1       0.0.0.0:5004  0.0.0.0:*    
  ESTAB  0      0      10.0.0.2:5004 10.0.0.1:* (glob)
  $ ip netns exec b ss -Htn state established
  0      0      10.0.0.2:5004 10.0.0.1:* (glob)
  $ ip netns exec a ss -Htn dst 10.0.0.2
  ESTAB 0      0      10.0.0.1:* 10.0.0.2:5004 (glob)
  $ ip netns exec a ss -Htn dst 10.0.0.3
  $ ip netns exec a ss -Htn dport = :5004
  ESTAB 0      0      10.0.0.1:* 10.0.0.2:5004 (glob)
  $ ip netns exec b ss -Htn sport = :5004 and dst 10.0.0.1
  ESTAB 0      0      10.0.0.2:5004 10.0.0.1:* (glob)
  $ ip netns exec b ss -Htn 'not sport = :5004'
  $ ip netns exec b ss -tn
  State Recv-Q Send-Q Local Address:Port Peer Address:Port Process
  ESTAB 0      0           10.0.0.2:5004     10.0.0.1:*        (glob)
  $ sleep 3
  $ ip netns exec a ss -Htan
  TIME-WAIT 0      0      10.0.0.1:* 10.0.0.2:5004 (glob)
  $ ip netns exec a ss -Htano | sed -E 's/timewait,[0-9.]+sec/timewait,NNsec/'
  TIME-WAIT 0      0      10.0.0.1:* 10.0.0.2:5004 timer:(timewait,NNsec,0) (glob)
  $ ip netns exec b ss -Htan
  $ ip netns exec a nstat -asz TcpCurrEstab TcpActiveOpens
  #kernel
  TcpActiveOpens                  1                  0.0
