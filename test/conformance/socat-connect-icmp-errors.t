socat's TCP connect against ICMP errors: without connect-timeout the connect() blocks, and the first error (met while connect() owned the socket) is only soft, so the SYN is retransmitted after 1 s and the second error ends it (two ICMPs, TcpAttemptFails); socat then reads the error queue (-d -d shows the ICMP). With connect-timeout the socket is non-blocking: the queued error wakes poll() at once and SO_ERROR tells (one ICMP, no retransmission, the socket closed in SYN-SENT). nc does the latter.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec b iptables -A INPUT -p tcp --dport 5002 -j REJECT --reject-with icmp-admin-prohibited
  $ ip netns exec b iptables -A INPUT -p tcp --dport 5003 -j REJECT --reject-with icmp-port-unreachable
  $ ip netns exec b iptables -A INPUT -p tcp --dport 5004 -j REJECT --reject-with icmp-net-unreachable
  $ ip netns exec b iptables -A INPUT -p tcp --dport 5006 -j DROP
  $ ip netns exec a socat -u - TCP:10.0.0.2:5002,sourceport=31002 </dev/null 2>&1 | sed 's/.* socat[^ ]* //'
  E connect(5, AF=2 10.0.0.2:5002, 16): No route to host
  $ ip netns exec a nstat -az IcmpInDestUnreachs TcpRetransSegs TcpAttemptFails TcpExtLockDroppedIcmps TcpExtTCPTimeouts | tail -n +2
  IcmpInDestUnreachs              2                  0.0
  TcpAttemptFails                 1                  0.0
  TcpRetransSegs                  1                  0.0
  TcpExtLockDroppedIcmps          1                  0.0
  TcpExtTCPTimeouts               1                  0.0
  $ ip netns exec a nc -v 10.0.0.2 5002 </dev/null 2>&1
  nc: connect to 10.0.0.2 port 5002 (tcp) failed: No route to host
  [1]
  $ ip netns exec a nstat -az IcmpInDestUnreachs TcpRetransSegs TcpAttemptFails TcpExtLockDroppedIcmps | tail -n +2
  IcmpInDestUnreachs              3                  0.0
  TcpAttemptFails                 1                  0.0
  TcpRetransSegs                  1                  0.0
  TcpExtLockDroppedIcmps          2                  0.0
  $ ip netns exec a socat -d -d -u - TCP:10.0.0.2:5002 </dev/null 2>&1 | sed 's/.* socat[^ ]* //'
  N using stdin for reading
  N opening connection to AF=2 10.0.0.2:5002
  N receiving packet from AF=2 10.0.0.2:5002
  N received ICMP from 10.0.0.2, type 3, code 13, info 0, data 0, resulting in errno 113
  E connect(5, AF=2 10.0.0.2:5002, 16): No route to host
  N exit(1)
  $ ip netns exec a socat -d -d -u - TCP:10.0.0.2:5002,connect-timeout=2 </dev/null 2>&1 | sed 's/.* socat[^ ]* //'
  N using stdin for reading
  N opening connection to AF=2 10.0.0.2:5002
  E connect(5, AF=2 10.0.0.2:5002, 16): No route to host
  N exit(1)
  $ ip netns exec a nstat -az IcmpInDestUnreachs TcpRetransSegs TcpAttemptFails TcpExtLockDroppedIcmps | tail -n +2
  IcmpInDestUnreachs              6                  0.0
  TcpAttemptFails                 2                  0.0
  TcpRetransSegs                  2                  0.0
  TcpExtLockDroppedIcmps          4                  0.0
  $ ip netns exec a socat -d -u - TCP:10.0.0.2:5003 </dev/null 2>&1 | sed 's/.* socat[^ ]* //'
  E connect(5, AF=2 10.0.0.2:5003, 16): Connection refused
  $ ip netns exec a socat -d -d -u - TCP:10.0.0.2:5004 </dev/null 2>&1 | sed 's/.* socat[^ ]* //'
  N using stdin for reading
  N opening connection to AF=2 10.0.0.2:5004
  N receiving packet from AF=2 10.0.0.2:5004
  N received ICMP from 10.0.0.2, type 3, code 0, info 0, data 0, resulting in errno 101
  E connect(5, AF=2 10.0.0.2:5004, 16): Network is unreachable
  N exit(1)
  $ ip netns exec a socat -d -d -u - TCP:10.0.0.2:5005 </dev/null 2>&1 | sed 's/.* socat[^ ]* //'
  N using stdin for reading
  N opening connection to AF=2 10.0.0.2:5005
  W recvmsg(): Resource temporarily unavailable
  E connect(5, AF=2 10.0.0.2:5005, 16): Connection refused
  N exit(1)
  $ ip netns exec a socat -d -d -u - TCP:10.0.0.2:5005,connect-timeout=2 </dev/null 2>&1 | sed 's/.* socat[^ ]* //'
  N using stdin for reading
  N opening connection to AF=2 10.0.0.2:5005
  E connect(5, AF=2 10.0.0.2:5005, 16): Connection refused
  N exit(1)
  $ ip netns exec a socat -d -d -u - TCP:10.0.0.2:5006,connect-timeout=1 </dev/null 2>&1 | sed 's/.* socat[^ ]* //'
  N using stdin for reading
  N opening connection to AF=2 10.0.0.2:5006
  E connecting to AF=2 10.0.0.2:5006: Connection timed out
  N exit(1)
  $ ip netns exec a nstat -az IcmpInDestUnreachs TcpRetransSegs TcpAttemptFails TcpExtLockDroppedIcmps TcpExtTCPTimeouts TcpOutRsts TcpActiveOpens | tail -n +2
  IcmpInDestUnreachs              10                 0.0
  TcpActiveOpens                  9                  0.0
  TcpAttemptFails                 6                  0.0
  TcpRetransSegs                  4                  0.0
  TcpOutRsts                      0                  0.0
  TcpExtLockDroppedIcmps          6                  0.0
  TcpExtTCPTimeouts               4                  0.0
  $ ip netns exec a sh -c 'echo x | socat -u - UDP:10.0.0.2:5007,connect-timeout=1; echo $?'
  0
