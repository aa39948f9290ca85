TCPOPTSTRIP on SYNs: the server sees no timestamps/SACK (or no MSS) and the connection goes on without them; ss on both ends, counters.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv4.tcp_congestion_control=reno; done
  $ ip netns exec b iptables -t mangle -A PREROUTING -p tcp --dport 5000 --syn -j TCPOPTSTRIP --strip-options timestamp,sack-permitted
  $ ip netns exec b iptables -t mangle -A PREROUTING -p tcp --dport 5001 --syn -j TCPOPTSTRIP --strip-options mss
  $ ip netns exec b sh -c 'nc -l 5000 > /dev/null 2>&1 & nc -l 5001 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'sleep 2 | nc 10.0.0.2 5000 > /dev/null 2>&1 & sleep 2 | nc 10.0.0.2 5001 > /dev/null 2>&1 & sleep 0.5'
  $ ip netns exec b ss -Htni state established sport 5000 | grep -oE '\b(ts|sack|wscale:[0-9,]+)\b' | tr '\n' ' '; echo
  wscale:10,10 
  $ ip netns exec a ss -Htni state established dport 5000 | grep -oE '\b(ts|sack|wscale:[0-9,]+)\b' | tr '\n' ' '; echo
  wscale:10,10 
  $ ip netns exec b ss -Htni state established sport 5001 | grep -oE '\b(ts|sack|mss:[0-9]+|advmss:[0-9]+)\b' | tr '\n' ' '; echo
  mss:524 advmss:1448 
  $ ip netns exec a ss -Htni state established dport 5001 | grep -oE '\b(ts|sack|mss:[0-9]+|advmss:[0-9]+)\b' | tr '\n' ' '; echo
  mss:1448 advmss:1448 
  $ ip netns exec b iptables -t mangle -L PREROUTING -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       60 TCPOPTSTRIP  tcp  --  any    any     anywhere             anywhere             tcp dpt:5000 flags:FIN,SYN,RST,ACK/SYN TCPOPTSTRIP options sack-permitted,timestamp
         1       60 TCPOPTSTRIP  tcp  --  any    any     anywhere             anywhere             tcp dpt:5001 flags:FIN,SYN,RST,ACK/SYN TCPOPTSTRIP options mss
  $ ip netns exec b iptables -t mangle -S PREROUTING
  -P PREROUTING ACCEPT
  -A PREROUTING -p tcp -m tcp --dport 5000 --tcp-flags FIN,SYN,RST,ACK SYN -j TCPOPTSTRIP --strip-options 4,8
  -A PREROUTING -p tcp -m tcp --dport 5001 --tcp-flags FIN,SYN,RST,ACK SYN -j TCPOPTSTRIP --strip-options 2
  $ sleep 2; ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill
