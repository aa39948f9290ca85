TCP_MAXSEG before connect/listen (socat mss): the SYN and SYN-ACK advertise the user MSS instead of the route's (tcp_advertise_mss()), each side sends at most the smaller of the two (ss -i mss, tcpdump lengths), out-of-range values are EINVAL (TCP_MIN_MSS 88 .. MAX_TCP_WINDOW), mss=0 keeps the default.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a socat -u - TCP:10.0.0.2:5000,mss=87 < /dev/null 2>&1 | sed -E 's/^[0-9/ :.]+socat\[[0-9]+\] /socat /'
  socat E setsockopt(5, 6, 2, {87}, 4): Invalid argument
  $ ip netns exec a socat -u - TCP:10.0.0.2:5000,mss=65536 < /dev/null 2>&1 | sed -E 's/^[0-9/ :.]+socat\[[0-9]+\] /socat /'
  socat E setsockopt(5, 6, 2, {65536}, 4): Invalid argument
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5000,reuseaddr,fork,mss=600 OPEN:/dev/null > b.log 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'tcpdump -nl -i b0 -c 6 tcp > td.out 2>/dev/null & sleep 0.3'
  $ ip netns exec a sh -c 'head -c 2000 /dev/zero | socat -u - TCP:10.0.0.2:5000,mss=1000'; sleep 1.2
  $ ip netns exec b cat td.out | sed -E 's/^[0-9:.]+ //; s/\.[0-9]{5} >/.PORT >/; s/\.[0-9]{5}:/.PORT:/; s/(seq|ack|val|ecr) [0-9]+/\1 N/g'
  IP 10.0.0.1.PORT > 10.0.0.2.5000: Flags [S], seq N, win 65000, options [mss 1000,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 10.0.0.2.5000 > 10.0.0.1.PORT: Flags [S.], seq N, ack N, win 65268, options [mss 600,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 10.0.0.1.PORT > 10.0.0.2.5000: Flags [.], ack N, win 64, options [nop,nop,TS val N ecr N], length 0
  IP 10.0.0.1.PORT > 10.0.0.2.5000: Flags [P.], seq N:2001, ack N, win 64, options [nop,nop,TS val N ecr N], length 2000
  IP 10.0.0.2.5000 > 10.0.0.1.PORT: Flags [.], ack N, win 68, options [nop,nop,TS val N ecr N], length 0
  IP 10.0.0.1.PORT > 10.0.0.2.5000: Flags [F.], seq N, ack N, win 64, options [nop,nop,TS val N ecr N], length 0
  $ ip netns exec b sh -c 'tcpdump -nl -i b0 -c 2 "tcp[tcpflags] & tcp-syn != 0" > td.out 2>/dev/null & sleep 0.3'
  $ ip netns exec a sh -c 'sleep 1 | socat -u - TCP:10.0.0.2:5000,mss=0 & sleep 0.3; ss -Htin state established | grep -oE "(mss|advmss|rcvmss):[0-9]+" | tr "\n" " "; echo; wait'
  mss:588 rcvmss:536 advmss:1448 
  $ sleep 0.2; ip netns exec b cat td.out | sed -E 's/^[0-9:.]+ //; s/\.[0-9]{5} >/.PORT >/; s/\.[0-9]{5}:/.PORT:/; s/(seq|ack|val|ecr) [0-9]+/\1 N/g'
  IP 10.0.0.1.PORT > 10.0.0.2.5000: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 10.0.0.2.5000 > 10.0.0.1.PORT: Flags [S.], seq N, ack N, win 65268, options [mss 600,sackOK,TS val N ecr N,nop,wscale 10], length 0
  $ ip netns exec a sh -c 'sleep 1 | socat -u - TCP:10.0.0.2:5000,mss=300 & sleep 0.3; ss -Htin state established | grep -oE "(mss|advmss|rcvmss):[0-9]+" | tr "\n" " "; echo; wait'
  mss:288 rcvmss:288 advmss:288 
  $ ip netns exec b ss -Htln
  LISTEN 0      5      0.0.0.0:5000 0.0.0.0:*
  $ ip netns pids b | xargs -r kill
