arping options in combination: -i interval, -f, -c 0, -w 0, a -w shorter than -c probes, -U with -b, no -I (the first ARP device), lo, -D with -s, -A with -U, an unknown device, -q on silence, target 0.0.0.0 and -s 0.0.0.0; each with its exit status.
  $ ip netns add x; ip netns add y
  $ ip link add x0 netns x address 02:00:00:00:00:01 type veth peer name y0 netns y address 02:00:00:00:00:02
  $ ip -n x link set x0 up; ip -n y link set y0 up; ip -n x addr add 10.0.0.1/24 dev x0; ip -n y addr add 10.0.0.2/24 dev y0
  $ ip netns exec x arping -c 2 -w 5 -i 0.5 -I x0 10.0.0.2 | sed 's/ [0-9.]*ms$//'
  arping: invalid argument: '0.5'
  $ ip netns exec x arping -c 1 -I x0 -f 10.0.0.2 | sed 's/ [0-9.]*ms$//'
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec x arping -c 0 -w 1 -I x0 10.0.0.2; echo rc=$?
  arping: invalid argument: '0': out of range: 1 <= value <= 2147483647
  rc=1
  $ ip netns exec x arping -w 0 -c 1 -I x0 10.0.0.2 | sed 's/ [0-9.]*ms$//'
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec x arping -c 2 -w 1 -i 5 -I x0 10.0.0.2 | sed 's/ [0-9.]*ms$//'; echo rc=$?
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  rc=0
  $ ip netns exec x arping -c 1 -I x0 -s 10.0.0.1 -U -b 10.0.0.1; echo rc=$?
  ARPING 10.0.0.1 from 10.0.0.1 x0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  rc=0
  $ ip netns exec x arping -c 1 -w 1 10.0.0.2 | sed 's/ [0-9.]*ms$//'; echo rc=$?
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  rc=0
  $ ip netns exec x arping -c 1 -w 1 -I lo 127.0.0.1; echo rc=$?
  Interface "lo" is down
  rc=2
  $ ip netns exec x arping -c 1 -w 1 -I x0 -D -s 10.0.0.1 10.0.0.2 | sed 's/ [0-9.]*ms$//'; echo rc=$?
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  rc=0
  $ ip netns exec x arping -c 1 -w 1 -I x0 -A -U 10.0.0.1; echo rc=$?
  ARPING 10.0.0.1 from 10.0.0.1 x0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  rc=0
  $ ip netns exec x arping -c 1 -w 1 -I nosuch 10.0.0.2; echo rc=$?
  arping: Device nosuch not available.
  rc=2
  $ ip netns exec x arping -q -c 1 -w 1 -I x0 10.0.0.9; echo rc=$?
  rc=1
  $ ip netns exec x arping -c 1 -w 1 -I x0 0.0.0.0; echo rc=$?
  ARPING 0.0.0.0 from 10.0.0.1 x0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  rc=1
  $ ip netns exec x arping -c 1 -w 1 -I x0 -s 0.0.0.0 10.0.0.2 | sed 's/ [0-9.]*ms$//'; echo rc=$?
  ARPING 10.0.0.2 from 0.0.0.0 x0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  rc=0
