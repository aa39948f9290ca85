Binding sockets with nc: a second listener on a port (nc sets SO_REUSEADDR and SO_REUSEPORT), TCP and UDP sharing a port, an address the host lacks (EADDRNOTAVAIL) and ip_nonlocal_bind, a listener bound to one address, the listings.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l -s 10.0.0.2 -p 5000 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'nc -l -p 5000 > l2.out 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'nc -u -l -p 5000 > u1.out 2>&1 & sleep 0.3'
  $ ip netns exec b ss -Htuln | sort
  tcp LISTEN 0      1       0.0.0.0:5000 0.0.0.0:*
  tcp LISTEN 0      1      10.0.0.2:5000 0.0.0.0:*
  udp UNCONN 0      0       0.0.0.0:5000 0.0.0.0:*
  $ cat l2.out u1.out
  $ ip netns exec b nc -l -s 10.0.0.9 -p 5001
  nc: Cannot assign requested address
  [1]
  $ ip netns exec b nc -u -l -s 10.0.0.9 -p 5001
  nc: Cannot assign requested address
  [1]
  $ ip netns exec b nc -n -l -s 10.0.0.300 -p 5003
  nc: getaddrinfo: Name or service not known
  [1]
  $ ip netns exec a nc -s 10.0.0.7 10.0.0.2 5000 < /dev/null
  nc: bind failed: Cannot assign requested address
  [1]
  $ ip netns exec a nc -u -s 10.0.0.7 10.0.0.2 5000 < /dev/null
  nc: bind failed: Cannot assign requested address
  [1]
  $ ip netns exec a nc -z -v -s 10.0.0.7 10.0.0.2 5000
  nc: bind failed: Cannot assign requested address
  [1]
  $ ip netns exec b sysctl -w net.ipv4.ip_nonlocal_bind=1
  net.ipv4.ip_nonlocal_bind = 1
  $ ip netns exec b sh -c 'nc -l -s 10.0.0.9 -p 5001 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec b ss -Htln | sort
  LISTEN 0      1       0.0.0.0:5000 0.0.0.0:*
  LISTEN 0      1      10.0.0.2:5000 0.0.0.0:*
  LISTEN 0      1      10.0.0.9:5001 0.0.0.0:*
  $ ip netns exec a nc -z -v -w 1 10.0.0.2 5001
  nc: connect to 10.0.0.2 port 5001 (tcp) failed: Connection refused
  [1]
  $ ip netns exec a nc -z -v -w 1 10.0.0.2 5000
  Connection to 10.0.0.2 5000 port [tcp/*] succeeded!
  $ ip netns exec b sysctl -w net.ipv4.ip_nonlocal_bind=0
  net.ipv4.ip_nonlocal_bind = 0
  $ ip netns exec b ss -Htln | sort
  LISTEN 0      1       0.0.0.0:5000 0.0.0.0:*
  LISTEN 0      1      10.0.0.9:5001 0.0.0.0:*
  $ ip netns exec a sysctl -w net.ipv4.ip_nonlocal_bind=1
  net.ipv4.ip_nonlocal_bind = 1
  $ ip netns exec a nc -z -v -w 1 -s 10.0.0.7 10.0.0.2 5000
  nc: connect to 10.0.0.2 port 5000 (tcp) failed: Network is unreachable
  [1]
  $ ip netns exec a nc -z -v -w 1 -s 127.0.0.1 10.0.0.2 5000
  nc: connect to 10.0.0.2 port 5000 (tcp) failed: Invalid argument
  [1]
  $ ip netns exec b nstat -az TcpPassiveOpens TcpActiveOpens TcpOutRsts TcpAttemptFails TcpCurrEstab
  #kernel
  TcpActiveOpens                  0                  0.0
  TcpPassiveOpens                 1                  0.0
  TcpAttemptFails                 0                  0.0
  TcpOutRsts                      1                  0.0
