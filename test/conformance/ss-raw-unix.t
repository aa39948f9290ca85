ss -w lists raw sockets (ping's ICMP socket while it runs, -4 leaving out its ICMPv6 one: the protocol shows as the port, named or numeric), ss -x unix sockets (none in a fresh namespace: the header only); -H drops the header.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ss -w
  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec a ss -wa
  State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec a sh -c 'ping -q -c 6 -i 0.5 10.0.0.2 > p.txt & sleep 0.3'
  $ ip netns exec a ss -wa4
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0            0.0.0.0:icmp      0.0.0.0:*          
  $ ip netns exec a ss -wan4
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0            0.0.0.0:1         0.0.0.0:*          
  $ ip netns exec a ss -Hwan4
  UNCONN 0      0      0.0.0.0:1 0.0.0.0:*
  $ ip netns exec a ss -wl4
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0            0.0.0.0:icmp      0.0.0.0:*          
  $ ip netns exec a ss -w4
  State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec a cat /proc/net/raw | sed -E 's/^ +[0-9]+:/SL:/; s/ [0-9]+ 2 [0-9a-f]{16}/ INO 2 PTR/'
    sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
  SL: 00000000:0001 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 INO 2 PTR 0
  $ ip netns exec a ss -tuw
  Netid State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec a ss -u
  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec a ss -ua
  State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec a ss -uw4 -a
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  raw   UNCONN 0      0            0.0.0.0:icmp      0.0.0.0:*          
  $ sleep 3; ip netns exec a ss -wan
  State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec a ss -x
  Netid State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec a ss -xa
  Netid State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec a ss -Hxa
  $ ip netns exec a ss -xl
  Netid State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec a cat /proc/net/raw
    sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
