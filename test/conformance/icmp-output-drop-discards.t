Replies the kernel builds itself leave through ip_push_pending_frames() -> ip_send_skb(): when the OUTPUT hook drops one (a TCP reset from ip_send_unicast_reply, an echo reply and a port unreachable from icmp_push_reply) it counts IpOutDiscards as well as IpOutRequests.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a b; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A OUTPUT -p tcp --tcp-flags RST RST -j DROP
  $ ip netns exec b iptables -A OUTPUT -p icmp -j DROP
  $ ip netns exec a sysctl -qw net.ipv4.tcp_syn_retries=1
  $ ip netns exec a nc -z -w 5 10.0.0.2 5000; echo $?
  1
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ echo x | ip netns exec a nc -u -w 1 10.0.0.2 5001
  $ ip netns exec b nstat -az IpOutRequests IpOutDiscards TcpOutRsts IcmpOutMsgs IcmpOutEchoReps IcmpOutDestUnreachs | tail -n +2
  IpOutRequests                   5                  0.0
  IpOutDiscards                   5                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutEchoReps                 1                  0.0
  TcpOutRsts                      3                  0.0
  $ ip netns exec b iptables -L OUTPUT -v -n -x
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         3      120 DROP       6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp flags:0x04/0x04
         2      142 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec a nstat -az TcpRetransSegs TcpAttemptFails | tail -n +2
  TcpAttemptFails                 1                  0.0
  TcpRetransSegs                  2                  0.0
