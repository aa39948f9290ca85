iperf3 --logfile: the client's and the server's reports go to files (appended), nothing to the terminal; an error goes to the log too.
  $ norm() { sed -E 's/[0-9]+\.[0-9]{2}-[0-9]+\.[0-9]{2} +sec/T sec/; s/ +[0-9.]+ [KMGT]?Bytes/ B/g; s/ +[0-9.]+ [KMGT]?bits\/sec/ R/g; s/port [0-9]{5}/port P/g; s/R +[0-9]+ +(B|sender)/R n \1/; s/ +$//'; }
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a iperf3 -c 10.0.0.2 -t 1 --logfile c.log; echo status $?
  status 1
  $ cat c.log
  iperf3: error - unable to connect to server: Connection refused
  $ ip netns exec b sh -c 'iperf3 -s -1 --logfile s.log & sleep 0.5'
  $ ip netns exec a iperf3 -c 10.0.0.2 -t 1 -i 0 --logfile c.log; echo status $?
  status 0
  $ sleep 0.5; norm < c.log
  iperf3: error - unable to connect to server: Connection refused
  Connecting to host 10.0.0.2, port 5201
  [  6] local 10.0.0.1 port P connected to 10.0.0.2 port 5201
  [ ID] Interval           Transfer     Bitrate         Retr  Cwnd
  [  6]   T sec B R n B
  - - - - - - - - - - - - - - - - - - - - - - - - -
  [ ID] Interval           Transfer     Bitrate         Retr
  [  6]   T sec B R n sender
  [  6]   T sec B R                  receiver
  
  iperf Done.
  $ norm < s.log | grep -v 'R$'
  -----------------------------------------------------------
  Server listening on 5201 (test #1)
  -----------------------------------------------------------
  Accepted connection from 10.0.0.1, port P
  [  6] local 10.0.0.2 port 5201 connected to 10.0.0.1 port P
  [ ID] Interval           Transfer     Bitrate
  - - - - - - - - - - - - - - - - - - - - - - - - -
  [ ID] Interval           Transfer     Bitrate
  [  6]   T sec B R                  receiver
