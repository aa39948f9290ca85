traceroute -T's module options (mod-tcp.c tcp_options[] through CLIF): mss=NUM in the SYN's option, flags=NUM replacing every flag (a bare ACK draws the target's reset), ecn, the CLIF_ABBREV keywords (fl=, time, win), reuse, and the complaints: a missing or bad argument, an unknown or ambiguous keyword, and which argc it counts. The probes as tcpdump shows them.
  $ ip netns add a
  $ ip netns add r1
  $ ip netns add r2
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r1a netns r1 address 02:00:00:00:01:0a
  $ ip link add r1b netns r1 address 02:00:00:00:01:0b type veth peer name r2a netns r2 address 02:00:00:00:02:0a
  $ ip link add r2b netns r2 address 02:00:00:00:02:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r1 r2 b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n r1 link set r1a up; ip -n r1 link set r1b up; ip -n r2 link set r2a up; ip -n r2 link set r2b up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0; ip -n r1 addr add 10.0.1.1/24 dev r1a; ip -n r1 addr add 10.0.2.1/24 dev r1b
  $ ip -n r2 addr add 10.0.2.2/24 dev r2a; ip -n r2 addr add 10.0.3.1/24 dev r2b; ip -n b addr add 10.0.3.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1; ip -n r1 route add 10.0.3.0/24 via 10.0.2.2; ip -n r2 route add default via 10.0.2.1; ip -n b route add default via 10.0.3.1
  $ for n in r1 r2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0; done
  $ ip netns exec b sysctl -qw net.ipv4.icmp_ratelimit=0
  $ ip netns exec a tcpdump -l -n -i a0 'tcp and src host 10.0.1.2' > td.txt 2> /dev/null &
  $ sleep 0.5
  $ ip netns exec a traceroute -T -n -q 1 -N 1 -f 3 -O mss=100 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -T -n -q 1 -N 1 -f 3 -O mss=70000,info 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   3  10.0.3.2 <rst,ack>  T ms
  $ ip netns exec a traceroute -T -n -q 1 -N 1 -f 3 -O flags=0x12,info 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 44 byte packets
   3  10.0.3.2 <rst>  T ms
  $ ip netns exec a traceroute -T -n -q 1 -N 1 -f 3 -w 1 -O fl=0x10,info 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 40 byte packets
   3  10.0.3.2 <rst>  T ms
  $ ip netns exec a traceroute -T -n -q 1 -N 1 -f 3 -O syn,ecn,info 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 44 byte packets
   3  10.0.3.2 <rst,ack>  T ms
  $ ip netns exec a traceroute -T -n -q 1 -N 1 -f 3 -O time,win,sack 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -T -n -q 1 -N 1 -f 3 -O reuse 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -T -n -q 1 -N 1 -f 3 -w 1 -O flags=0x1ff 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 44 byte packets
   3  *
   4  *
   5  *
   6  *
   7  *
   8  *
   9  *
  10  *
  11  *
  12  *
  13  *
  14  *
  15  *
  16  *
  17  *
  18  *
  19  *
  20  *
  21  *
  22  *
  23  *
  24  *
  25  *
  26  *
  27  *
  28  *
  29  *
  30  *
  $ sleep 0.5; kill %1; wait; sed -E 's/^[0-9:.]+ //; s/\.[0-9]+ > / > /; s/seq [0-9]+/seq N/; s/val [0-9]+ ecr [0-9]+/val N ecr N/; s/ack [0-9]+/ack N/' td.txt
  IP 10.0.1.2 > 10.0.3.2.80: Flags [S], seq N, win 5840, options [mss 100,sackOK,TS val N ecr N,nop,wscale 2], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [S], seq N, win 5840, options [mss 4464,sackOK,TS val N ecr N,nop,wscale 2], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [S.], seq N, ack N, win 5840, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [.], ack N, win 5840, length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [S], seq N, win 5840, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [S], seq N, win 5840, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 2], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [S], seq N, win 5840, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 2], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  IP 10.0.1.2 > 10.0.3.2.80: Flags [FSRP.UEW], seq N, ack N, win 5840, urg 0, options [mss 1460], length 0
  $ ip netns exec a traceroute -T -n -O mss 10.0.3.2; echo $?
  Keyword `mss' (argc 1) requires an argument: `mss=NUM'
  2
  $ ip netns exec a traceroute -T -n -O mss=abc 10.0.3.2; echo $?
  Cannot handle `mss' keyword with arg `abc' (argc 1)
  2
  $ ip netns exec a traceroute -T -n -O mss=100x 10.0.3.2; echo $?
  Cannot handle `mss' keyword with arg `100x' (argc 1)
  2
  $ ip netns exec a traceroute -T -n -O flags=abc 10.0.3.2; echo $?
  Cannot handle `flags' keyword with arg `abc' (argc 1)
  2
  $ ip netns exec a traceroute -T -n -O flags 10.0.3.2; echo $?
  Keyword `flags' (argc 1) requires an argument: `flags=NUM'
  2
  $ ip netns exec a traceroute -T -n -O f=1 10.0.3.2; echo $?
  `f=1' (argc 1): arguments are not allowed
  2
  $ ip netns exec a traceroute -T -n -O syn,bogus 10.0.3.2; echo $?
  `bogus' (argc 2): arguments are not allowed
  2
  $ ip netns exec a traceroute -T -n -O syn=1 10.0.3.2; echo $?
  `syn=1' (argc 1): arguments are not allowed
  2
  $ ip netns exec a traceroute -T -n -O t 10.0.3.2; echo $?
  `t' (argc 1): arguments are not allowed
  2
  $ ip netns exec b nstat -az TcpOutRsts TcpInSegs | tail -n +2
  TcpInSegs                       35                 0.0
  TcpOutRsts                      7                  0.0
