Local port choice: ip_local_port_range narrowed to one or two ports (connect picks from it, the same port serves different peers, a third connection to the same peer finds none: EADDRNOTAVAIL), ip_local_reserved_ports, bind to port 0 by nc -l; listings.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b addr add 10.0.0.3/24 dev b0
  $ ip netns exec b sh -c 'nc -k -l -p 5000 > /dev/null 2>&1 & nc -k -l -p 5001 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a sysctl -w net.ipv4.ip_local_port_range="40000 40000"
  net.ipv4.ip_local_port_range = 40000 40000
  $ ip netns exec a sysctl net.ipv4.ip_local_port_range
  net.ipv4.ip_local_port_range = 40000	40000
  $ ip netns exec a sh -c '(sleep 2) | nc 10.0.0.2 5000 & sleep 0.3'
  $ ip netns exec a sh -c '(sleep 2) | nc 10.0.0.2 5001 & sleep 0.3'
  $ ip netns exec a sh -c '(sleep 2) | nc 10.0.0.3 5000 & sleep 0.3'
  $ ip netns exec a ss -Htan | sort
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5001
  ESTAB 0      0      10.0.0.1:40000 10.0.0.3:5000
  $ ip netns exec a nc -z -v 10.0.0.2 5000
  nc: connect to 10.0.0.2 port 5000 (tcp) failed: Cannot assign requested address
  [1]
  $ ip netns exec a nc -u -z 10.0.0.2 5000; echo $?
  0
  $ sleep 2
  $ ip netns exec a ss -Htan | sort
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5001
  ESTAB 0      0      10.0.0.1:40000 10.0.0.3:5000
  $ ip netns exec a nc -z -v 10.0.0.2 5000
  nc: connect to 10.0.0.2 port 5000 (tcp) failed: Cannot assign requested address
  [1]
  $ ip netns exec a sysctl -w net.ipv4.ip_local_port_range="40010 40011"
  net.ipv4.ip_local_port_range = 40010 40011
  $ ip netns exec a sysctl -w net.ipv4.ip_local_reserved_ports=40010
  net.ipv4.ip_local_reserved_ports = 40010
  $ ip netns exec a sh -c '(sleep 1) | nc 10.0.0.3 5001 & sleep 0.3'
  $ ip netns exec a ss -Htan state established | sort
  0      0      10.0.0.1:40000 10.0.0.2:5000
  0      0      10.0.0.1:40000 10.0.0.2:5001
  0      0      10.0.0.1:40000 10.0.0.3:5000
  0      0      10.0.0.1:40011 10.0.0.3:5001
  $ ip netns exec a sysctl -w net.ipv4.ip_local_port_range="40020 40010"
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.ipv4.ip_local_port_range="0 40010"
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  [1]
  $ ip netns exec a sysctl net.ipv4.ip_local_port_range
  net.ipv4.ip_local_port_range = 40010	40011
  $ ip netns exec a sysctl -w net.ipv4.ip_local_reserved_ports=abc
  sysctl: setting key "net.ipv4.ip_local_reserved_ports": Invalid argument
  [1]
  $ ip netns exec a sysctl net.ipv4.ip_local_reserved_ports
  net.ipv4.ip_local_reserved_ports = 40010
