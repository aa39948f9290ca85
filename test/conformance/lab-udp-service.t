A small UDP service lab: a server behind a router answers on one port; the client's datagrams to a closed port draw ICMP port unreachable (nc reports the refusal), a firewall on the router rejects with chosen ICMP types, and the counters a user reads (/proc/net/snmp Udp, nstat, ss -uan, iptables -L -v -n -x) after each step.
  $ for n in c r s; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add eth0 netns c address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add r1 netns r address 02:00:00:00:01:02 type veth peer name eth0 netns s address 02:00:00:00:02:01
  $ ip -n c link set eth0 up; ip -n s link set eth0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n c addr add 172.16.1.2/24 dev eth0; ip -n c route add default via 172.16.1.1
  $ ip -n r addr add 172.16.1.1/24 dev r0; ip -n r addr add 172.16.2.1/24 dev r1
  $ ip -n s addr add 172.16.2.2/24 dev eth0; ip -n s route add default via 172.16.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec s nc -u -l -p 9000 > srv.out 2>&1 & SRV=$!
  $ sleep 0.5; ip netns exec s ss -uan
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0            0.0.0.0:9000      0.0.0.0:*          
  $ ip netns exec c sh -c 'echo one | nc -u -w 1 -p 5000 172.16.2.2 9000'; echo rc=$?
  rc=0
  $ sleep 0.3; cat srv.out
  one
  $ ip netns exec s ss -uan
  State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  ESTAB 0      0         172.16.2.2:9000   172.16.1.2:5000       
  $ ip netns exec c sh -c 'echo two | nc -u -w 1 -p 5001 172.16.2.2 9001'; echo rc=$?
  rc=0
  $ ip netns exec c nc -zuv -w 1 172.16.2.2 9001; echo rc=$?
  rc=1
  $ ip netns exec s nstat -az UdpInDatagrams UdpNoPorts UdpInErrors UdpOutDatagrams IcmpOutDestUnreachs | sed 1d
  IcmpOutDestUnreachs             2                  0.0
  UdpInDatagrams                  1                  0.0
  UdpNoPorts                      2                  0.0
  UdpInErrors                     0                  0.0
  UdpOutDatagrams                 0                  0.0
  $ ip netns exec c nstat -az UdpOutDatagrams IcmpInDestUnreachs UdpInDatagrams | sed 1d
  IcmpInDestUnreachs              2                  0.0
  UdpInDatagrams                  0                  0.0
  UdpOutDatagrams                 3                  0.0
  $ ip netns exec r iptables -A FORWARD -p udp --dport 9002 -j REJECT
  $ ip netns exec r iptables -A FORWARD -p udp --dport 9003 -j REJECT --reject-with icmp-host-prohibited
  $ ip netns exec r iptables -A FORWARD -p udp --dport 9004 -j REJECT --reject-with icmp-net-unreachable
  $ ip netns exec r iptables -A FORWARD -p udp --dport 9005 -j DROP
  $ ip netns exec c ping -c 1 -W 1 172.16.2.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 172.16.2.2: icmp_seq=1 ttl=63 
  $ ip netns exec r tcpdump -nn -i r0 -c 3 icmp > d1 2>/dev/null &
  $ sleep 1; for p in 9002 9003 9004 9005; do ip netns exec c sh -c "echo x | nc -u -w 1 172.16.2.2 $p"; echo $p rc=$?; done
  9002 rc=0
  9003 rc=0
  9004 rc=0
  9005 rc=0
  $ wait $!; sed -E 's/^[0-9:.]+ //; s/172.16.1.2.[0-9]+ /172.16.1.2.P /; s/udp port [0-9]+/udp port P/' d1
  IP 172.16.1.1 > 172.16.1.2: ICMP 172.16.2.2 udp port P unreachable, length 38
  IP 172.16.1.1 > 172.16.1.2: ICMP host 172.16.2.2 unreachable - admin prohibited, length 38
  IP 172.16.1.1 > 172.16.1.2: ICMP net 172.16.2.2 unreachable, length 38
  $ ip netns exec r iptables -L FORWARD -v -n -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       30 REJECT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:9002 reject-with icmp-port-unreachable
         1       30 REJECT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:9003 reject-with icmp-host-prohibited
         1       30 REJECT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:9004 reject-with icmp-net-unreachable
         1       30 DROP       17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:9005
  $ ip netns exec r nstat -az IcmpOutDestUnreachs IcmpOutMsgs IpForwDatagrams | sed 1d
  IpForwDatagrams                 11                 0.0
  IcmpOutMsgs                     3                  0.0
  IcmpOutDestUnreachs             3                  0.0
  $ ip netns exec c nstat -az IcmpInDestUnreachs IcmpInMsgs | sed 1d
  IcmpInMsgs                      6                  0.0
  IcmpInDestUnreachs              5                  0.0
  $ ip netns exec c sed -n 7,8p /proc/net/snmp
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  $ ip netns exec s sed -n 7,8p /proc/net/snmp
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  $ kill $SRV; wait
