Random differential sequence (seed 2) of ip neigh add/replace/change/del/flush/show with nud states, proxy entries, filters and output forms.

  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link add d1 address 02:00:00:00:00:11 type veth peer name e1 address 02:00:00:00:00:21
  $ ip addr add 10.0.0.1/24 dev d0; ip addr add 10.0.1.1/24 dev d1; ip link set d0 up; ip link set d1 up
  $ ip neigh change 10.0.0.4 dev d0 lladdr 02:00:00:00:aa:05 nud stale; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip neigh del proxy 0.0.0.0 dev nodev; echo $?
  Cannot find device "nodev"
  1
  $ ip neigh show dev d1 nud all | sort
  $ ip neigh add 10.0.0.2 dev d0 lladdr 00:00:00:00:00:00; echo $?
  0
  $ ip neigh change 10.0.0.4 dev d0 lladdr 02:00:00:00:aa:03 nud incomplete; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip link set d1 address 02:00:00:00:00:99
  $ ip neigh add proxy 10.0.0.4 dev e0; echo $?
  0
  $ ip neigh show nud incomplete | sort
  $ ip neigh show nud all | sort
  10.0.0.2 dev d0 lladdr 00:00:00:00:00:00 PERMANENT 
  $ ip neigh show proxy
  10.0.0.4 dev e0 proxy 
  $ ip -j neigh show nud permanent | tr ',' '\n' | sort | uniq -c | sort -k2 | head -20
        1 "dev":"d0"
        1 "lladdr":"00:00:00:00:00:00"
        1 "state":["PERMANENT"]}]
        1 [{"dst":"10.0.0.2"
  $ ip -br neigh show | sort; ip -o neigh show | sort
  10.0.0.2                                d0               00:00:00:00:00:00
  10.0.0.2 dev d0 lladdr 00:00:00:00:00:00 PERMANENT 
