iperf3 over UDP at 1 Mbit/s: the sender paces its 1448-byte datagrams (87 in the first second, 86 in the next), the receiver counts them with jitter and loss. Sizes and rates are iperf3's own arithmetic here and match the kernel's; jitter and ephemeral ports are normalised.
  $ norm() { sed -E 's/[0-9]+\.[0-9]{3} ms/J ms/; s/port [0-9]{5}/port P/g; s/ +$//'; }
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'iperf3 -s -1 > s1.log 2>&1 & sleep 0.5'
  $ ip netns exec a iperf3 -c 10.0.0.2 -u -b 1M -t 2 | norm
  Connecting to host 10.0.0.2, port 5201
  [  5] local 10.0.0.1 port P connected to 10.0.0.2 port 5201
  [ ID] Interval           Transfer     Bitrate         Total Datagrams
  [  5]   0.00-1.00   sec   123 KBytes  1.01 Mbits/sec  87
  [  5]   1.00-2.00   sec   122 KBytes   996 Kbits/sec  86
  - - - - - - - - - - - - - - - - - - - - - - - - -
  [ ID] Interval           Transfer     Bitrate         Jitter    Lost/Total Datagrams
  [  5]   0.00-2.00   sec   245 KBytes  1.00 Mbits/sec  J ms  0/173 (0%)  sender
  [  5]   0.00-2.00   sec   245 KBytes  1.00 Mbits/sec  J ms  0/173 (0%)  receiver
  
  iperf Done.
  $ sleep 0.5; norm < s1.log
  -----------------------------------------------------------
  Server listening on 5201 (test #1)
  -----------------------------------------------------------
  Accepted connection from 10.0.0.1, port P
  [  5] local 10.0.0.2 port 5201 connected to 10.0.0.1 port P
  [ ID] Interval           Transfer     Bitrate         Jitter    Lost/Total Datagrams
  [  5]   0.00-1.00   sec   123 KBytes  1.01 Mbits/sec  J ms  0/87 (0%)
  [  5]   1.00-2.00   sec   122 KBytes   996 Kbits/sec  J ms  0/86 (0%)
  - - - - - - - - - - - - - - - - - - - - - - - - -
  [ ID] Interval           Transfer     Bitrate         Jitter    Lost/Total Datagrams
  [  5]   0.00-2.00   sec   245 KBytes  1.00 Mbits/sec  J ms  0/173 (0%)  receiver
  $ ip netns exec b nstat -asz UdpInDatagrams UdpOutDatagrams
  #kernel
  UdpInDatagrams                  174                0.0
  UdpOutDatagrams                 1                  0.0
