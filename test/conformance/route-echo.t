ip -echo: route and rule changes print what the kernel announces back to the requester (NLM_F_ECHO); ip neigh has no echo in iproute2 6.1.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip -echo route add 10.9.0.0/16 via 10.0.0.2 metric 7
  10.9.0.0/16 via 10.0.0.2 dev a0 metric 7 
  $ ip -echo route replace 10.9.0.0/16 via 10.0.0.3 metric 7
  10.9.0.0/16 via 10.0.0.3 dev a0 metric 7 
  $ ip -echo route append 10.9.0.0/16 via 10.0.0.4 metric 7
  10.9.0.0/16 via 10.0.0.4 dev a0 metric 7 
  $ ip -echo route del 10.9.0.0/16 via 10.0.0.3
  Deleted 10.9.0.0/16 via 10.0.0.3 dev a0 metric 7 
  $ ip -echo route add 10.9.0.0/16 via 10.0.0.4 metric 7
  RTNETLINK answers: File exists
  [2]
  $ ip -echo -j route add blackhole 10.7.0.0/16 table 100
  [{{"type":"blackhole","dst":"10.7.0.0/16","table":"100","flags":[]}}]
  $ ip -echo rule add from 10.1.0.0/16 table 100 pref 50
  50:	from 10.1.0.0/16 lookup 100
  $ ip -echo rule del pref 50
  Deleted 50:	from 10.1.0.0/16 lookup 100
  $ ip -echo neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev a0
  $ ip -ec route add 10.6.0.0/16 via 10.0.0.2
  Option "-ec" is unknown, try "ip -help".
  [255]
