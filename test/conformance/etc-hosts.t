Host names from /etc/hosts (a private copy bind-mounted over the host's):
ping, traceroute and nc resolve them and print them; unknown names fail as
each tool says it.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a type veth peer name b0 netns b
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ printf '127.0.0.1\tlocalhost\n10.0.0.2\th2 h2alias\n10.0.0.1 h1 # the first host\n' > hosts
  $ mount --bind hosts /etc/hosts
  $ ip netns exec a ping -c1 h2 | head -2
  PING h2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from h2 (10.0.0.2): icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c1 H2ALIAS | head -2
  PING h2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from h2 (10.0.0.2): icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c1 -n h2 | head -2
  PING h2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec b ping -c1 10.0.0.1 | head -2
  PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c1 h9
  ping: h9: Temporary failure in name resolution
  [2]
  $ ip netns exec a traceroute h2
  traceroute to h2 (10.0.0.2), 30 hops max, 60 byte packets
   1  h2 (10.0.0.2)  * ms  * ms  * ms (glob)
  $ ip netns exec a traceroute h9
  h9: Temporary failure in name resolution
  Cannot handle "host" cmdline arg `h9' on position 1 (argc 1)
  [2]
  $ ip netns exec a nc -z -v h2 80
  nc: connect to h2 (10.0.0.2) port 80 (tcp) failed: Connection refused
  [1]
  $ ip netns exec a nc -z -v h9 80
  nc: getaddrinfo for host "h9" port 80: Temporary failure in name resolution
  [1]
  $ ip netns exec a nc -z -v -n h2 80
  nc: getaddrinfo for host "h2" port 80: Name or service not known
  [1]
