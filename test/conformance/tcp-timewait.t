TIME_WAIT: the side that closes first holds the 4-tuple for 60 s (ss -o shows the timewait timer), then it is gone (TcpExtTW); past tcp_max_tw_buckets the socket closes at once without TIME_WAIT (TCPTimeWaitOverflow).
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sysctl net.ipv4.tcp_max_tw_buckets net.ipv4.tcp_fin_timeout
  net.ipv4.tcp_max_tw_buckets = 131072
  net.ipv4.tcp_fin_timeout = 60
  $ ip netns exec b sh -c 'nc -l -p 5001 > out.txt 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo hello | nc -N -w 2 10.0.0.2 5001'
  $ sleep 0.5; ip netns exec a ss -Htano | sed -E 's/:[0-9]{5} /:PORT /; s/timewait,[0-9.]+sec/timewait,NNsec/'
  TIME-WAIT 0      0      10.0.0.1:PORT 10.0.0.2:5001 timer:(timewait,NNsec,0)
  $ ip netns exec b ss -Htan
  $ sleep 29; ip netns exec a ss -Htan state time-wait | wc -l
  1
  $ sleep 32; ip netns exec a ss -Htan state time-wait | wc -l
  0
  $ ip netns exec a nstat -asz TcpExtTW TcpExtTCPTimeWaitOverflow TcpActiveOpens
  #kernel
  TcpActiveOpens                  1                  0.0
  TcpExtTW                        1                  0.0
  TcpExtTCPTimeWaitOverflow       0                  0.0
  $ ip netns exec a sysctl -qw net.ipv4.tcp_max_tw_buckets=0
  $ ip netns exec b sh -c 'nc -l -p 5001 > out.txt 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo hello | nc -N -w 2 10.0.0.2 5001'
  $ sleep 0.5; ip netns exec a ss -Htan
  $ ip netns exec a nstat -asz TcpExtTW TcpExtTCPTimeWaitOverflow TcpActiveOpens
  #kernel
  TcpActiveOpens                  2                  0.0
  TcpExtTW                        1                  0.0
  TcpExtTCPTimeWaitOverflow       1                  0.0
  $ ip netns exec b cat out.txt
  hello
