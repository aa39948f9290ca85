iperf3 over TCP between two namespaces: the client's report line by line (intervals with Retr and Cwnd, the sender and receiver summary, "iperf Done."), the one-off server's log, -n, reverse mode with two parallel streams and [SUM] lines, -B and --cport. Numbers differ from the kernel's (the lab's links cost no time; senders write at a notional host rate), so norm() turns times, sizes, rates, retransmissions and ephemeral ports into letters and keeps the layout.
  $ norm() { sed -E 's/[0-9]+\.[0-9]{2}-[0-9]+\.[0-9]{2} +sec/T sec/; s/ +[0-9.]+ [KMGT]?Bytes/ B/g; s/ +[0-9.]+ [KMGT]?bits\/sec/ R/g; s/port [0-9]{5}/port P/g; s/R +[0-9]+ +(B|sender)/R n \1/; s/ +$//'; }
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'iperf3 -s -1 > s1.log 2>&1 & sleep 0.5'
  $ ip netns exec a iperf3 -c 10.0.0.2 -t 2 | norm
  Connecting to host 10.0.0.2, port 5201
  [  5] local 10.0.0.1 port P connected to 10.0.0.2 port 5201
  [ ID] Interval           Transfer     Bitrate         Retr  Cwnd
  [  5]   T sec B R n B
  [  5]   T sec B R n B
  - - - - - - - - - - - - - - - - - - - - - - - - -
  [ ID] Interval           Transfer     Bitrate         Retr
  [  5]   T sec B R n sender
  [  5]   T sec B R                  receiver
  
  iperf Done.
  $ sleep 0.5; norm < s1.log | grep -v 'R$'
  -----------------------------------------------------------
  Server listening on 5201 (test #1)
  -----------------------------------------------------------
  Accepted connection from 10.0.0.1, port P
  [  5] local 10.0.0.2 port 5201 connected to 10.0.0.1 port P
  [ ID] Interval           Transfer     Bitrate
  - - - - - - - - - - - - - - - - - - - - - - - - -
  [ ID] Interval           Transfer     Bitrate
  [  5]   T sec B R                  receiver
  $ ip netns exec b sh -c 'iperf3 -s -1 -p 5000 > s2.log 2>&1 & sleep 0.5'
  $ ip netns exec a iperf3 -c 10.0.0.2 -p 5000 -n 1M | norm
  Connecting to host 10.0.0.2, port 5000
  [  5] local 10.0.0.1 port P connected to 10.0.0.2 port 5000
  [ ID] Interval           Transfer     Bitrate         Retr  Cwnd
  [  5]   T sec B R n B
  - - - - - - - - - - - - - - - - - - - - - - - - -
  [ ID] Interval           Transfer     Bitrate         Retr
  [  5]   T sec B R n sender
  [  5]   T sec B R                  receiver
  
  iperf Done.
  $ sleep 0.5; norm < s2.log | grep -v 'R$'
  -----------------------------------------------------------
  Server listening on 5000 (test #1)
  -----------------------------------------------------------
  Accepted connection from 10.0.0.1, port P
  [  5] local 10.0.0.2 port 5000 connected to 10.0.0.1 port P
  [ ID] Interval           Transfer     Bitrate
  - - - - - - - - - - - - - - - - - - - - - - - - -
  [ ID] Interval           Transfer     Bitrate
  [  5]   T sec B R                  receiver
  $ ip netns exec b sh -c 'iperf3 -s -1 > s3.log 2>&1 & sleep 0.5'
  $ ip netns exec a iperf3 -c 10.0.0.2 -R -P 2 -t 2 -i 0 | norm
  Connecting to host 10.0.0.2, port 5201
  Reverse mode, remote host 10.0.0.2 is sending
  [  5] local 10.0.0.1 port P connected to 10.0.0.2 port 5201
  [  7] local 10.0.0.1 port P connected to 10.0.0.2 port 5201
  [ ID] Interval           Transfer     Bitrate         Retr  Cwnd
  [  5]   T sec B R
  [  7]   T sec B R
  [SUM]   T sec B R
  - - - - - - - - - - - - - - - - - - - - - - - - -
  [ ID] Interval           Transfer     Bitrate         Retr
  [  5]   T sec B R n sender
  [  5]   T sec B R                  receiver
  [  7]   T sec B R n sender
  [  7]   T sec B R                  receiver
  [SUM]   T sec B R n sender
  [SUM]   T sec B R                  receiver
  
  iperf Done.
  $ ip netns exec b sh -c 'iperf3 -s -1 > s4.log 2>&1 & sleep 0.5'
  $ ip netns exec a iperf3 -c 10.0.0.2 -B 10.0.0.1 --cport 6000 -t 1 -i 0 | norm
  Connecting to host 10.0.0.2, port 5201
  [  5] local 10.0.0.1 port 6000 connected to 10.0.0.2 port 5201
  [ ID] Interval           Transfer     Bitrate         Retr  Cwnd
  [  5]   T sec B R n B
  - - - - - - - - - - - - - - - - - - - - - - - - -
  [ ID] Interval           Transfer     Bitrate         Retr
  [  5]   T sec B R n sender
  [  5]   T sec B R                  receiver
  
  iperf Done.
