ip nexthop show/list/flush/get/bucket: every selector with good, bad and repeated values over objects of each kind, plain, -j, -s and -d.
  $ ip link add v0 type veth peer name v1
  $ ip link add v2 type veth peer name v3
  $ for d in v0 v1 v2 v3; do ip link set $d up; done
  $ ip addr add 10.9.0.1/24 dev v0
  $ ip addr add 10.8.0.1/24 dev v2
  $ ip nexthop add id 1 via 10.9.0.2 dev v0 proto static
  $ ip nexthop add id 2 via 10.8.0.2 dev v2
  $ ip nexthop add id 3 blackhole
  Error: Device for nexthop is not up.
  [2]
  $ ip nexthop add id 4 dev v0
  $ ip nexthop add id 5 group 1/2
  $ ip nexthop add id 6 group 1,3/2 type resilient buckets 4 idle_timer 10 unbalanced_timer 20
  $ ip nexthop add id 7 via 10.9.0.9 fdb
  $ ip nexthop add id 8 group 7 fdb
  $ ip route add 172.20.0.0/16 nhid 5
  $ for o in "" "id 1" "id 5" "id 99" "id x" "dev v0" "dev v2" "dev nosuch" "groups" "fdb" "master v0" "vrf x" "proto static" "protocol 99" "proto x" "groups dev v0" "fdb dev v0" "id 1 dev v0" "nhid 1" "bogus"; do echo "== $o"; ip nexthop show $o 2>&1; echo $?; done
  == 
  id 1 via 10.9.0.2 dev v0 scope link proto static 
  id 2 via 10.8.0.2 dev v2 scope link 
  id 4 dev v0 scope host 
  id 5 group 1/2 
  id 6 group 1,3/2 type resilient buckets 4 idle_timer 10 unbalanced_timer 20 unbalanced_time 0 
  id 7 via 10.9.0.9 scope link fdb
  id 8 group 7 fdb
  0
  == id 1
  id 1 via 10.9.0.2 dev v0 scope link proto static 
  0
  == id 5
  id 5 group 1/2 
  0
  == id 99
  RTNETLINK answers: No such file or directory
  2
  == id x
  Error: argument "x" is wrong: invalid id value
  255
  == dev v0
  id 1 via 10.9.0.2 dev v0 scope link proto static 
  id 4 dev v0 scope host 
  0
  == dev v2
  id 2 via 10.8.0.2 dev v2 scope link 
  0
  == dev nosuch
  Error: argument "nosuch" is wrong: Device does not exist
  
  255
  == groups
  id 5 group 1/2 
  id 6 group 1,3/2 type resilient buckets 4 idle_timer 10 unbalanced_timer 20 unbalanced_time 0 
  id 8 group 7 fdb
  0
  == fdb
  id 1 via 10.9.0.2 dev v0 scope link proto static 
  id 2 via 10.8.0.2 dev v2 scope link 
  id 4 dev v0 scope host 
  id 5 group 1/2 
  id 6 group 1,3/2 type resilient buckets 4 idle_timer 10 unbalanced_timer 20 unbalanced_time 0 
  id 7 via 10.9.0.9 scope link fdb
  id 8 group 7 fdb
  0
  == master v0
  0
  == vrf x
  Error: argument "x" is wrong: Invalid VRF
  
  255
  == proto static
  Error: argument "static" is wrong: invalid protocol value
  255
  == protocol 99
  0
  == proto x
  Error: argument "x" is wrong: invalid protocol value
  255
  == groups dev v0
  0
  == fdb dev v0
  id 1 via 10.9.0.2 dev v0 scope link proto static 
  id 4 dev v0 scope host 
  0
  == id 1 dev v0
  id 1 via 10.9.0.2 dev v0 scope link proto static 
  0
  == nhid 1
  Error: argument "nhid" is wrong: 
  255
  == bogus
  Error: argument "bogus" is wrong: 
  255
  $ for o in "id 1" "id 6" "id 99" "" "id"; do echo "== get $o"; ip nexthop get $o 2>&1; echo $?; done
  == get id 1
  id 1 via 10.9.0.2 dev v0 scope link proto static 
  0
  == get id 6
  id 6 group 1,3/2 type resilient buckets 4 idle_timer 10 unbalanced_timer 20 unbalanced_time 0 
  0
  == get id 99
  RTNETLINK answers: No such file or directory
  2
  == get 
  Usage: ip nexthop { list | flush } [ protocol ID ] SELECTOR
         ip nexthop { add | replace } id ID NH [ protocol ID ]
         ip nexthop { get | del } id ID
         ip nexthop bucket list BUCKET_SELECTOR
         ip nexthop bucket get id ID index INDEX
  SELECTOR := [ id ID ] [ dev DEV ] [ vrf NAME ] [ master DEV ]
              [ groups ] [ fdb ]
  BUCKET_SELECTOR := SELECTOR | [ nhid ID ]
  NH := { blackhole | [ via ADDRESS ] [ dev DEV ] [ onlink ]
          [ encap ENCAPTYPE ENCAPHDR ] |
          group GROUP [ fdb ] [ type TYPE [ TYPE_ARGS ] ] }
  GROUP := [ <id[,weight]>/<id[,weight]>/... ]
  TYPE := { mpath | resilient }
  TYPE_ARGS := [ RESILIENT_ARGS ]
  RESILIENT_ARGS := [ buckets BUCKETS ] [ idle_timer IDLE ]
                    [ unbalanced_timer UNBALANCED ]
  ENCAPTYPE := [ mpls ]
  ENCAPHDR := [ MPLSLABEL ]
  255
  == get id
  Command line is not complete. Try option "help"
  255
  $ ip -j nexthop show
  [{"id":1,"gateway":"10.9.0.2","dev":"v0","scope":"link","protocol":"static","flags":[]},{"id":2,"gateway":"10.8.0.2","dev":"v2","scope":"link","flags":[]},{"id":4,"dev":"v0","scope":"host","flags":[]},{"id":5,"group":[{"id":1},{"id":2}],"flags":[]},{"id":6,"group":[{"id":1,"weight":3},{"id":2}],"type":"resilient","resilient_args":{"buckets":4,"idle_timer":10,"unbalanced_timer":20,"unbalanced_time":0},"flags":[]},{"id":7,"gateway":"10.9.0.9","scope":"link","flags":[],"fdb":null},{"id":8,"group":[{"id":7}],"flags":[],"fdb":null}]
  $ ip -s nexthop show id 5 2>&1; echo $?
  id 5 group 1/2 
  0
  $ ip -d nexthop show id 6
  id 6 group 1,3/2 type resilient buckets 4 idle_timer 10 unbalanced_timer 20 unbalanced_time 0 scope global proto unspec 
  $ ip nexthop bucket show id 6 2>&1 | sed 's/idle_time [0-9.]*/idle_time N/'; echo $?
  id 6 index 0 idle_time N nhid 2 
  id 6 index 1 idle_time N nhid 1 
  id 6 index 2 idle_time N nhid 1 
  id 6 index 3 idle_time N nhid 1 
  0
  $ ip nexthop bucket show nhid 1 2>&1 | sed 's/idle_time [0-9.]*/idle_time N/'; echo $?
  id 6 index 1 idle_time N nhid 1 
  id 6 index 2 idle_time N nhid 1 
  id 6 index 3 idle_time N nhid 1 
  0
  $ ip nexthop bucket get id 6 index 0 2>&1 | sed 's/idle_time [0-9.]*/idle_time N/'; echo $?
  id 6 index 0 idle_time N nhid 2 
  0
  $ ip nexthop bucket get id 6 index 9 2>&1; echo $?
  Error: Bucket index out of bounds.
  2
  $ ip nexthop bucket get id 5 index 0 2>&1; echo $?
  Error: Nexthop group not of type resilient.
  2
  $ ip nexthop bucket show dev v2 2>&1 | sed 's/idle_time [0-9.]*/idle_time N/'; echo $?
  id 6 index 0 idle_time N nhid 2 
  0
  $ ip nexthop flush id 2 2>&1; echo $?
  0
  $ ip nexthop flush dev v0 2>&1; echo $?
  Flushed 2 nexthops
  0
  $ ip nexthop show
  id 7 via 10.9.0.9 scope link fdb
  id 8 group 7 fdb
  $ ip route show 172.20.0.0/16
  $ ip nexthop flush groups 2>&1; echo $?
  Flushed 1 nexthops
  0
  $ ip nexthop flush proto static 2>&1; echo $?
  Error: argument "static" is wrong: invalid protocol value
  255
  $ ip nexthop flush 2>&1; echo $?
  Flushed 1 nexthops
  0
  $ ip nexthop show
