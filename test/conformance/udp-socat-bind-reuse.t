UDP ports in use through socat: a second UDP-RECV or UDP-LISTEN on a port is EADDRINUSE unless both sockets set so-reuseaddr or both so-reuseport (one side alone fails), a wildcard and a specific address on one port conflict the same way, a different address of the host is free; sp= of a client on a bound port; the listings (ss -uanp, owner names) and the bind errors as socat prints them.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a addr add 10.0.0.11/24 dev a0
  $ ip netns exec a sh -c 'socat -u UDP-RECV:6000 - > /dev/null & sleep 0.3'
  $ ip netns exec a socat -u UDP-RECV:6000 - 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E bind(5, {AF=2 0.0.0.0:6000}, 16): Address already in use
  $ ip netns exec a socat -u UDP-RECV:6000,reuseaddr - 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E bind(5, {AF=2 0.0.0.0:6000}, 16): Address already in use
  $ ip netns exec a socat -u UDP-RECV:6000,reuseport - 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E bind(5, {AF=2 0.0.0.0:6000}, 16): Address already in use
  $ ip netns exec a socat -u UDP-RECV:6000,bind=10.0.0.1 - 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E bind(5, {AF=2 10.0.0.1:6000}, 16): Address already in use
  $ ip netns exec a socat -u UDP-LISTEN:6000 - 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E bind(5, {AF=2 0.0.0.0:6000}, 16): Address already in use
  $ ip netns exec a sh -c 'socat -u UDP-RECV:6001,reuseaddr - > /dev/null & sleep 0.3'
  $ ip netns exec a sh -c 'socat -u UDP-RECV:6001,reuseaddr,bind=10.0.0.1 - > /dev/null & sleep 0.3'
  $ ip netns exec a socat -u UDP-RECV:6001 - 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E bind(5, {AF=2 0.0.0.0:6001}, 16): Address already in use
  $ ip netns exec a socat -u UDP-RECV:6001,reuseport - 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E bind(5, {AF=2 0.0.0.0:6001}, 16): Address already in use
  $ ip netns exec a sh -c 'socat -u UDP-RECV:6002,reuseport - > /dev/null & sleep 0.3'
  $ ip netns exec a sh -c 'socat -u UDP-RECV:6002,reuseport - > /dev/null & sleep 0.3'
  $ ip netns exec a socat -u UDP-RECV:6002,reuseaddr - 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E bind(5, {AF=2 0.0.0.0:6002}, 16): Address already in use
  $ ip netns exec a sh -c 'socat -u UDP-RECV:6003,bind=10.0.0.1 - > /dev/null & sleep 0.3'
  $ ip netns exec a sh -c 'socat -u UDP-RECV:6003,bind=10.0.0.11 - > /dev/null & sleep 0.3'
  $ ip netns exec a socat -u UDP-RECV:6003 - 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E bind(5, {AF=2 0.0.0.0:6003}, 16): Address already in use
  $ ip netns exec a socat -u UDP-RECV:6003,bind=127.0.0.1 - < /dev/null > /dev/null 2>&1 & sleep 0.3
  $ ip netns exec a sh -c 'echo x | socat -u - UDP:10.0.0.2:9,sp=6000' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E bind(5, {AF=2 0.0.0.0:6000}, 16): Address already in use
  $ ip netns exec a sh -c 'echo x | socat -u - UDP:10.0.0.2:9,sp=6002,reuseport' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  $ ip netns exec a sh -c 'echo x | nc -u -w 0 -p 6000 10.0.0.2 9'
  nc: bind failed: Address already in use
  [1]
  $ ip netns exec a sh -c 'echo x | nc -u -w 0 -p 6002 10.0.0.2 9'
  nc: bind failed: Address already in use
  [1]
  $ ip netns exec a ss -Huanp | sed -E 's/pid=[0-9]+/pid=N/g; s/ +/ /g' | sort
  UNCONN 0 0 0.0.0.0:6000 0.0.0.0:* users:(("socat",pid=N,fd=5))
  UNCONN 0 0 0.0.0.0:6001 0.0.0.0:* users:(("socat",pid=N,fd=5))
  UNCONN 0 0 0.0.0.0:6002 0.0.0.0:* users:(("socat",pid=N,fd=5))
  UNCONN 0 0 0.0.0.0:6002 0.0.0.0:* users:(("socat",pid=N,fd=5))
  UNCONN 0 0 10.0.0.11:6003 0.0.0.0:* users:(("socat",pid=N,fd=5))
  UNCONN 0 0 10.0.0.1:6001 0.0.0.0:* users:(("socat",pid=N,fd=5))
  UNCONN 0 0 10.0.0.1:6003 0.0.0.0:* users:(("socat",pid=N,fd=5))
  UNCONN 0 0 127.0.0.1:6003 0.0.0.0:* users:(("socat",pid=N,fd=5))
  $ ip netns exec a nstat -asz UdpOutDatagrams
  #kernel
  UdpOutDatagrams                 1                  0.0
