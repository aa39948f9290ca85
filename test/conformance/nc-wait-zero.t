nc -w 0 (OpenBSD netcat: -w is poll()'s timeout, 0 ms here): a UDP client sends what stdin already holds and ends at once with status 0; a TCP connect over veth has completed when connect() returns, so it succeeds (a refusal fails); -z scans work.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -u -l -p 5007 > got.txt 2>&1 & sleep 0.3'
  $ echo x | ip netns exec a nc -u -w 0 10.0.0.2 5007; echo status $?
  status 0
  $ sleep 0.3
  $ cat got.txt
  x
  $ echo y | ip netns exec a nc -u -w 0 10.0.0.2 5008; echo status $?
  status 0
  $ printf '' | ip netns exec a nc -u -w 0 10.0.0.2 5007; echo status $?
  status 0
  $ echo z | ip netns exec a nc -w 0 10.0.0.2 5009; echo status $?
  status 1
  $ ip netns exec b sh -c 'nc -l -p 5010 > tcp.txt 2>&1 & sleep 0.3'
  $ echo z | ip netns exec a nc -v -w 0 10.0.0.2 5010; echo status $?
  Connection to 10.0.0.2 5010 port [tcp/*] succeeded!
  status 0
  $ echo z | ip netns exec a nc -v -u -w 0 10.0.0.2 5007; echo status $?
  status 1
  $ ip netns exec a nc -v -w 0 10.0.0.2 5009; echo status $?
  nc: connect to 10.0.0.2 port 5009 (tcp) failed: Connection refused
  status 1
  $ ip netns exec b sh -c 'nc -l -p 5011 > tcp2.txt 2>&1 & sleep 0.3'
  $ ip netns exec a nc -z -v -w 0 10.0.0.2 5011 5012; echo status $?
  Connection to 10.0.0.2 5011 port [tcp/*] succeeded!
  nc: connect to 10.0.0.2 port 5012 (tcp) failed: Connection refused
  status 0
  $ sleep 0.3
  $ cat tcp.txt tcp2.txt
  z
  $ ip netns exec a nstat -az UdpOutDatagrams UdpInDatagrams IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              2                  0.0
  UdpInDatagrams                  0                  0.0
  UdpOutDatagrams                 3                  0.0
