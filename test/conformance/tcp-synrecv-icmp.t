ICMP errors answering a listener's SYN-ACK (tcp_v4_err -> tcp_req_err): host unreachable, net unreachable, TTL exceeded and parameter problem drop the pending request silently (ListenDrops), port unreachable and admin prohibited leave it to retransmit; the client's retransmitted SYN makes a new one; a SYN-ACK retransmission the OUTPUT rule drops fails, and the request goes (reqsk_timer_handler). REJECT in b's OUTPUT chain answers b's own SYN-ACKs.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b link set lo up
  $ ip netns exec a sysctl -qw net.ipv4.tcp_syn_retries=1
  $ ip netns exec b iptables -A OUTPUT -p tcp --sport 5001 -j REJECT --reject-with icmp-host-unreachable
  $ ip netns exec b iptables -A OUTPUT -p tcp --sport 5002 -j REJECT --reject-with icmp-net-unreachable
  $ ip netns exec b iptables -A OUTPUT -p tcp --sport 5003 -j REJECT --reject-with icmp-port-unreachable
  $ ip netns exec b iptables -A OUTPUT -p tcp --sport 5004 -j REJECT --reject-with icmp-admin-prohibited
  $ for p in 5001 5002 5003 5004; do ip netns exec b sh -c "nc -l -p $p > /dev/null 2>&1 &"; done; sleep 0.3
  $ ip netns exec a nc -z -v -w 3 10.0.0.2 5001
  nc: connect to 10.0.0.2 port 5001 (tcp) timed out: Operation now in progress
  [1]
  $ ip netns exec b ss -Htan state syn-recv | sed -E 's/:[0-9]{5}$/:PORT/'
  $ ip netns exec b nstat -az TcpExtListenDrops TcpExtListenOverflows TcpExtOutOfWindowIcmps IcmpInDestUnreachs IcmpOutDestUnreachs TcpRetransSegs
  #kernel
  IcmpInDestUnreachs              3                  0.0
  IcmpOutDestUnreachs             3                  0.0
  TcpRetransSegs                  0                  0.0
  TcpExtOutOfWindowIcmps          0                  0.0
  TcpExtListenOverflows           0                  0.0
  TcpExtListenDrops               3                  0.0
  $ ip netns exec a nc -z -v -w 3 10.0.0.2 5002
  nc: connect to 10.0.0.2 port 5002 (tcp) timed out: Operation now in progress
  [1]
  $ ip netns exec b ss -Htan state syn-recv | sed -E 's/:[0-9]{5}$/:PORT/'
  $ ip netns exec b nstat -az TcpExtListenDrops IcmpInDestUnreachs TcpRetransSegs
  #kernel
  IcmpInDestUnreachs              6                  0.0
  TcpRetransSegs                  0                  0.0
  TcpExtListenDrops               6                  0.0
  $ ip netns exec a socat -u - TCP:10.0.0.2:5003,connect-timeout=0.5 < /dev/null 2>/dev/null; echo $?
  1
  $ ip netns exec b ss -Htan state syn-recv | sed -E 's/:[0-9]{5}$/:PORT/'
  0      0      10.0.0.2:5003 10.0.0.1:PORT
  $ sleep 1; ip netns exec b ss -Htan state syn-recv | wc -l
  0
  $ ip netns exec b nstat -az TcpExtListenDrops IcmpInDestUnreachs TcpRetransSegs
  #kernel
  IcmpInDestUnreachs              8                  0.0
  TcpRetransSegs                  0                  0.0
  TcpExtListenDrops               6                  0.0
  $ ip netns exec a socat -u - TCP:10.0.0.2:5004,connect-timeout=0.5 < /dev/null 2>/dev/null; echo $?
  1
  $ ip netns exec b ss -Htan state syn-recv | sed -E 's/:[0-9]{5}$/:PORT/'
  0      0      10.0.0.2:5004 10.0.0.1:PORT
  $ sleep 1; ip netns exec b ss -Htan state syn-recv | wc -l
  0
  $ ip netns exec b nstat -az TcpExtListenDrops IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              10                 0.0
  TcpExtListenDrops               6                  0.0
  $ ip netns exec b iptables -nvL OUTPUT | sed -E 's/ +/ /g'
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   3 180 REJECT 6 -- * * 0.0.0.0/0 0.0.0.0/0 tcp spt:5001 reject-with icmp-host-unreachable
   3 180 REJECT 6 -- * * 0.0.0.0/0 0.0.0.0/0 tcp spt:5002 reject-with icmp-net-unreachable
   2 120 REJECT 6 -- * * 0.0.0.0/0 0.0.0.0/0 tcp spt:5003 reject-with icmp-port-unreachable
   2 120 REJECT 6 -- * * 0.0.0.0/0 0.0.0.0/0 tcp spt:5004 reject-with icmp-admin-prohibited
