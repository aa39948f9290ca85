iputils' strtol_or_err() parses base 10: 0x2 is garbage ("invalid argument") and 010 is ten, not eight, for arping -c/-w/-i, ping -c/-s/-t and tracepath -m/-l.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip addr add 10.0.0.1/24 dev a0
  $ ip netns add b; ip link set b0 netns b; ip -n b link set b0 up; ip -n b addr add 10.0.0.2/24 dev b0
  $ arping -c 0x2 -I a0 10.0.0.2; echo $?
  arping: invalid argument: '0x2'
  1
  $ arping -c 1 -w 0x1 -I a0 10.0.0.2; echo $?
  arping: invalid argument: '0x1'
  1
  $ arping -c 1 -i 0x1 -I a0 10.0.0.2; echo $?
  arping: invalid argument: '0x1'
  1
  $ arping -c 1 -w 01 -I a0 10.0.0.2 | sed 's/ [0-9.]*ms$//'; echo $?
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  0
  $ arping -c ' 1' -I a0 10.0.0.2 | grep Sent; arping -c '+1' -I a0 10.0.0.2 | grep Sent; arping -c '1 ' -I a0 10.0.0.2; echo $?
  Sent 1 probes (1 broadcast(s))
  Sent 1 probes (1 broadcast(s))
  arping: invalid argument: '1 '
  1
  $ ping -c 0x1 10.0.0.2; echo $?
  ping: invalid argument: '0x1'
  1
  $ ping -c 1 -s 010 10.0.0.2 | head -1
  PING 10.0.0.2 (10.0.0.2) 10(38) bytes of data.
  $ ping -c 1 -s 0x10 10.0.0.2; echo $?
  ping: invalid argument: '0x10'
  1
  $ ping -c 1 -t 0x10 10.0.0.2; echo $?
  ping: invalid argument: '0x10'
  1
  $ ping -c 1 -t 010 10.0.0.2 > /dev/null; echo $?
  0
  $ tracepath -n -m 0x5 10.0.0.2; echo $?
  tracepath: invalid argument: '0x5'
  1
  $ tracepath -n -l 0x500 10.0.0.2; echo $?
  tracepath: invalid argument: '0x500'
  1
  $ tracepath -n -m 010 10.0.0.2 | tail -1
       Resume: pmtu 1500 hops 1 back 1 
