Spoofed sources from tools a host offers: ping -I and nc -s with an address that is not local (refused, then with ip_nonlocal_bind allowed to bind but the output route wants a local source: ENETUNREACH, counted in IpOutNoRoutes), socat's bind= with ip-transparent (IP_TRANSPARENT: the route takes any source, the datagram leaves; the router answers port unreachable to nobody, no route back) or freebind (ENETUNREACH), then rp_filter on the router dropping it (TcpExtIPReversePathFilter); ip route get and traceroute -s from the address, ping -B.
  $ ip netns add a; ip netns add r
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip -n a link set a0 up; ip -n a link set lo up; ip -n r link set r0 up; ip -n r link set lo up
  $ ip -n a addr add 10.1.0.2/24 dev a0; ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n a route add default via 10.1.0.1
  $ ip netns exec a ping -c 1 -W 1 -I 10.9.9.9 10.1.0.1
  ping: bind: Cannot assign requested address
  [2]
  $ ip netns exec a sysctl -qw net.ipv4.ip_nonlocal_bind=1
  $ ip netns exec a ping -c 1 -W 1 -I 10.9.9.9 10.1.0.1
  PING 10.1.0.1 (10.1.0.1) from 10.9.9.9 : 56(84) bytes of data.
  
  --- 10.1.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 -s 10.9.9.9 10.1.0.1 5000' 2>&1 | sed 's/.* E /E /; s/0x[0-9a-f]*/PTR/'; echo ${PIPESTATUS[0]}
  1
  $ ip netns exec a sh -c 'echo x | socat - UDP4-SENDTO:10.1.0.1:5000,bind=10.9.9.9' 2>&1 | sed 's/.* E /E /; s/0x[0-9a-f]*/PTR/'; echo ${PIPESTATUS[0]}
  E sendto(5, PTR, 2, 0, AF=2 10.1.0.1:5000, 16): Network is unreachable
  1
  $ ip netns exec a sh -c 'echo x | socat - UDP4-SENDTO:10.1.0.1:5000,bind=10.9.9.9,ip-transparent' 2>&1 | sed 's/.* E /E /; s/0x[0-9a-f]*/PTR/'; echo ${PIPESTATUS[0]}
  0
  $ ip netns exec a sh -c 'echo x | socat - UDP4-SENDTO:10.1.0.1:5000,bind=10.9.9.9,freebind' 2>&1 | sed 's/.* E /E /; s/0x[0-9a-f]*/PTR/'; echo ${PIPESTATUS[0]}
  E sendto(5, PTR, 2, 0, AF=2 10.1.0.1:5000, 16): Network is unreachable
  1
  $ ip netns exec a nstat -az IpOutRequests IpOutNoRoutes UdpOutDatagrams | grep -v '^#'
  IpOutRequests                   1                  0.0
  IpOutNoRoutes                   3                  0.0
  UdpOutDatagrams                 1                  0.0
  $ ip netns exec r nstat -az IpInReceives UdpNoPorts IcmpOutDestUnreachs | grep -v '^#'
  IpInReceives                    1                  0.0
  IcmpOutDestUnreachs             0                  0.0
  UdpNoPorts                      1                  0.0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip netns exec a sh -c 'echo x | socat - UDP4-SENDTO:10.1.0.1:5000,bind=10.9.9.9,ip-transparent' 2>&1 | sed 's/.* E /E /; s/0x[0-9a-f]*/PTR/'; echo ${PIPESTATUS[0]}
  0
  $ sleep 0.2; ip netns exec r nstat -az IpInReceives UdpNoPorts IcmpOutDestUnreachs TcpExtIPReversePathFilter | grep -v '^#'
  IpInReceives                    2                  0.0
  IcmpOutDestUnreachs             0                  0.0
  UdpNoPorts                      1                  0.0
  TcpExtIPReversePathFilter       1                  0.0
  $ ip -n a route get 10.1.0.1 from 10.9.9.9
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip netns exec a traceroute -n -s 10.9.9.9 -w 1 -q 1 -m 1 10.1.0.1
  traceroute to 10.1.0.1 (10.1.0.1), 1 hops max, 60 byte packets
  connect: Network is unreachable
  [1]
  $ ip netns exec a ping -c 1 -W 1 -I a0 -B 10.1.0.1 2>&1 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
