SYN retries through an iptables DROP rule on the server: SYN-SENT with the retransmit timer, tcp_syn_retries=2 (a 7 s budget, retried every second under tcp_syn_linear_timeouts), the rule's counters; then REJECT --reject-with tcp-reset refuses at once (the RST comes from netfilter, not from TCP: no TcpOutRsts).
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A INPUT -p tcp --dport 5005 -j DROP
  $ ip netns exec a sysctl -qw net.ipv4.tcp_syn_retries=2
  $ ip netns exec b sh -c 'nc -l -p 5005 > out.txt 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'nc -v -z 10.0.0.2 5005 > nc.txt 2>&1 & sleep 0.5'
  $ ip netns exec a ss -Htano | sed -E 's/:[0-9]{5} /:PORT /; s/on,[0-9.]+ms/on,NNms/'
  SYN-SENT 0      1      10.0.0.1:PORT 10.0.0.2:5005 timer:(on,NNms,0)
  $ sleep 1; ip netns exec a ss -Htano | sed -E 's/:[0-9]{5} /:PORT /; s/on,[0-9.]+m?s/on,NN/'
  SYN-SENT 0      1      10.0.0.1:PORT 10.0.0.2:5005 timer:(on,NN,1)
  $ sleep 7; ip netns exec a cat nc.txt
  nc: connect to 10.0.0.2 port 5005 (tcp) failed: Connection timed out
  $ ip netns exec b iptables -nvL INPUT
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      6   360 DROP       6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:5005
  $ ip netns exec b ss -Htan
  LISTEN 0      1      0.0.0.0:5005 0.0.0.0:*
  $ ip netns exec a nstat -asz TcpActiveOpens TcpAttemptFails TcpRetransSegs TcpOutSegs TcpExtTCPSynRetrans
  #kernel
  TcpActiveOpens                  1                  0.0
  TcpAttemptFails                 1                  0.0
  TcpOutSegs                      1                  0.0
  TcpRetransSegs                  5                  0.0
  TcpExtTCPSynRetrans             5                  0.0
  $ ip netns exec b nstat -asz TcpInSegs TcpPassiveOpens TcpOutRsts
  #kernel
  TcpPassiveOpens                 0                  0.0
  TcpInSegs                       0                  0.0
  TcpOutRsts                      0                  0.0
  $ ip netns exec b iptables -I INPUT -p tcp --dport 5005 -j REJECT --reject-with tcp-reset
  $ ip netns exec a nc -v -z 10.0.0.2 5005
  nc: connect to 10.0.0.2 port 5005 (tcp) failed: Connection refused
  [1]
  $ ip netns exec b iptables -nvL INPUT
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    60 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:5005 reject-with tcp-reset
      6   360 DROP       6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:5005
  $ ip netns exec b nstat -asz TcpInSegs TcpOutRsts
  #kernel
  TcpInSegs                       0                  0.0
  TcpOutRsts                      0                  0.0
  $ ip netns exec a nstat -asz TcpActiveOpens TcpAttemptFails TcpInSegs TcpExtTCPSynRetrans
  #kernel
  TcpActiveOpens                  2                  0.0
  TcpAttemptFails                 2                  0.0
  TcpInSegs                       1                  0.0
  TcpExtTCPSynRetrans             5                  0.0
