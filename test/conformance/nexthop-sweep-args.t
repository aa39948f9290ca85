ip nexthop add: every argument with good, bad and missing values; exit codes and listing.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip link set lo up
  $ ip addr add 10.9.0.1/24 dev v0
  $ i=0; for o in "" "dev v0" "via 10.9.0.2" "via 10.9.0.2 dev v0" "via 10.9.0.1 dev v0" "via 10.8.0.2 dev v0" "via 10.8.0.2 dev v0 onlink" "via 10.9.0.255 dev v0" "via 224.0.0.1 dev v0" "via 0.0.0.0 dev v0" "via bad dev v0" "dev nosuch" "dev lo" "blackhole" "blackhole dev v0" "blackhole proto static" "dev v0 proto 99" "dev v0 proto boot" "dev v0 proto bad" "fdb via 10.9.0.2" "fdb dev v0" "dev v0 encap mpls 100" "group" "group 1" "group 9999" "dev v0 scope host" "dev v0 bogus"; do i=$((i+1)); echo "== $i $o"; ip nexthop add id $i $o 2>&1; echo $?; done
  == 1 
  Error: Invalid address family.
  2
  == 2 dev v0
  0
  == 3 via 10.9.0.2
  Error: Device attribute required for non-blackhole and non-fdb nexthops.
  2
  == 4 via 10.9.0.2 dev v0
  0
  == 5 via 10.9.0.1 dev v0
  0
  == 6 via 10.8.0.2 dev v0
  Error: Nexthop has invalid gateway.
  2
  == 7 via 10.8.0.2 dev v0 onlink
  0
  == 8 via 10.9.0.255 dev v0
  Error: Nexthop has invalid gateway.
  2
  == 9 via 224.0.0.1 dev v0
  Error: Nexthop has invalid gateway.
  2
  == 10 via 0.0.0.0 dev v0
  0
  == 11 via bad dev v0
  Error: any valid address is expected rather than "bad".
  1
  == 12 dev nosuch
  Error: argument "nosuch" is wrong: Device does not exist
  
  255
  == 13 dev lo
  0
  == 14 blackhole
  0
  == 15 blackhole dev v0
  Error: Blackhole attribute can not be used with gateway, oif, encap or fdb.
  2
  == 16 blackhole proto static
  0
  == 17 dev v0 proto 99
  0
  == 18 dev v0 proto boot
  0
  == 19 dev v0 proto bad
  Error: argument "bad" is wrong: "protocol" value is invalid
  
  255
  == 20 fdb via 10.9.0.2
  0
  == 21 fdb dev v0
  Error: Fdb attribute can not be used with encap, oif or blackhole.
  2
  == 22 dev v0 encap mpls 100
  Error: unexpected end of line after "encap"
  255
  == 23 group
  Command line is not complete. Try option "help"
  255
  == 24 group 1
  Error: Invalid nexthop id.
  2
  == 25 group 9999
  Error: Invalid nexthop id.
  2
  == 26 dev v0 scope host
  Error: argument "scope" is wrong: 
  255
  == 27 dev v0 bogus
  Error: argument "bogus" is wrong: 
  255
  $ ip nexthop show
  id 2 dev v0 scope host 
  id 4 via 10.9.0.2 dev v0 scope link 
  id 5 via 10.9.0.1 dev v0 scope host 
  id 7 via 10.8.0.2 dev v0 scope link onlink 
  id 10 dev v0 scope host 
  id 13 dev lo scope host 
  id 14 blackhole 
  id 16 blackhole proto static 
  id 17 dev v0 scope host proto openr 
  id 18 dev v0 scope host proto boot 
  id 20 via 10.9.0.2 scope link fdb
  $ for o in "id 0 dev v0" "id 4294967295 dev v0" "id 4294967296 dev v0" "id x dev v0" "id 2 dev v0" "id 100 group 2/3" "id 101 group 2,5" "id 102 group 2/2" "id 103 group 2,300" "id 104 group 2,0" "id 105 group 2,256" "id 106 group 14" "id 107 group 2 type mpath" "id 108 group 2 type resilient" "id 109 group 2 type bad" "id 110 group 2/3 type resilient buckets 2" "id 111 group 2/3 type resilient buckets 0" "id 112 group 2/3 type resilient idle_timer 5 unbalanced_timer 10"; do echo "== $o"; ip nexthop add $o 2>&1; echo $?; done
  == id 0 dev v0
  0
  == id 4294967295 dev v0
  0
  == id 4294967296 dev v0
  Error: argument "4294967296" is wrong: invalid id value
  255
  == id x dev v0
  Error: argument "x" is wrong: invalid id value
  255
  == id 2 dev v0
  RTNETLINK answers: File exists
  2
  == id 100 group 2/3
  Error: Invalid nexthop id.
  2
  == id 101 group 2,5
  0
  == id 102 group 2/2
  Error: Nexthop id can not be used twice in a group.
  2
  == id 103 group 2,300
  Error: argument "300" is wrong: "weight" is invalid
  
  255
  == id 104 group 2,0
  Error: argument "0" is wrong: "weight" is invalid
  
  255
  == id 105 group 2,256
  0
  == id 106 group 14
  0
  == id 107 group 2 type mpath
  0
  == id 108 group 2 type resilient
  Error: Number of buckets not specified for nexthop group insertion.
  2
  == id 109 group 2 type bad
  Error: argument "bad" is wrong: "type" value is invalid
  
  255
  == id 110 group 2/3 type resilient buckets 2
  Error: Invalid nexthop id.
  2
  == id 111 group 2/3 type resilient buckets 0
  Error: Number of buckets needs to be non-0.
  2
  == id 112 group 2/3 type resilient idle_timer 5 unbalanced_timer 10
  Error: Invalid nexthop id.
  2
  $ ip nexthop show
  id 1 dev v0 scope host 
  id 2 dev v0 scope host 
  id 4 via 10.9.0.2 dev v0 scope link 
  id 5 via 10.9.0.1 dev v0 scope host 
  id 7 via 10.8.0.2 dev v0 scope link onlink 
  id 10 dev v0 scope host 
  id 13 dev lo scope host 
  id 14 blackhole 
  id 16 blackhole proto static 
  id 17 dev v0 scope host proto openr 
  id 18 dev v0 scope host proto boot 
  id 20 via 10.9.0.2 scope link fdb
  id 101 group 2,5 
  id 105 group 2,256 
  id 106 group 14 
  id 107 group 2 
  id 4294967295 dev v0 scope host 
  $ ip nexthop show id 2; echo $?
  id 2 dev v0 scope host 
  0
  $ ip nexthop show id 999 2>&1; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip nexthop show dev v0
  id 1 dev v0 scope host 
  id 2 dev v0 scope host 
  id 4 via 10.9.0.2 dev v0 scope link 
  id 5 via 10.9.0.1 dev v0 scope host 
  id 7 via 10.8.0.2 dev v0 scope link onlink 
  id 10 dev v0 scope host 
  id 17 dev v0 scope host proto openr 
  id 18 dev v0 scope host proto boot 
  id 4294967295 dev v0 scope host 
  $ ip nexthop show groups
  id 101 group 2,5 
  id 105 group 2,256 
  id 106 group 14 
  id 107 group 2 
  $ ip nexthop show fdb
  id 1 dev v0 scope host 
  id 2 dev v0 scope host 
  id 4 via 10.9.0.2 dev v0 scope link 
  id 5 via 10.9.0.1 dev v0 scope host 
  id 7 via 10.8.0.2 dev v0 scope link onlink 
  id 10 dev v0 scope host 
  id 13 dev lo scope host 
  id 14 blackhole 
  id 16 blackhole proto static 
  id 17 dev v0 scope host proto openr 
  id 18 dev v0 scope host proto boot 
  id 20 via 10.9.0.2 scope link fdb
  id 101 group 2,5 
  id 105 group 2,256 
  id 106 group 14 
  id 107 group 2 
  id 4294967295 dev v0 scope host 
  $ ip nexthop show blackhole 2>&1; echo $?
  Error: argument "blackhole" is wrong: 
  255
  $ ip nexthop del id 999 2>&1; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip nexthop flush 2>&1; echo $?
  Flushed 17 nexthops
  0
  $ ip nexthop show
