Random differential sequence (seed 9) of ip neigh add/replace/change/del/flush/show with nud states, proxy entries, filters and output forms.

  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link add d1 address 02:00:00:00:00:11 type veth peer name e1 address 02:00:00:00:00:21
  $ ip addr add 10.0.0.1/24 dev d0; ip addr add 10.0.1.1/24 dev d1; ip link set d0 up; ip link set d1 up
  $ ip neigh del proxy 10.0.0.4 dev d0; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip neigh add 10.0.0.2 dev nodev lladdr 01:00:5e:00:00:01 router; echo $?
  Cannot find device "nodev"
  1
  $ ip link set d1 up
  $ ip neigh add 10.0.0.3 dev d0 lladdr zz:00:00:00:00:00 nud delay; echo $?
  "zz" is invalid lladdr.
  1
  $ ip neigh flush dev d1; echo $?
  0
  $ ip link set d1 arp off
  $ ip addr flush dev d1
  $ ip neigh add 224.0.0.5 dev e0 lladdr 02:00:00:00:aa:04 nud noarp extern_learn; echo $?
  0
  $ ip neigh show  | sort
  224.0.0.5 dev e0 lladdr 02:00:00:00:aa:04 extern_learn NOARP 
  $ ip neigh show  | sort
  224.0.0.5 dev e0 lladdr 02:00:00:00:aa:04 extern_learn NOARP 
  $ ip neigh del 224.0.0.5 dev lo; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip neigh del 10.0.0.255 dev d1; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip neigh add 10.0.0.3 dev d1 lladdr 02:00:00:00:aa:03 nud bogus extern_learn; echo $?
  Error: argument "bogus" is wrong: nud state is bad
  255
  $ ip link set d0 down
  $ ip neigh show nud permanent | sort
  224.0.0.5 dev e0 lladdr 02:00:00:00:aa:04 extern_learn NOARP 
  $ ip neigh show nud all | sort
  224.0.0.5 dev e0 lladdr 02:00:00:00:aa:04 extern_learn NOARP 
  $ ip neigh show proxy
  $ ip -j neigh show nud permanent | tr ',' '\n' | sort | uniq -c | sort -k2 | head -20
        1 "dev":"e0"
        1 "extern_learn":null
        1 "lladdr":"02:00:00:00:aa:04"
        1 "state":["NOARP"]}]
        1 [{"dst":"224.0.0.5"
  $ ip -br neigh show | sort; ip -o neigh show | sort
  224.0.0.5                               e0               02:00:00:00:aa:04
  224.0.0.5 dev e0 lladdr 02:00:00:00:aa:04 extern_learn NOARP 
