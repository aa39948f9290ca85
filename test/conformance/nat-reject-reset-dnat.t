REJECT --reject-with tcp-reset on a router after DNAT: the reset joins the connection of the segment it answers (nf_send_reset: nf_ct_attach), so NAT gives it the address the client connected to and the client's connect is refused (conntrack keeps no entry: the refused packets never reach confirmation).
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ for n in h r; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip -n r addr add 10.9.9.254/24 dev lo
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h route add 10.9.9.0/24 via 192.168.0.121
  $ ip -n r route add 10.8.8.0/24 via 192.168.0.40
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip netns exec r iptables -t nat -A PREROUTING -d 10.9.9.1 -j DNAT --to-destination 10.8.8.2
  $ ip netns exec r iptables -A FORWARD -p tcp -j REJECT --reject-with tcp-reset
  $ ip netns exec r iptables -A FORWARD -p udp -j REJECT
  $ ip netns exec h nc -z -w 2 10.9.9.1 80; echo $?
  1
  $ ip netns exec h nc -zv -w 2 10.9.9.1 81 2>&1 | sed -E 's/ \(tcp\)//'
  nc: connect to 10.9.9.1 port 81 failed: Connection refused
  $ echo x | ip netns exec h nc -u -w 1 10.9.9.1 53; echo $?
  0
  $ ip netns exec h nstat -az TcpAttemptFails TcpInSegs IcmpInDestUnreachs IcmpInErrors | tail -n +2
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              0                  0.0
  TcpAttemptFails                 2                  0.0
  TcpInSegs                       2                  0.0
  $ ip netns exec r iptables -L FORWARD -v -n -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      120 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            reject-with tcp-reset
         1       30 REJECT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            reject-with icmp-port-unreachable
  $ ip netns exec r conntrack -L 2>&1 | sed -E 's/ +[0-9]+ (CLOSE|src)/ T \1/; s/sport=[0-9]+/sport=P/g; s/dport=[0-9]+ src=10.8/dport=P src=10.8/' | sort
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
