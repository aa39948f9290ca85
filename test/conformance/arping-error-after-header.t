arping's error(3) messages flush stdout first (glibc): with no source address on the device (not-DAD mode) the "ARPING ... from 0.0.0.0" header comes before "no source address in not-DAD mode", also into a pipe; -D and -U/-A on the same device, -q, -s with a foreign address and a down device.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set a0 up; ip link set b0 up; ip link set lo up
  $ arping -c 1 -w 1 -I a0 10.0.0.2 2>&1 | cat; echo ${PIPESTATUS[0]}
  ARPING 10.0.0.2 from 0.0.0.0 a0
  arping: no source address in not-DAD mode
  2
  $ arping -c 1 -w 1 -I a0 10.0.0.2; echo $?
  ARPING 10.0.0.2 from 0.0.0.0 a0
  arping: no source address in not-DAD mode
  2
  $ arping -q -c 1 -w 1 -I a0 10.0.0.2 2>&1 | cat; echo ${PIPESTATUS[0]}
  arping: no source address in not-DAD mode
  2
  $ arping -D -c 1 -w 1 -I a0 10.0.0.2 2>&1 | cat; echo ${PIPESTATUS[0]}
  ARPING 10.0.0.2 from 0.0.0.0 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  0
  $ arping -U -c 1 -I a0 10.0.0.2 2>&1 | cat; echo ${PIPESTATUS[0]}
  arping: bind: Cannot assign requested address
  2
  $ arping -A -c 1 -I a0 10.0.0.2 2>&1 | cat; echo ${PIPESTATUS[0]}
  arping: bind: Cannot assign requested address
  2
  $ arping -c 1 -w 1 -s 10.9.9.9 -I a0 10.0.0.2 2>&1 | cat; echo ${PIPESTATUS[0]}
  arping: bind: Cannot assign requested address
  2
  $ arping -c 1 -w 1 -s 0.0.0.0 -I a0 10.0.0.2 2>&1 | cat; echo ${PIPESTATUS[0]}
  ARPING 10.0.0.2 from 0.0.0.0 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.0.2/24 dev b0
  $ arping -c 1 -w 1 -I a0 10.0.0.2 2>&1 | sed 's/ [0-9.]*ms$//'; echo ${PIPESTATUS[0]}
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ ip link set a0 down; arping -c 1 -w 1 -I a0 10.0.0.2 2>&1 | cat; echo ${PIPESTATUS[0]}
  Interface "a0" is down
  2
  $ arping -c 1 -w 1 -I lo 127.0.0.1 2>&1 | cat; echo ${PIPESTATUS[0]}
  Interface "lo" is not ARPable
  2
