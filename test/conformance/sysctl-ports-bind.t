Port and bind knobs in effect: ip_local_port_range limiting a client's ports (two connections in a range of two, the third refused), ip_local_reserved_ports skipped by autobind but not by an explicit bind, ip_nonlocal_bind for TCP and UDP, and icmp_echo_ignore_broadcasts for a broadcast ping.
  $ ip netns add a; ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:00:a0 type veth peer name b0 netns b address 02:00:00:00:00:b0
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n a link set lo up; ip -n b link set lo up
  $ ip -n a addr add 10.1.0.1/24 dev a0; ip -n b addr add 10.1.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l -k -p 5000 > /dev/null 2>&1 &'; sleep 0.2
  $ ip netns exec a sysctl -w net.ipv4.ip_local_port_range="40000 40001"
  net.ipv4.ip_local_port_range = 40000 40001
  $ ip netns exec a sh -c 'sleep 2 | nc 10.1.0.2 5000 & sleep 0.2'
  $ ip netns exec a sh -c 'sleep 2 | nc 10.1.0.2 5000 & sleep 0.2'
  $ ip netns exec a sh -c 'sleep 2 | nc 10.1.0.2 5000 & sleep 0.2'
  $ ip netns exec a ss -tn | sort
  ESTAB 0      0           10.1.0.1:40000     10.1.0.2:5000       
  ESTAB 0      0           10.1.0.1:40001     10.1.0.2:5000       
  State Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
  $ ip netns exec a nc -z -w 1 10.1.0.2 5000; echo $?
  1
  $ sleep 2.5
  $ ip netns exec a ss -tn state established | sort
  0      0           10.1.0.1:40000     10.1.0.2:5000       
  0      0           10.1.0.1:40001     10.1.0.2:5000       
  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
  $ ip netns exec a sysctl -w net.ipv4.ip_local_reserved_ports=40000
  net.ipv4.ip_local_reserved_ports = 40000
  $ ip netns exec a sh -c 'sleep 1 | nc 10.1.0.2 5000 & sleep 0.2'
  $ ip netns exec a ss -tn state established | sort
  0      0           10.1.0.1:40000     10.1.0.2:5000       
  0      0           10.1.0.1:40001     10.1.0.2:5000       
  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
  $ sleep 1.5
  $ ip netns exec a nc -l -p 40000; echo $?
  nc: Address already in use
  1
  $ sleep 0.2; ip netns exec a nc -s 10.1.0.77 -z -w 1 10.1.0.2 5000
  nc: bind failed: Cannot assign requested address
  [1]
  $ ip netns exec a sysctl -w net.ipv4.ip_nonlocal_bind=1
  net.ipv4.ip_nonlocal_bind = 1
  $ ip netns exec a nc -s 10.1.0.77 -z -w 1 10.1.0.2 5000; echo $?
  1
  $ ip netns exec a nc -u -l -s 10.9.9.9 -p 7000 & sleep 0.2; ip netns exec a ss -uln; kill $!
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0           10.9.9.9:7000      0.0.0.0:*          
  $ sleep 0.2; ip netns exec a sysctl -w net.ipv4.ip_nonlocal_bind=0
  net.ipv4.ip_nonlocal_bind = 0
  $ ip netns exec a nc -u -l -s 10.9.9.9 -p 7001; echo $?
  nc: Cannot assign requested address
  1
  $ ip netns exec a ping -c 1 -W 1 -b 10.1.0.255 2>&1 | tail -3 | head -1
  --- 10.1.0.255 ping statistics ---
  $ ip netns exec b sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=0
  net.ipv4.icmp_echo_ignore_broadcasts = 0
  $ ip netns exec a ping -c 1 -W 1 -b 10.1.0.255 2>&1 | sed -n 1,3p | sed -E 's/time=.*//'
  WARNING: pinging broadcast address
  PING 10.1.0.255 (10.1.0.255) 56(84) bytes of data.
  64 bytes from 10.1.0.2: icmp_seq=1 ttl=64 
  $ ip netns exec a sysctl -w net.ipv4.ip_unprivileged_port_start=1024 net.ipv4.ip_local_port_range="1000 1100"
  net.ipv4.ip_unprivileged_port_start = 1024
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.ipv4.ip_local_port_range="1024 1100"
  net.ipv4.ip_local_port_range = 1024 1100
  $ ip netns exec a sysctl -w net.ipv4.ip_unprivileged_port_start=1050
  sysctl: setting key "net.ipv4.ip_unprivileged_port_start": Invalid argument
  [1]
  $ ip netns exec a sysctl net.ipv4.ip_unprivileged_port_start net.ipv4.ip_local_port_range net.ipv4.ip_local_reserved_ports
  net.ipv4.ip_unprivileged_port_start = 1024
  net.ipv4.ip_local_port_range = 1024	1100
  net.ipv4.ip_local_reserved_ports = 40000
