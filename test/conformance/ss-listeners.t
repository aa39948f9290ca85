ss listings of listening TCP and unconnected UDP sockets: -tln, -uln, -tuln (Netid column), with and without the header, service names without -n, and filters.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l -p 5001 > /dev/null 2>&1 & nc -l -p 22 > /dev/null 2>&1 & nc -l -s 10.0.0.2 -p 80 > /dev/null 2>&1 & nc -u -l -p 6001 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec b ss -Htln
  LISTEN 0      1       0.0.0.0:5001 0.0.0.0:*
  LISTEN 0      1       0.0.0.0:22   0.0.0.0:*
  LISTEN 0      1      10.0.0.2:80   0.0.0.0:*
  $ ip netns exec b ss -Htl
  LISTEN 0      1       0.0.0.0:5001 0.0.0.0:*
  LISTEN 0      1       0.0.0.0:ssh  0.0.0.0:*
  LISTEN 0      1      10.0.0.2:http 0.0.0.0:*
  $ ip netns exec b ss -Huln
  UNCONN 0      0      0.0.0.0:6001 0.0.0.0:*
  $ ip netns exec b ss -Htuln
  udp UNCONN 0      0       0.0.0.0:6001 0.0.0.0:*
  tcp LISTEN 0      1       0.0.0.0:5001 0.0.0.0:*
  tcp LISTEN 0      1       0.0.0.0:22   0.0.0.0:*
  tcp LISTEN 0      1      10.0.0.2:80   0.0.0.0:*
  $ ip netns exec b ss -tln
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  LISTEN 0      1            0.0.0.0:5001      0.0.0.0:*          
  LISTEN 0      1            0.0.0.0:22        0.0.0.0:*          
  LISTEN 0      1           10.0.0.2:80        0.0.0.0:*          
  $ ip netns exec b ss -Htln sport = :5001
  LISTEN 0      1      0.0.0.0:5001 0.0.0.0:*
  $ ip netns exec b ss -Htln 'sport > :1000'
  LISTEN 0      1      0.0.0.0:5001 0.0.0.0:*
  $ ip netns exec b ss -Htln src 10.0.0.2
  LISTEN 0      1      10.0.0.2:80 0.0.0.0:*
  $ ip netns exec b ss -Htan state listening
  0      1       0.0.0.0:5001 0.0.0.0:*
  0      1       0.0.0.0:22   0.0.0.0:*
  0      1      10.0.0.2:80   0.0.0.0:*
  $ ip netns exec b ss -Htn
