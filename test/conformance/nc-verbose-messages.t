nc -v messages: a listener's "Listening on" and "Connection received on" lines, succeeded lines with service names from /etc/services and -n, UDP -v, -l with -s, and the stderr of the listener captured in a file.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -v -l -p 80 > l80.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo hi | nc -v -N -p 40000 10.0.0.2 80'
  Connection to 10.0.0.2 80 port [tcp/http] succeeded!
  $ sleep 0.3; cat l80.out
  nc: getnameinfo: Temporary failure in name resolution
  nc: getnameinfo: Temporary failure in name resolution
  hi
  $ ip netns exec b sh -c 'nc -v -n -l -s 10.0.0.2 -p 22 > l22.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo hi | nc -v -n -N -p 40001 10.0.0.2 22'
  Connection to 10.0.0.2 22 port [tcp/*] succeeded!
  $ sleep 0.3; cat l22.out
  Listening on 10.0.0.2 22
  Connection received on 10.0.0.1 40001
  hi
  $ ip netns exec b sh -c 'nc -v -u -l -p 53 > l53.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo q | nc -v -u -w 1 -p 40002 10.0.0.2 53'
  Connection to 10.0.0.2 53 port [udp/domain] succeeded!
  $ sleep 0.3; cat l53.out
  nc: getnameinfo: Temporary failure in name resolution
  nc: getnameinfo: Temporary failure in name resolution
  XXXq
  $ ip netns exec b sh -c 'nc -v -k -l -p 5555 > l5555.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo one | nc -N -p 40003 10.0.0.2 5555; echo two | nc -N -p 40004 10.0.0.2 5555'
  $ sleep 0.3; cat l5555.out
  nc: getnameinfo: Temporary failure in name resolution
  nc: getnameinfo: Temporary failure in name resolution
  one
  nc: getnameinfo: Temporary failure in name resolution
  two
  $ ip netns exec a nc -z -v 10.0.0.2 80 22 5555
  nc: connect to 10.0.0.2 port 80 (tcp) failed: Connection refused
  nc: connect to 10.0.0.2 port 22 (tcp) failed: Connection refused
  Connection to 10.0.0.2 5555 port [tcp/*] succeeded!
  $ ip netns exec a nc -z -v -n 10.0.0.2 5555
  Connection to 10.0.0.2 5555 port [tcp/*] succeeded!
  $ ip netns exec a nc -z -v 10.0.0.2 https
  nc: connect to 10.0.0.2 port 443 (tcp) failed: Connection refused
  [1]
  $ ip netns exec b sh -c 'nc -v -l -s 127.0.0.1 -p 81 > l81.out 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'echo local | nc -N -p 40005 127.0.0.1 81'
  $ sleep 0.3; cat l81.out
  Listening on localhost 81
  Connection received on localhost 40005
  local
  $ ip netns exec b sh -c 'nc -v -l -p 82 > l82.out 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'echo local2 | nc -N -s 127.0.0.1 -p 40006 127.0.0.1 82'
  $ sleep 0.3; cat l82.out
  nc: getnameinfo: Temporary failure in name resolution
  Connection received on localhost 40006
  local2
