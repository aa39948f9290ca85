Random differential sequence (seed 5) of ip neigh add/replace/change/del/flush/show with nud states, proxy entries, filters and output forms.

  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link add d1 address 02:00:00:00:00:11 type veth peer name e1 address 02:00:00:00:00:21
  $ ip addr add 10.0.0.1/24 dev d0; ip addr add 10.0.1.1/24 dev d1; ip link set d0 up; ip link set d1 up
  $ ip link set d0 arp on
  $ ip link set d0 down
  $ ip neigh add proxy 10.0.0.255 dev d1; echo $?
  0
  $ ip neigh del 10.0.0.200 dev lo; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip neigh add 10.0.0.255 dev d1 lladdr ff:ff:ff:ff:ff:ff nud noarp; echo $?
  0
  $ ip neigh show nud noarp | sort
  10.0.0.255 dev d1 lladdr ff:ff:ff:ff:ff:ff NOARP 
  $ ip neigh show nud stale | sort
  $ ip neigh change 0.0.0.0 dev d1 nud reachable; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip neigh replace 10.0.0.255 dev d0 lladdr 02:00:00:00:aa:03 nud incomplete use; echo $?
  0
  $ ip neigh add 10.0.1.5 dev d0 lladdr 00:00:00:00:00:00 nud probe extern_learn; echo $?
  0
  $ ip neigh show  | sort
  10.0.0.255 dev d0 INCOMPLETE 
  10.0.1.5 dev d0 lladdr 00:00:00:00:00:00 extern_learn PROBE 
  $ ip neigh del 10.9.9.9 dev e0; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip neigh show nud all | sort
  10.0.0.255 dev d0 INCOMPLETE 
  10.0.0.255 dev d1 lladdr ff:ff:ff:ff:ff:ff NOARP 
  10.0.1.5 dev d0 lladdr 00:00:00:00:00:00 extern_learn PROBE 
  $ ip neigh show proxy
  10.0.0.255 dev d1 proxy 
  $ ip -j neigh show nud permanent | tr ',' '\n' | sort | uniq -c | sort -k2 | head -20
        1 "dev":"d0"
        1 "extern_learn":null
        1 "lladdr":"00:00:00:00:00:00"
        1 "state":["PROBE"]}]
        1 [{"dst":"10.0.1.5"
  $ ip -br neigh show | sort; ip -o neigh show | sort
  10.0.0.255                              d0               
  10.0.1.5                                d0               00:00:00:00:00:00
  10.0.0.255 dev d0 INCOMPLETE 
  10.0.1.5 dev d0 lladdr 00:00:00:00:00:00 extern_learn PROBE 
