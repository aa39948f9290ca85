UDP sources the host does not own: binding one is EADDRNOTAVAIL until net.ipv4.ip_nonlocal_bind=1 or IP_FREEBIND (socat ip-freebind), and then the route lookup still refuses the source (ip_route_output_key_hash: a source that is not local needs FLOWI_FLAG_ANYSRC, IP_TRANSPARENT): connect is ENETUNREACH, counted in IpOutNoRoutes, for socat and nc alike; a listener may sit on such an address; IP_TRANSPARENT (socat ip-transparent) lets it out with that source; a source on another interface (lo) leaves on the wire.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a addr add 10.0.1.1/24 dev lo
  $ ip netns exec a sh -c 'echo x | socat -u - UDP:10.0.0.2:9000,bind=10.9.9.9' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/'
  socat E bind(5, {AF=2 10.9.9.9:0}, 16): Cannot assign requested address
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 -s 10.9.9.9 10.0.0.2 9000'
  nc: bind failed: Cannot assign requested address
  [1]
  $ ip netns exec b sh -c 'socat -u UDP-RECVFROM:9000,fork - > got 2>&1 & sleep 0.2'
  $ ip netns exec b timeout 5 tcpdump -t -n -i b0 udp > dump 2>/dev/null & sleep 1
  $ ip netns exec a sh -c 'echo freebind | socat -u - UDP:10.0.0.2:9000,bind=10.9.9.9,ip-freebind' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/'
  socat E connect(5, AF=2 10.0.0.2:9000, 16): Network is unreachable
  $ ip netns exec a sysctl -qw net.ipv4.ip_nonlocal_bind=1
  $ ip netns exec a sh -c 'echo nonlocal | socat -u - UDP:10.0.0.2:9000,bind=10.9.9.9:6000' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/'
  socat E connect(5, AF=2 10.0.0.2:9000, 16): Network is unreachable
  $ ip netns exec a sh -c 'echo nc-nonlocal | nc -u -w 1 -s 10.9.9.8 -p 6001 10.0.0.2 9000'
  [1]
  $ ip netns exec a sh -c 'echo transparent | socat -u - UDP:10.0.0.2:9000,bind=10.9.9.9:6003,ip-transparent'
  $ ip netns exec a sh -c 'echo transparent2 | socat -u - UDP-SENDTO:10.0.0.2:9000,bind=10.9.9.6:6004,transparent'
  $ ip netns exec a sh -c 'echo lo-addr | socat -u - UDP:10.0.0.2:9000,bind=10.0.1.1:6002'
  $ wait; cat dump
  IP 10.9.9.9.6003 > 10.0.0.2.9000: UDP, length 12
  IP 10.9.9.6.6004 > 10.0.0.2.9000: UDP, length 13
  IP 10.0.1.1.6002 > 10.0.0.2.9000: UDP, length 8
  $ sleep 0.3; ip netns exec b cat got
  transparent
  transparent2
  lo-addr
  $ ip netns exec a ss -Huan
  $ ip netns exec a sh -c 'socat -u UDP-RECV:7000,bind=10.9.9.7 - > never 2>&1 & sleep 0.2'
  $ ip netns exec a ss -Huan
  UNCONN 0      0      10.9.9.7:7000 0.0.0.0:*
  $ ip netns exec a nstat -asz UdpOutDatagrams IpOutRequests IpOutNoRoutes
  #kernel
  IpOutRequests                   3                  0.0
  IpOutNoRoutes                   3                  0.0
  UdpOutDatagrams                 3                  0.0
  $ ip netns exec b nstat -asz UdpInDatagrams IpInReceives
  #kernel
  IpInReceives                    3                  0.0
  UdpInDatagrams                  3                  0.0
