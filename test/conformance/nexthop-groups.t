Nexthop objects: blackhole, onlink, protocols, groups with weights, fdb objects, the list filters, JSON, flush by device, and routes through groups.
  $ ip link set lo up
  $ ip link add v0 type veth peer name v1
  $ ip link add w0 type veth peer name w1
  $ ip link set v0 up; ip link set v1 up; ip link set w0 up; ip link set w1 up
  $ ip addr add 10.0.0.1/24 dev v0
  $ ip addr add 10.8.0.1/24 dev w0
  $ ip nexthop add id 4 blackhole
  $ ip nexthop add id 1 via 10.0.0.2 dev v0 proto static
  $ ip nexthop add id 2 via 10.8.0.2 dev w0 onlink
  $ ip nexthop add id 6 via 10.7.0.2 dev w0 onlink
  $ ip nexthop add id 7 via 10.7.0.2 dev w0 onlink proto 99
  $ ip nexthop add id 8 dev w0 proto zebra
  $ ip nexthop add id 0 dev w0
  $ ip nexthop add id 9 group 1/4
  Error: Blackhole nexthop can not be used in a group with more than 1 path.
  [2]
  $ ip nexthop add id 9 group 1/1
  Error: Nexthop id can not be used twice in a group.
  [2]
  $ ip nexthop add id 9 group 1,0
  Error: argument "0" is wrong: "weight" is invalid
  [255]
  $ ip nexthop add id 9 group 1,257
  Error: argument "257" is wrong: "weight" is invalid
  [255]
  $ ip nexthop add id 9 group 1,256/2,255
  $ ip nexthop add id 12 group 1/2 type resilient
  Error: Number of buckets not specified for nexthop group insertion.
  [2]
  $ ip nexthop add id 13 fdb via 10.0.0.5
  $ ip nexthop add id 14 group 13 fdb
  $ ip nexthop
  id 1 via 10.0.0.2 dev v0 scope link proto static 
  id 2 via 10.8.0.2 dev w0 scope link onlink 
  id 3 dev w0 scope host 
  id 4 blackhole 
  id 6 via 10.7.0.2 dev w0 scope link onlink 
  id 7 via 10.7.0.2 dev w0 scope link proto openr onlink 
  id 8 dev w0 scope host proto zebra 
  id 9 group 1,256/2,255 
  id 13 via 10.0.0.5 scope link fdb
  id 14 group 13 fdb
  $ ip -d nexthop
  id 1 via 10.0.0.2 dev v0 scope link proto static 
  id 2 via 10.8.0.2 dev w0 scope link proto unspec onlink 
  id 3 dev w0 scope host proto unspec 
  id 4 scope global blackhole proto unspec 
  id 6 via 10.7.0.2 dev w0 scope link proto unspec onlink 
  id 7 via 10.7.0.2 dev w0 scope link proto openr onlink 
  id 8 dev w0 scope host proto zebra 
  id 9 group 1,256/2,255 scope global proto unspec 
  id 13 via 10.0.0.5 scope link proto unspec fdb
  id 14 group 13 scope global proto unspec fdb
  $ ip nexthop show dev w0
  id 2 via 10.8.0.2 dev w0 scope link onlink 
  id 3 dev w0 scope host 
  id 6 via 10.7.0.2 dev w0 scope link onlink 
  id 7 via 10.7.0.2 dev w0 scope link proto openr onlink 
  id 8 dev w0 scope host proto zebra 
  $ ip nexthop show groups
  id 9 group 1,256/2,255 
  id 14 group 13 fdb
  $ ip nexthop show fdb
  id 1 via 10.0.0.2 dev v0 scope link proto static 
  id 2 via 10.8.0.2 dev w0 scope link onlink 
  id 3 dev w0 scope host 
  id 4 blackhole 
  id 6 via 10.7.0.2 dev w0 scope link onlink 
  id 7 via 10.7.0.2 dev w0 scope link proto openr onlink 
  id 8 dev w0 scope host proto zebra 
  id 9 group 1,256/2,255 
  id 13 via 10.0.0.5 scope link fdb
  id 14 group 13 fdb
  $ ip nexthop show proto static
  Error: argument "static" is wrong: invalid protocol value
  [255]
  $ ip nexthop show id 77
  RTNETLINK answers: No such file or directory
  [2]
  $ ip nexthop get id 77
  RTNETLINK answers: No such file or directory
  [2]
  $ ip nexthop del id 77
  RTNETLINK answers: No such file or directory
  [2]
  $ ip nexthop del
  Error: Nexthop id is missing.
  [2]
  $ ip nexthop get
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
  [255]
  $ ip -j nexthop show id 9
  [{"id":9,"group":[{"id":1,"weight":256},{"id":2,"weight":255}],"flags":[]}]
  $ ip -s nexthop show id 9
  id 9 group 1,256/2,255 
  $ ip route add 10.5.0.0/16 nhid 9 metric 20
  $ ip route add 10.5.0.0/16 nhid 2
  $ ip route add 10.6.0.0/16 nhid 13
  Error: Route cannot point to a fdb nexthop.
  [2]
  $ ip route add table 100 default nhid 7
  $ ip route show table 100
  default nhid 7 via 10.7.0.2 dev w0 onlink 
  $ ip route del 10.5.0.0/16 nhid 2
  $ ip route del 10.5.0.0/16 nhid 9
  $ ip route add 10.5.0.0/16 nhid 9
  $ ip route replace 10.5.0.0/16 nhid 1
  $ ip route
  10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 
  10.5.0.0/16 nhid 1 via 10.0.0.2 dev v0 
  10.8.0.0/24 dev w0 proto kernel scope link src 10.8.0.1 
  $ ip nexthop del id 1
  $ ip route
  10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 
  10.8.0.0/24 dev w0 proto kernel scope link src 10.8.0.1 
  $ ip nexthop
  id 2 via 10.8.0.2 dev w0 scope link onlink 
  id 3 dev w0 scope host 
  id 4 blackhole 
  id 6 via 10.7.0.2 dev w0 scope link onlink 
  id 7 via 10.7.0.2 dev w0 scope link proto openr onlink 
  id 8 dev w0 scope host proto zebra 
  id 9 group 2,255 
  id 13 via 10.0.0.5 scope link fdb
  id 14 group 13 fdb
  $ ip nexthop flush dev w0
  Flushed 5 nexthops
  $ ip nexthop
  id 4 blackhole 
  id 13 via 10.0.0.5 scope link fdb
  id 14 group 13 fdb
  $ ip route show table 100
  $ ip nexthop help
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
  [255]
