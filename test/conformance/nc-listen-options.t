nc options on both ends: -k keeps a TCP listener for the next client, -N half-closes after stdin, -q quits after EOF, -w ends an idle UDP session, -d ignores stdin, -I and -O set the socket buffers (ss -m shows them doubled), -4 and -6 with an IPv4 address, -z with a UDP range, and the -s/-p bind errors.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -k -l -p 6000 > k.out 2>&1 & sleep 0.3'
  $ echo first | ip netns exec a nc -N 10.0.0.2 6000
  $ echo second | ip netns exec a nc -N 10.0.0.2 6000
  $ echo third | ip netns exec a nc -q 0 10.0.0.2 6000
  $ sleep 0.3; cat k.out
  first
  second
  third
  $ ip netns exec b ss -Htln
  LISTEN 0      1      0.0.0.0:6000 0.0.0.0:*
  $ ip netns exec b sh -c 'nc -l -p 6001 -I 4096 -O 8192 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec b ss -Htlnm 'sport = :6001' | sed -E 's/(skmem:\(r[0-9]+,rb[0-9]+,t[0-9]+,tb[0-9]+),.*/\1)/'
  LISTEN 0      1      0.0.0.0:6001 0.0.0.0:*
  	 skmem:(r0,rb8192,t0,tb16384)
  $ ip netns exec b sh -c 'nc -u -l -p 6002 -I 2048 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec b ss -Hulnm | sed -E 's/(skmem:\(r[0-9]+,rb[0-9]+,t[0-9]+,tb[0-9]+),.*/\1)/'
  UNCONN 0      0      0.0.0.0:6002 0.0.0.0:*
  	 skmem:(r0,rb4096,t0,tb212992)
  $ ip netns exec b sh -c 'nc -u -l -p 6003 > u.out 2>&1 & sleep 0.3'
  $ echo once | ip netns exec a nc -u -w 1 10.0.0.2 6003; echo rc=$?
  rc=0
  $ sleep 0.3; cat u.out
  once
  $ ip netns exec b sh -c 'nc -d -l -p 6004 > d.out 2>&1 & sleep 0.3'
  $ echo ignored | ip netns exec a nc -d -w 1 10.0.0.2 6004; echo rc=$?
  rc=0
  $ sleep 0.3; wc -c < d.out
  0
  $ ip netns exec a nc -4 -z -v -w 1 10.0.0.2 6000
  Connection to 10.0.0.2 6000 port [tcp/x11] succeeded!
  $ ip netns exec a nc -6 -z -v -w 1 10.0.0.2 6000
  nc: getaddrinfo for host "10.0.0.2" port 6000: Address family for hostname not supported
  [1]
  $ ip netns exec a nc -u -z -v -w 1 10.0.0.2 6002-6003
  Connection to 10.0.0.2 6002 port [udp/*] succeeded!
  [1]
  $ ip netns exec a nc -z -v -w 1 -p 6000 10.0.0.2 6000
  Connection to 10.0.0.2 6000 port [tcp/x11] succeeded!
  $ ip netns exec a nc -z -v -w 1 -p 6000 10.0.0.2 6000
  nc: bind failed: Address already in use
  [1]
  $ ip netns exec a nc -z -s 10.0.0.2 10.0.0.2 6000
  nc: bind failed: Cannot assign requested address
  [1]
  $ ip netns exec a nc -I 0 -z 10.0.0.2 6000 < /dev/null
  nc: TCP receive window too small: 0
  [1]
  $ ip netns exec a nc -q abc 10.0.0.2 6000 < /dev/null
  nc: quit timer invalid: abc
  [1]
  $ ip netns exec b nstat -az TcpPassiveOpens UdpInDatagrams
  #kernel
  TcpPassiveOpens                 6                  0.0
  UdpInDatagrams                  4                  0.0
