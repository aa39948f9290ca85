What each tool prints when its TCP connect is refused: a closed port (RST) and REJECT with each icmp type and tcp-reset on the server, for nc -v, socat and iperf (2) clients; the client's counters (TcpAttemptFails, IcmpInDestUnreachs) and the server's (TcpOutRsts, IcmpOutDestUnreachs).
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec b iptables -A INPUT -p tcp --dport 6001 -j REJECT
  $ ip netns exec b iptables -A INPUT -p tcp --dport 6002 -j REJECT --reject-with tcp-reset
  $ ip netns exec b iptables -A INPUT -p tcp --dport 6003 -j REJECT --reject-with icmp-host-unreachable
  $ ip netns exec b iptables -A INPUT -p tcp --dport 6004 -j REJECT --reject-with icmp-net-prohibited
  $ ip netns exec b iptables -A INPUT -p tcp --dport 6005 -j REJECT --reject-with icmp-admin-prohibited
  $ ip netns exec b iptables -A INPUT -p tcp --dport 6006 -j REJECT --reject-with icmp-proto-unreachable
  $ for p in 6000 6001 6002 6003 6004 6005 6006; do ip netns exec a nc -v -w 2 10.0.0.2 $p < /dev/null; done
  nc: connect to 10.0.0.2 port 6000 (tcp) failed: Connection refused
  nc: connect to 10.0.0.2 port 6001 (tcp) failed: Connection refused
  nc: connect to 10.0.0.2 port 6002 (tcp) failed: Connection refused
  nc: connect to 10.0.0.2 port 6003 (tcp) failed: No route to host
  nc: connect to 10.0.0.2 port 6004 (tcp) failed: Network is unreachable
  nc: connect to 10.0.0.2 port 6005 (tcp) failed: No route to host
  nc: connect to 10.0.0.2 port 6006 (tcp) failed: Protocol not available
  [1]
  $ for p in 6000 6003 6005; do ip netns exec a socat - TCP:10.0.0.2:$p < /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'; done
  socat[P] E connect(5, AF=2 10.0.0.2:6000, 16): Connection refused
  socat[P] E connect(5, AF=2 10.0.0.2:6003, 16): No route to host
  socat[P] E connect(5, AF=2 10.0.0.2:6005, 16): No route to host
  $ ip netns exec a iperf -c 10.0.0.2 -p 6000 -t 1 2>&1 | grep -v '^---\|^Client connecting\|^TCP window\|^$'
  tcp connect failed: Connection refused
  [  1] local 0.0.0.0 port 0 connected with 10.0.0.2 port 6000
  $ ip netns exec a iperf -c 10.0.0.2 -p 6004 -t 1 2>&1 | grep -v '^---\|^Client connecting\|^TCP window\|^$'
  tcp connect failed: Network is unreachable
  [  1] local 0.0.0.0 port 0 connected with 10.0.0.2 port 6004
  $ ip netns exec a nstat -az TcpActiveOpens TcpAttemptFails TcpOutRsts IcmpInDestUnreachs IcmpMsgInType3 | tail -n +2
  IcmpInDestUnreachs              9                  0.0
  IcmpMsgInType3                  9                  0.0
  TcpActiveOpens                  12                 0.0
  TcpAttemptFails                 7                  0.0
  TcpOutRsts                      0                  0.0
  $ ip netns exec b nstat -az TcpOutRsts TcpInSegs IcmpOutDestUnreachs IcmpMsgOutType3 | tail -n +2
  IcmpOutDestUnreachs             9                  0.0
  IcmpMsgOutType3                 9                  0.0
  TcpInSegs                       3                  0.0
  TcpOutRsts                      3                  0.0
  $ ip netns exec b iptables -nvL INPUT | tail -n +3 | awk '{print $1, $NF, $(NF-1)}'
  1 icmp-port-unreachable reject-with
  1 tcp-reset reject-with
  3 icmp-host-unreachable reject-with
  3 icmp-net-prohibited reject-with
  3 icmp-admin-prohibited reject-with
  1 icmp-proto-unreachable reject-with
