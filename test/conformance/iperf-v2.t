iperf 2 (v2 syntax, as the send-to-self material uses it): a refused TCP client, a TCP test with -i reports against `iperf -s`, a UDP test at 1M (iperf 2 reads it as 2^20 bit/s) with the server's report, -B. Times, sizes, rates, datagram counts, the TCP_INFO triple and ephemeral ports depend on the machine, so norm() replaces them and keeps the layout.
  $ norm() { sed -E 's/[0-9]+\.[0-9]{4}-[0-9]+\.[0-9]{4} sec/T sec/; s/ +[0-9.]+ [KMGT]?Bytes/ B/g; s/ +[0-9.]+ [KMGT]?bits\/sec/ R/g; s/port [0-9]{5}/port P/g; s/irtt=[0-9]+\/[0-9]+\/[0-9]+/irtt=I/; s/ +[0-9.]+ ms [0-9]+\/[0-9]+ /  J ms L\/N /; s/Sent [0-9]+ datagrams/Sent N datagrams/'; }
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a iperf -c 10.0.0.2 -t 1
  ------------------------------------------------------------
  Client connecting to 10.0.0.2, TCP port 5001
  TCP window size: 16.0 KByte (default)
  ------------------------------------------------------------
  tcp connect failed: Connection refused
  [  1] local 0.0.0.0 port 0 connected with 10.0.0.2 port 5001
  $ ip netns exec b sh -c 'iperf -s > s1.log 2>&1 & sleep 0.5'
  $ ip netns exec a iperf -c 10.0.0.2 -t 2 -i 1 | norm
  ------------------------------------------------------------
  Client connecting to 10.0.0.2, TCP port 5001
  TCP window size: 16.0 KByte (default)
  ------------------------------------------------------------
  [  1] local 10.0.0.1 port P connected with 10.0.0.2 port 5001 (icwnd/mss/irtt=I)
  [ ID] Interval       Transfer     Bandwidth
  [  1] T sec B R
  [  1] T sec B R
  [  1] T sec B R
  $ sleep 0.5; norm < s1.log
  ------------------------------------------------------------
  Server listening on TCP port 5001
  TCP window size:  128 KByte (default)
  ------------------------------------------------------------
  [  1] local 10.0.0.2 port 5001 connected with 10.0.0.1 port P (icwnd/mss/irtt=I)
  [ ID] Interval       Transfer     Bandwidth
  [  1] T sec B R
  $ ip netns exec b sh -c 'iperf -s -u -p 5002 > s2.log 2>&1 & sleep 0.5'
  $ ip netns exec a iperf -c 10.0.0.2 -u -b 1M -t 2 -p 5002 | norm
  ------------------------------------------------------------
  Client connecting to 10.0.0.2, UDP port 5002
  Sending 1470 byte datagrams, IPG target: 11215.21 us (kalman adjust)
  UDP buffer size:  208 KByte (default)
  ------------------------------------------------------------
  [  1] local 10.0.0.1 port P connected with 10.0.0.2 port 5002
  [ ID] Interval       Transfer     Bandwidth
  [  1] T sec B R
  [  1] Sent N datagrams
  [  1] Server Report:
  [ ID] Interval       Transfer     Bandwidth        Jitter   Lost/Total Datagrams
  [  1] T sec B R  J ms L/N (0%)
  $ sleep 0.5; norm < s2.log
  ------------------------------------------------------------
  Server listening on UDP port 5002
  UDP buffer size:  208 KByte (default)
  ------------------------------------------------------------
  [  1] local 10.0.0.2 port 5002 connected with 10.0.0.1 port P
  [ ID] Interval       Transfer     Bandwidth        Jitter   Lost/Total Datagrams
  [  1] T sec B R  J ms L/N (0%)
  $ ip netns exec a iperf -c 10.0.0.2 -B 10.0.0.1 -t 1 | norm
  ------------------------------------------------------------
  Client connecting to 10.0.0.2, TCP port 5001
  TCP window size: 16.0 KByte (default)
  ------------------------------------------------------------
  [  1] local 10.0.0.1 port P connected with 10.0.0.2 port 5001 (icwnd/mss/irtt=I)
  [ ID] Interval       Transfer     Bandwidth
  [  1] T sec B R
  $ ip netns exec a iperf -x
  iperf: option requires an argument -- x
  Usage: iperf [-s|-c host] [options]
  Try `iperf --help' for more information.
  $ ip netns exec a iperf
  Usage: iperf [-s|-c host] [options]
  Try `iperf --help' for more information.
