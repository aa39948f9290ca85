One 40000-byte write over a veth pair (the payload lengths tcpdump sees on the sender's side): the peer's ACKs of the first two skbs come back while the writer's sendmsg() still holds the socket, wait in its backlog and are coalesced there (tcp_add_backlog(): the later ACK and window, TCPBacklogCoalesce), so at release_sock() one ACK acknowledges all ten segments and the next skb is ten segments; the same again for the ACKs of what that ACK released. Then again with Nagle off (TCP_NODELAY).
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:01:01 type veth peer name v2 netns h2 address 02:00:00:00:02:01
  $ ip -n h1 link set v1 up
  $ ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip netns exec h1 sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ head -c 40000 /dev/zero > f
  $ ip netns exec h2 nc -l 5000 > got & sleep 0.3; ip netns exec h1 tcpdump -l -n -t -i v1 'tcp and dst port 5000' > out 2> err & sleep 1; ip netns exec h1 nstat -n; ip netns exec h1 socat -b 40000 -u - TCP:10.0.0.2:5000 < f; sleep 1; kill $!; wait; echo $(wc -c < got): $(grep -v 'length 0$' out | sed -E 's/.*length //')
  40000: 7240 7240 14480 11040
  $ ip netns exec h1 nstat TcpExtTCPBacklogCoalesce | sed -E 's/ +/ /g'
  #kernel
  TcpExtTCPBacklogCoalesce 2 0.0
  $ ip netns exec h2 nstat -az TcpExtTCPBacklogCoalesce | sed -E 's/ +/ /g'
  #kernel
  TcpExtTCPBacklogCoalesce 0 0.0
  $ ip netns exec h2 nc -l 5000 > got & sleep 0.3; ip netns exec h1 tcpdump -l -n -t -i v1 'tcp and dst port 5000' > out 2> err & sleep 1; ip netns exec h1 nstat -n; ip netns exec h1 socat -b 40000 -u - TCP:10.0.0.2:5000,nodelay < f; sleep 1; kill $!; wait; echo $(wc -c < got): $(grep -v 'length 0$' out | sed -E 's/.*length //')
  40000: 7240 7240 14480 11040
