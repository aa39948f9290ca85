nc and socat error paths: refused, timeouts, bad ports, addresses in use or not local, usage.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for n in a b; do ip -n $n link set lo up; ip -n $n link set ${n}0 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a nc -z -v 10.0.0.2 5000 < /dev/null
  nc: connect to 10.0.0.2 port 5000 (tcp) failed: Connection refused
  [1]
  $ ip netns exec a nc -z -v -w 1 10.0.0.9 5000 < /dev/null
  nc: connect to 10.0.0.9 port 5000 (tcp) timed out: Operation now in progress
  [1]
  $ ip netns exec a nc -v 10.0.0.2 70000 < /dev/null
  nc: port number too large: 70000
  [1]
  $ ip netns exec a nc -v 10.0.5.5 80 < /dev/null
  nc: connect to 10.0.5.5 port 80 (tcp) failed: Network is unreachable
  [1]
  $ ip netns exec a nc -l 10.0.0.9 5000 < /dev/null
  nc: Cannot assign requested address
  [1]
  $ ip netns exec a sh -c 'nc -l 10.0.0.1 5000 < /dev/null > /dev/null &'
  $ sleep 0.2
  $ ip netns exec a nc < /dev/null
  usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]
  	  [-m minttl] [-O length] [-P proxy_username] [-p source_port]
  	  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]
  	  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]
  	  [destination] [port]
  [1]
  $ ip netns exec a nc -x < /dev/null
  nc: option requires an argument -- 'x'
  usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]
  	  [-m minttl] [-O length] [-P proxy_username] [-p source_port]
  	  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]
  	  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]
  	  [destination] [port]
  [1]
  $ ip netns exec a nc -z -v 10.0.0.2 4999-5001 < /dev/null 2>&1 | sort
  nc: connect to 10.0.0.2 port 4999 (tcp) failed: Connection refused
  nc: connect to 10.0.0.2 port 5000 (tcp) failed: Connection refused
  nc: connect to 10.0.0.2 port 5001 (tcp) failed: Connection refused
  $ ip netns exec a nc -z -v 10.0.0.2 5001-4999 < /dev/null
  nc: connect to 10.0.0.2 port 4999 (tcp) failed: Connection refused
  nc: connect to 10.0.0.2 port 5000 (tcp) failed: Connection refused
  nc: connect to 10.0.0.2 port 5001 (tcp) failed: Connection refused
  [1]
  $ ip netns exec a nc -z -v 10.0.0.2 abc < /dev/null
  nc: port number invalid: abc
  [1]
  $ ip netns exec a nc -u -z -v 10.0.0.2 5000 < /dev/null
  [1]
  $ ip netns exec a nc -s 10.9.9.9 10.0.0.2 5000 < /dev/null
  nc: bind failed: Cannot assign requested address
  [1]
  $ ip netns exec a nc -p 5000 10.0.0.2 5000 < /dev/null
  nc: bind failed: Address already in use
  [1]
  $ ip netns exec a nc -w abc 10.0.0.2 5000 < /dev/null
  nc: timeout invalid: abc
  [1]
  $ ip netns exec a nc -z 10.0.0.2 < /dev/null
  nc: missing port number
  [1]
  $ ip netns exec a socat - TCP:10.0.0.2:5000 < /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E connect(5, AF=2 10.0.0.2:5000, 16): Connection refused
  $ ip netns exec a socat - TCP:10.0.5.5:80 < /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E connect(5, AF=2 10.0.5.5:80, 16): Network is unreachable
  $ ip netns exec a socat - TCP-LISTEN:5000,bind=10.0.0.9 < /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E bind(5, {AF=2 10.0.0.9:5000}, 16): Cannot assign requested address
  $ ip netns exec a socat - TCP-LISTEN:5000,bind=10.0.0.1 < /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E bind(5, {AF=2 10.0.0.1:5000}, 16): Address already in use
  $ ip netns exec a socat - BOGUS:1 < /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E unknown device/address "BOGUS"
  $ ip netns exec a socat - UDP:10.0.0.2 < /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E UDP: wrong number of parameters (1 instead of 2)
  $ ip netns exec a socat - TCP:10.0.0.2:70000 < /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E connect(5, AF=2 10.0.0.2:4464, 16): Connection refused
  $ ip netns exec a socat < /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E exactly 2 addresses required (there are 0); use option "-h" for help
  $ ip netns exec a socat - < /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E exactly 2 addresses required (there are 1); use option "-h" for help
