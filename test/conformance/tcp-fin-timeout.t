An orphan in FIN_WAIT2 (the client closed after its idle timeout, the server's FIN is dropped on the way back): it waits tcp_fin_timeout under the timewait timer, then is gone; past 60 s the first part runs on the keepalive timer (tcp_fin_time() - TCP_TIMEWAIT_LEN).
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a iptables -A INPUT -p tcp --sport 5001 --tcp-flags FIN FIN -j DROP
  $ ip netns exec a sysctl -qw net.ipv4.tcp_fin_timeout=5
  $ ip netns exec b sh -c 'nc -l -p 5001 > out.txt 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo hello | nc -N -w 1 10.0.0.2 5001 > /dev/null 2>&1 & sleep 0.5'
  $ ip netns exec a ss -Htan | sed -E 's/:[0-9]{5} /:PORT /'
  FIN-WAIT-2 0      0      10.0.0.1:PORT 10.0.0.2:5001
  $ sleep 1; ip netns exec a ss -Htano | sed -E 's/:[0-9]{5} /:PORT /; s/timewait,[0-9.]+(m?s|sec)/timewait,NN/'
  FIN-WAIT-2 0      0      10.0.0.1:PORT 10.0.0.2:5001 timer:(timewait,NN,0)
  $ sleep 6; ip netns exec a ss -Htan
  $ ip netns exec a sysctl -qw net.ipv4.tcp_fin_timeout=70
  $ ip netns exec b sh -c 'nc -l -p 5001 > out.txt 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo hello | nc -N -w 1 10.0.0.2 5001 > /dev/null 2>&1 & sleep 0.5'
  $ sleep 1; ip netns exec a ss -Htano | sed -E 's/:[0-9]{5} /:PORT /; s/,[0-9.]+(m?s|sec),/,NN,/'
  FIN-WAIT-2 0      0      10.0.0.1:PORT 10.0.0.2:5001 timer:(keepalive,NN,0)
  $ sleep 10; ip netns exec a ss -Htano | sed -E 's/:[0-9]{5} /:PORT /; s/,[0-9.]+(m?s|sec),/,NN,/'
  FIN-WAIT-2 0      0      10.0.0.1:PORT 10.0.0.2:5001 timer:(timewait,NN,0)
  $ sleep 10; ip netns exec a ss -Htan
