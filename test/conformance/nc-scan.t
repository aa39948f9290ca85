nc -z port scans: a range against one listener reports each refused port with -v and the open one as succeeded; the status is 0 once one port answered.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l -p 5002 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a nc -z -v -w 1 10.0.0.2 5000-5003
  nc: connect to 10.0.0.2 port 5000 (tcp) failed: Connection refused
  nc: connect to 10.0.0.2 port 5001 (tcp) failed: Connection refused
  Connection to 10.0.0.2 5002 port [tcp/*] succeeded!
  nc: connect to 10.0.0.2 port 5003 (tcp) failed: Connection refused
  $ ip netns exec a nc -z -w 1 10.0.0.2 5000-5001
  [1]
  $ ip netns exec a nc -z -v -w 1 10.0.0.2 http ssh
  nc: connect to 10.0.0.2 port 80 (tcp) failed: Connection refused
  nc: connect to 10.0.0.2 port 22 (tcp) failed: Connection refused
  [1]
  $ ip netns exec b nstat -asz TcpOutRsts TcpPassiveOpens
  #kernel
  TcpPassiveOpens                 1                  0.0
  TcpOutRsts                      7                  0.0
