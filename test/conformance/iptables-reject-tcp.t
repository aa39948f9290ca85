REJECT on a router as nc sees it: --reject-with tcp-reset (the RST leaves from the server's address: ip_route_me_harder() lets a forwarded segment's destination be the source), the default port unreachable, host-prohibited, DROP's timeout, and UDP admin-prohibited; the counters each side keeps (nf_send_reset counts no TcpOutRsts).
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:0a:02
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:0b:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.1/24 dev a0; ip -n r addr add 10.1.0.254/24 dev r0
  $ ip -n r addr add 10.2.0.254/24 dev r1; ip -n b addr add 10.2.0.1/24 dev b0
  $ ip -n a route add default via 10.1.0.254; ip -n b route add default via 10.2.0.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec b sh -c 'nc -k -l 80 >/dev/null 2>&1 & sleep 0.2'
  $ ip netns exec r iptables -A FORWARD -p tcp --dport 80 -j REJECT --reject-with tcp-reset
  $ ip netns exec a nc -z -v -w 1 10.2.0.1 80
  nc: connect to 10.2.0.1 port 80 (tcp) failed: Connection refused
  [1]
  $ ip netns exec a nstat -az TcpAttemptFails TcpInErrs TcpActiveOpens TcpOutRsts
  #kernel
  TcpActiveOpens                  1                  0.0
  TcpAttemptFails                 1                  0.0
  TcpInErrs                       0                  0.0
  TcpOutRsts                      0                  0.0
  $ ip netns exec r nstat -az TcpOutRsts TcpOutSegs IpForwDatagrams IpOutRequests
  #kernel
  IpForwDatagrams                 1                  0.0
  IpOutRequests                   1                  0.0
  TcpOutSegs                      0                  0.0
  TcpOutRsts                      0                  0.0
  $ ip netns exec r iptables -R FORWARD 1 -p tcp --dport 80 -j REJECT
  $ ip netns exec a nc -z -v -w 1 10.2.0.1 80
  nc: connect to 10.2.0.1 port 80 (tcp) failed: Connection refused
  [1]
  $ ip netns exec r iptables -R FORWARD 1 -p tcp --dport 80 -j REJECT --reject-with icmp-host-prohibited
  $ ip netns exec a nc -z -v -w 1 10.2.0.1 80
  nc: connect to 10.2.0.1 port 80 (tcp) failed: No route to host
  [1]
  $ ip netns exec r iptables -R FORWARD 1 -p tcp --dport 80 -j DROP
  $ ip netns exec a nc -z -v -w 1 10.2.0.1 80
  nc: connect to 10.2.0.1 port 80 (tcp) timed out: Operation now in progress
  [1]
  $ ip netns exec r iptables -R FORWARD 1 -p udp -j REJECT --reject-with icmp-admin-prohibited
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 10.2.0.1 53; echo rc=$?'
  rc=0
  $ ip netns exec r iptables -L FORWARD -v -n
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    30 REJECT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            reject-with icmp-admin-prohibited
  $ ip netns exec r nstat -az IcmpOutDestUnreachs IcmpMsgOutType3
  #kernel
  IcmpOutDestUnreachs             3                  0.0
  IcmpMsgOutType3                 3                  0.0
  $ ip netns exec a nstat -az IcmpInDestUnreachs IcmpMsgInType3 TcpAttemptFails TcpExtLockDroppedIcmps
  #kernel
  IcmpInDestUnreachs              3                  0.0
  IcmpMsgInType3                  3                  0.0
  TcpAttemptFails                 1                  0.0
  TcpExtLockDroppedIcmps          2                  0.0
  $ ip netns exec r iptables -F
  $ ip netns exec r iptables -A INPUT -p tcp --dport 22 -j REJECT --reject-with tcp-reset
  $ ip netns exec a nc -z -v -w 1 10.1.0.254 22
  nc: connect to 10.1.0.254 port 22 (tcp) failed: Connection refused
  [1]
  $ ip netns exec a nc -z -v -w 1 10.2.0.254 22
  nc: connect to 10.2.0.254 port 22 (tcp) failed: Connection refused
  [1]
  $ ip netns exec r iptables -A OUTPUT -p tcp --dport 25 -j REJECT --reject-with tcp-reset
  $ ip netns exec r nc -z -v -w 1 10.2.0.1 25
  nc: connect to 10.2.0.1 port 25 (tcp) failed: Connection refused
  [1]
  $ ip netns exec r iptables -L -v -n
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   120 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:22 reject-with tcp-reset
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    60 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:25 reject-with tcp-reset
  $ ip netns exec r nstat -az TcpOutRsts TcpAttemptFails
  #kernel
  TcpAttemptFails                 1                  0.0
  TcpOutRsts                      0                  0.0
