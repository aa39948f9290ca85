SO_KEEPALIVE and TCP_KEEPIDLE set on a listener (socat TCP-LISTEN keepalive,keepidle=5) are inherited by the accepted socket (inet_csk_clone_lock(), tcp_create_openreq_child() arms the keepalive timer): the server's connection shows the keepalive timer with the listener's idle time, the listener itself has none, the client without keepalive has no timer; probes after the idle time are answered (TCPKeepAlive on the server only).
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5000,reuseaddr,keepalive,keepidle=5,keepintvl=2 OPEN:/dev/null > b.log 2>&1 & sleep 0.3'
  $ ip netns exec b ss -Hltno
  LISTEN 0      5      0.0.0.0:5000 0.0.0.0:*
  $ ip netns exec a sh -c 'sleep 8 | socat -u - TCP:10.0.0.2:5000 > a.log 2>&1 & sleep 0.5'
  $ ip netns exec b ss -Htno state established | sed -E 's/:[0-9]{5} */:PORT /; s/keepalive,[0-9.]+(ms|sec|min)/keepalive,T/; s/ +$//'
  0      0      10.0.0.2:5000 10.0.0.1:PORT timer:(keepalive,T,0)
  $ ip netns exec a ss -Htno state established | sed -E 's/:[0-9]{5} */:PORT /; s/ +$//'
  0      0      10.0.0.1:PORT 10.0.0.2:5000
  $ sleep 5.5; ip netns exec b nstat -asz TcpExtTCPKeepAlive
  #kernel
  TcpExtTCPKeepAlive              1                  0.0
  $ ip netns exec a nstat -asz TcpExtTCPKeepAlive
  #kernel
  TcpExtTCPKeepAlive              0                  0.0
  $ ip netns exec b ss -Htno state established | sed -E 's/:[0-9]{5} */:PORT /; s/keepalive,[0-9.]+(ms|sec|min)/keepalive,T/; s/ +$//'
  0      0      10.0.0.2:5000 10.0.0.1:PORT timer:(keepalive,T,0)
  $ ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill
