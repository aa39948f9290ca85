The options of SYN and SYN-ACK under tcp_timestamps, tcp_sack and tcp_window_scaling (tcp_syn_options()/tcp_synack_options()): each is left out of the SYN when off on the client, and the SYN-ACK only carries what both ends allow; ss -i shows the negotiated ts/sack/wscale; the TcpExt counters do not move.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5000,reuseaddr,fork OPEN:/dev/null,creat > b.log 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'tcpdump -nl -i b0 -c 2 "tcp[tcpflags] & tcp-syn != 0" > td.out 2>/dev/null & sleep 0.3'
  $ ip netns exec a sysctl -qw net.ipv4.tcp_timestamps=0
  $ ip netns exec a sh -c 'sleep 1 | socat -u - TCP:10.0.0.2:5000 & sleep 0.3; ss -Htin state established | grep -oE "(ts|sack|wscale:[0-9,]+|mss:[0-9]+) " | tr -d "\n"; echo; wait'
  wscale:10,10 mss:1460 mss:536 mss:1460 
  $ sleep 0.2; ip netns exec b cat td.out | sed -E 's/^[0-9:.]+ //; s/\.[0-9]{5} >/.PORT >/; s/\.[0-9]{5}:/.PORT:/; s/(seq|ack|val|ecr) [0-9]+/\1 N/g'
  IP 10.0.0.1.PORT > 10.0.0.2.5000: Flags [S], seq N, win 64240, options [mss 1460,nop,nop,sackOK,nop,wscale 10], length 0
  IP 10.0.0.2.5000 > 10.0.0.1.PORT: Flags [S.], seq N, ack N, win 64240, options [mss 1460,nop,nop,sackOK,nop,wscale 10], length 0
  $ ip netns exec a sysctl -qw net.ipv4.tcp_timestamps=1 net.ipv4.tcp_sack=0
  $ ip netns exec b sh -c 'tcpdump -nl -i b0 -c 2 "tcp[tcpflags] & tcp-syn != 0" > td.out 2>/dev/null & sleep 0.3'
  $ ip netns exec a sh -c 'sleep 1 | socat -u - TCP:10.0.0.2:5000 & sleep 0.3; ss -Htin state established | grep -oE "(ts|sack|wscale:[0-9,]+|mss:[0-9]+) " | tr -d "\n"; echo; wait'
  wscale:10,10 mss:1448 mss:536 mss:1448 
  $ sleep 0.2; ip netns exec b cat td.out | sed -E 's/^[0-9:.]+ //; s/\.[0-9]{5} >/.PORT >/; s/\.[0-9]{5}:/.PORT:/; s/(seq|ack|val|ecr) [0-9]+/\1 N/g'
  IP 10.0.0.1.PORT > 10.0.0.2.5000: Flags [S], seq N, win 64240, options [mss 1460,nop,nop,TS val N ecr N,nop,wscale 10], length 0
  IP 10.0.0.2.5000 > 10.0.0.1.PORT: Flags [S.], seq N, ack N, win 65160, options [mss 1460,nop,nop,TS val N ecr N,nop,wscale 10], length 0
  $ ip netns exec a sysctl -qw net.ipv4.tcp_sack=1 net.ipv4.tcp_window_scaling=0
  $ ip netns exec b sh -c 'tcpdump -nl -i b0 -c 2 "tcp[tcpflags] & tcp-syn != 0" > td.out 2>/dev/null & sleep 0.3'
  $ ip netns exec a sh -c 'sleep 1 | socat -u - TCP:10.0.0.2:5000 & sleep 0.3; ss -Htin state established | grep -oE "(ts|sack|wscale:[0-9,]+|mss:[0-9]+) " | tr -d "\n"; echo; wait'
  mss:1448 mss:536 mss:1448 
  $ sleep 0.2; ip netns exec b cat td.out | sed -E 's/^[0-9:.]+ //; s/\.[0-9]{5} >/.PORT >/; s/\.[0-9]{5}:/.PORT:/; s/(seq|ack|val|ecr) [0-9]+/\1 N/g'
  IP 10.0.0.1.PORT > 10.0.0.2.5000: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N], length 0
  IP 10.0.0.2.5000 > 10.0.0.1.PORT: Flags [S.], seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N], length 0
  $ ip netns exec a sysctl -qw net.ipv4.tcp_window_scaling=1
  $ ip netns exec b sysctl -qw net.ipv4.tcp_timestamps=0 net.ipv4.tcp_sack=0 net.ipv4.tcp_window_scaling=0
  $ ip netns exec b sh -c 'tcpdump -nl -i b0 -c 2 "tcp[tcpflags] & tcp-syn != 0" > td.out 2>/dev/null & sleep 0.3'
  $ ip netns exec a sh -c 'sleep 1 | socat -u - TCP:10.0.0.2:5000 & sleep 0.3; ss -Htin state established | grep -oE "(ts|sack|wscale:[0-9,]+|mss:[0-9]+) " | tr -d "\n"; echo; wait'
  mss:1460 mss:536 mss:1460 
  $ sleep 0.2; ip netns exec b cat td.out | sed -E 's/^[0-9:.]+ //; s/\.[0-9]{5} >/.PORT >/; s/\.[0-9]{5}:/.PORT:/; s/(seq|ack|val|ecr) [0-9]+/\1 N/g'
  IP 10.0.0.1.PORT > 10.0.0.2.5000: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 10.0.0.2.5000 > 10.0.0.1.PORT: Flags [S.], seq N, ack N, win 64240, options [mss 1460], length 0
  $ ip netns exec b sysctl -qw net.ipv4.tcp_timestamps=2
  $ ip netns exec b sh -c 'tcpdump -nl -i b0 -c 2 "tcp[tcpflags] & tcp-syn != 0" > td.out 2>/dev/null & sleep 0.3'
  $ ip netns exec a sh -c 'sleep 1 | socat -u - TCP:10.0.0.2:5000 & sleep 0.3; ss -Htin state established | grep -oE "(ts|sack|wscale:[0-9,]+|mss:[0-9]+) " | tr -d "\n"; echo; wait'
  mss:1448 mss:536 mss:1448 
  $ sleep 0.2; ip netns exec b cat td.out | sed -E 's/^[0-9:.]+ //; s/\.[0-9]{5} >/.PORT >/; s/\.[0-9]{5}:/.PORT:/; s/(seq|ack|val|ecr) [0-9]+/\1 N/g'
  IP 10.0.0.1.PORT > 10.0.0.2.5000: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 10.0.0.2.5000 > 10.0.0.1.PORT: Flags [S.], seq N, ack N, win 65160, options [mss 1460,nop,nop,TS val N ecr N], length 0
  $ ip netns exec a nstat -asz TcpActiveOpens TcpExtTCPSackShifted TcpExtTCPTimeouts
  #kernel
  TcpActiveOpens                  5                  0.0
  TcpExtTCPTimeouts               0                  0.0
  TcpExtTCPSackShifted            0                  0.0
  $ ip netns pids b | xargs -r kill
