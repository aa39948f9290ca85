TCP refusals and resets: RST to a closed port (counters on both sides), REJECT variants seen by nc, a listener that goes away, ss state listings of established and time-wait sockets, a connection reset by the peer.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a nc -z -w 1 10.0.0.2 7000; echo $?
  1
  $ ip netns exec a nc -w 1 10.0.0.2 7000 < /dev/null; echo $?
  1
  $ ip netns exec b iptables -A INPUT -p tcp --dport 7001 -j REJECT
  $ ip netns exec b iptables -A INPUT -p tcp --dport 7002 -j REJECT --reject-with icmp-host-unreachable
  $ ip netns exec b iptables -A INPUT -p tcp --dport 7003 -j REJECT --reject-with icmp-net-unreachable
  $ ip netns exec b iptables -A INPUT -p tcp --dport 7004 -j REJECT --reject-with icmp-admin-prohibited
  $ ip netns exec b iptables -A INPUT -p tcp --dport 7005 -j REJECT --reject-with icmp-proto-unreachable
  $ ip netns exec b iptables -A INPUT -p tcp --dport 7006 -j REJECT --reject-with icmp-host-prohibited
  $ ip netns exec b iptables -A INPUT -p tcp --dport 7007 -j REJECT --reject-with icmp-net-prohibited
  $ for p in 7001 7002 7003 7004 7005 7006 7007; do ip netns exec a nc -z -v -w 1 10.0.0.2 $p; done
  nc: connect to 10.0.0.2 port 7001 (tcp) failed: Connection refused
  nc: connect to 10.0.0.2 port 7002 (tcp) failed: No route to host
  nc: connect to 10.0.0.2 port 7003 (tcp) failed: Network is unreachable
  nc: connect to 10.0.0.2 port 7004 (tcp) failed: No route to host
  nc: connect to 10.0.0.2 port 7005 (tcp) failed: Protocol not available
  nc: connect to 10.0.0.2 port 7006 (tcp) failed: No route to host
  nc: connect to 10.0.0.2 port 7007 (tcp) timed out: Operation now in progress
  [1]
  $ ip netns exec a nstat -az TcpAttemptFails TcpActiveOpens TcpOutRsts TcpInErrs IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              6                  0.0
  TcpActiveOpens                  9                  0.0
  TcpAttemptFails                 2                  0.0
  TcpInErrs                       0                  0.0
  TcpOutRsts                      0                  0.0
  $ ip netns exec b nstat -az TcpOutRsts TcpInSegs IcmpOutDestUnreachs IcmpMsgOutType3
  #kernel
  IcmpOutDestUnreachs             6                  0.0
  IcmpMsgOutType3                 6                  0.0
  TcpInSegs                       2                  0.0
  TcpOutRsts                      2                  0.0
  $ ip netns exec b iptables -F
  $ ip netns exec b sh -c 'nc -l -p 7010 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c '(echo hi; sleep 2) | nc -p 40000 10.0.0.2 7010 > /dev/null 2>&1 & sleep 0.5'
  $ ip netns exec a ss -Htn
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:7010
  $ ip netns exec b ss -Htn
  ESTAB 0      0      10.0.0.2:7010 10.0.0.1:40000
  $ ip netns exec b ss -Htln
  LISTEN 0      1      0.0.0.0:7010 0.0.0.0:*
  $ sleep 2; ip netns exec a ss -Htan
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:7010
  $ ip netns exec b ss -Htan
  LISTEN 0      1       0.0.0.0:7010  0.0.0.0:*    
  ESTAB  0      0      10.0.0.2:7010 10.0.0.1:40000
  $ ip netns exec a ss -Htan state time-wait
  $ ip netns exec b ss -Htan state established
  0      0      10.0.0.2:7010 10.0.0.1:40000
  $ ip netns exec a nstat -az TcpActiveOpens TcpEstabResets TcpCurrEstab
  #kernel
  TcpActiveOpens                  10                 0.0
  TcpEstabResets                  0                  0.0
  $ ip netns exec b nstat -az TcpPassiveOpens TcpEstabResets TcpCurrEstab
  #kernel
  TcpPassiveOpens                 1                  0.0
  TcpEstabResets                  0                  0.0
