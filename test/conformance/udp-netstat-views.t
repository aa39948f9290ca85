net-tools views of UDP: netstat -su after receive-buffer drops, broadcasts nobody takes (IgnoredMulti) and a closed port, netstat -anu listing unconnected and connected sockets (ESTABLISHED) with a Recv-Q, and -p naming the owner.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'sleep 4 | socat -u - UDP-SENDTO:10.0.0.1:9,sourceport=7000,rcvbuf=1000 & sleep 0.2'
  $ ip netns exec b sh -c 'sleep 4 | socat -u - UDP:10.0.0.1:6000,sourceport=7001 & sleep 0.2'
  $ ip netns exec a sh -c 'for i in 1 2 3 4; do echo d$i | socat -u - UDP:10.0.0.2:7000; done'
  $ ip netns exec a sh -c 'echo x | socat -u - UDP:10.0.0.2:7002'
  $ ip netns exec a sh -c 'echo b | socat -u - UDP-SENDTO:10.0.0.255:7003,broadcast'
  $ ip netns exec b netstat -su
  IcmpMsg:
      OutType3: 1
  Udp:
      0 packets received
      1 packets to unknown port received
      2 packet receive errors
      0 packets sent
      2 receive buffer errors
      0 send buffer errors
      IgnoredMulti: 1
  UdpLite:
  IpExt:
      InBcastPkts: 1
      InOctets: 184
      OutOctets: 58
      InBcastOctets: 30
      InNoECTPkts: 6
  MPTcpExt:
  $ ip netns exec b netstat -anu
  Active Internet connections (servers and established)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  udp     1664      0 0.0.0.0:7000            0.0.0.0:*                          
  udp        0      0 10.0.0.2:7001           10.0.0.1:6000           ESTABLISHED
  $ ip netns exec b netstat -anup | sed -E 's/ [0-9]+\/socat/ PID\/socat/; s/ +$//'
  Active Internet connections (servers and established)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name
  udp     1664      0 0.0.0.0:7000            0.0.0.0:*                           PID/socat
  udp        0      0 10.0.0.2:7001           10.0.0.1:6000           ESTABLISHED PID/socat
  $ ip netns exec b netstat -lnu
  Active Internet connections (only servers)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  udp     1664      0 0.0.0.0:7000            0.0.0.0:*                          
  $ ip netns exec b netstat -nu
  Active Internet connections (w/o servers)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  udp        0      0 10.0.0.2:7001           10.0.0.1:6000           ESTABLISHED
