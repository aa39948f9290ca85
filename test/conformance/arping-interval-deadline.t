arping's -i (whole seconds, strtol) and -w timers: -i 0 disarms the interval timerfd (one probe), -i 2 with -c 2, -w without -c, -w 0, -c with -f and -b, bad values; Sent/Received lines and exit codes against a peer that answers and an address nobody has.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set a0 up; ip link set b0 up; ip addr add 10.0.0.1/24 dev a0
  $ ip netns add b; ip link set b0 netns b; ip -n b link set b0 up; ip -n b addr add 10.0.0.2/24 dev b0
  $ a() { arping "$@" 2>&1 | sed 's/ [0-9.]*ms$//'; echo "[${PIPESTATUS[0]}]"; }
  $ a -c 2 -i 0 -w 2 -I a0 10.0.0.2
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  [0]
  $ a -c 2 -i 0 -w 2 -I a0 10.0.0.9
  ARPING 10.0.0.9 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  [1]
  $ a -c 2 -i 2 -I a0 10.0.0.2
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01] 
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01] 
  Sent 2 probes (1 broadcast(s))
  Received 2 response(s)
  [0]
  $ a -w 2 -I a0 10.0.0.2
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01] 
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01] 
  Sent 3 probes (1 broadcast(s))
  Received 2 response(s)
  [0]
  $ a -w 2 -I a0 10.0.0.9
  ARPING 10.0.0.9 from 10.0.0.1 a0
  Sent 3 probes (3 broadcast(s))
  Received 0 response(s)
  [1]
  $ a -w 0 -c 1 -I a0 10.0.0.2
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  [0]
  $ a -c 3 -w 1 -I a0 10.0.0.2
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01] 
  Sent 2 probes (1 broadcast(s))
  Received 1 response(s)
  [1]
  $ a -c 3 -f -I a0 10.0.0.2
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  [0]
  $ a -c 2 -b -w 3 -I a0 10.0.0.2
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01] 
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01] 
  Sent 2 probes (2 broadcast(s))
  Received 2 response(s)
  [0]
  $ a -c 2 -i 1.5 -I a0 10.0.0.2
  arping: invalid argument: '1.5'
  [1]
  $ a -c 2 -i -1 -I a0 10.0.0.2
  arping: invalid argument: '-1': out of range: 0 <= value <= 2147483647
  [1]
  $ a -c 0x2 -I a0 10.0.0.2
  arping: invalid argument: '0x2'
  [1]
  $ a -c 2 -w 1x -I a0 10.0.0.2
  arping: invalid argument: '1x'
  [1]
  $ timeout 3 arping -U -c 2 -i 0 -I a0 10.0.0.1; echo $?
  ARPING 10.0.0.1 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  124
  $ a -A -c 2 -w 3 -I a0 10.0.0.1
  ARPING 10.0.0.1 from 10.0.0.1 a0
  Sent 2 probes (2 broadcast(s))
  Received 0 response(s)
  [0]
  $ a -D -c 2 -w 1 -I a0 10.0.0.9
  ARPING 10.0.0.9 from 0.0.0.0 a0
  Sent 2 probes (2 broadcast(s))
  Received 0 response(s)
  [0]
