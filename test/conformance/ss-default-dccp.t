ss without -t/-u asks every inet table, DCCP's too: the reference kernel has no DCCP (removed in 6.16), inet_diag answers that dump with EINVAL and ss prints "RTNETLINK answers: Invalid argument" (ENOENT, SCTP's answer without sctp_diag, is quiet), then lists what it found; -d and -A dccp alone, -S, -M and -A mptcp list nothing.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a ss -Hn; echo $?
  RTNETLINK answers: Invalid argument
  0
  $ ip netns exec a ss -Han -4; echo $?
  RTNETLINK answers: Invalid argument
  0
  $ ip netns exec a ss -Han -A inet
  RTNETLINK answers: Invalid argument
  $ ip netns exec a ss -Han -A dccp; echo $?
  RTNETLINK answers: Invalid argument
  0
  $ ip netns exec a ss -Han -d; echo $?
  RTNETLINK answers: Invalid argument
  0
  $ ip netns exec a ss -Han -A sctp; echo $?
  0
  $ ip netns exec a ss -Han -S; echo $?
  0
  $ ip netns exec a ss -Han -A mptcp; echo $?
  0
  $ ip netns exec a ss -Han -M; echo $?
  0
  $ ip netns exec b sh -c 'nc -l -p 5000 > /dev/null 2>&1 & nc -u -l -p 5001 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'sleep 2 | nc -p 40000 10.0.0.2 5000 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec b ss -Hn -4 -a
  RTNETLINK answers: Invalid argument
  udp UNCONN 0      0       0.0.0.0:5001  0.0.0.0:*    
  tcp LISTEN 0      1       0.0.0.0:5000  0.0.0.0:*    
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40000
  $ ip netns exec b ss -Hn -4 state established
  RTNETLINK answers: Invalid argument
  tcp 0      0      10.0.0.2:5000 10.0.0.1:40000
  $ ip netns exec a ss -Hn state connected
  RTNETLINK answers: Invalid argument
  tcp ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  $ ip netns exec b ss -Hn -4 state listening | sort
  RTNETLINK answers: Invalid argument
  tcp 0      1      0.0.0.0:5000 0.0.0.0:*
  $ ip netns exec b ss -Hn -4 exclude established | sort
  RTNETLINK answers: Invalid argument
  tcp LISTEN 0      1      0.0.0.0:5000 0.0.0.0:*
  udp UNCONN 0      0      0.0.0.0:5001 0.0.0.0:*
  $ ip netns exec b ss -Hn -f inet -a 'sport = :5000'
  RTNETLINK answers: Invalid argument
  tcp LISTEN 0      1       0.0.0.0:5000  0.0.0.0:*    
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40000
  $ ip netns exec b ss -Han -A tcp,dccp
  RTNETLINK answers: Invalid argument
  tcp LISTEN 0      1       0.0.0.0:5000  0.0.0.0:*    
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40000
  $ ip netns exec b ss -Han -t -d
  RTNETLINK answers: Invalid argument
  tcp LISTEN 0      1       0.0.0.0:5000  0.0.0.0:*    
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40000
  $ ip netns exec b ss -Han -A udp,sctp
  udp UNCONN 0      0      0.0.0.0:5001 0.0.0.0:*
  $ ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill
