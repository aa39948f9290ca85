nc -W recvlimit: a listener ends after that many reads from the network (a UDP datagram each; a TCP read each), with its value checked by strtonum (1..INT_MAX).
  $ ip link set lo up
  $ nc -u -l -p 7000 -W 1 > one.out 2>&1 & P=$!
  $ sleep 0.3; echo first | nc -u -w 0 127.0.0.1 7000; sleep 0.3; cat one.out
  first
  $ sleep 0.3; ss -uan | grep -c 7000
  0
  [1]
  $ wait $P; echo rc=$?
  rc=0
  $ nc -u -l -p 7001 -W 2 > two.out 2>&1 & P=$!
  $ sleep 0.3; echo a | nc -u -w 0 -p 40000 127.0.0.1 7001; sleep 0.2; ss -uan | grep -c 7001
  1
  $ echo b | nc -u -w 0 -p 40000 127.0.0.1 7001; sleep 0.3; cat two.out; ss -uan | grep -c 7001
  a
  b
  0
  [1]
  $ wait $P; echo rc=$?
  rc=0
  $ nc -l -p 7002 -W 1 > t.out 2>&1 & P=$!
  $ sleep 0.3; (echo x; sleep 0.5; echo y) | nc -N 127.0.0.1 7002; echo rc=$?
  rc=0
  $ wait $P; echo rc=$?; cat t.out
  rc=0
  x
  $ nc -u -l -p 7003 -W 1 -v > v.out 2>&1 & P=$!
  $ sleep 0.3; echo z | nc -u -w 0 -p 40001 127.0.0.1 7003; sleep 0.3; wait $P; echo rc=$?; cat v.out
  rc=0
  nc: getnameinfo: Temporary failure in name resolution
  Connection received on localhost 40001
  z
  $ nc -l -p 7004 -W 0; echo rc=$?
  nc: receive limit too small: 0
  rc=1
  $ nc -l -p 7004 -W -1; echo rc=$?
  nc: receive limit too small: -1
  rc=1
  $ nc -l -p 7004 -W x; echo rc=$?
  nc: receive limit invalid: x
  rc=1
  $ nc -l -p 7004 -W 2147483648; echo rc=$?
  nc: receive limit too large: 2147483648
  rc=1
  $ nc -W 1 127.0.0.1 7005; echo rc=$?
  rc=1
