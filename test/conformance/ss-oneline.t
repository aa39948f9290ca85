ss -O (--oneline) keeps a socket's -m and -i details on its own line instead of a tab-indented second one: a TCP listener's skmem, a UDP socket's, an established connection's tcp_info (two lines with the header, three without -O).
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l -p 5000 > /dev/null & sleep 0.3'
  $ ip netns exec b sh -c 'nc -u -l -p 5001 > /dev/null & sleep 0.3'
  $ ip netns exec b ss -tlnmO
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  LISTEN 0      1            0.0.0.0:5000      0.0.0.0:*    skmem:(r0,rb131072,t0,tb16384,f0,w0,o0,bl0,d0)
  $ ip netns exec b ss -tlnm
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  LISTEN 0      1            0.0.0.0:5000      0.0.0.0:*   
  	 skmem:(r0,rb131072,t0,tb16384,f0,w0,o0,bl0,d0)
  $ ip netns exec b ss -ulnmO
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0            0.0.0.0:5001      0.0.0.0:*    skmem:(r0,rb212992,t0,tb212992,f0,w0,o0,bl0,d0)
  $ ip netns exec b ss -ulnm
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0            0.0.0.0:5001      0.0.0.0:*   
  	 skmem:(r0,rb212992,t0,tb212992,f0,w0,o0,bl0,d0)
  $ ip netns exec b ss -ulniO
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0            0.0.0.0:5001      0.0.0.0:*          
  $ ip netns exec a sh -c 'sleep 3 | nc 10.0.0.2 5000 & sleep 0.5'
  $ ip netns exec a ss -tni state established | wc -l
  3
  $ ip netns exec a ss -tniO state established | wc -l
  2
  $ sleep 3
