ip nexthop add with encap: iproute2's lwt_parse_encap() errors, then the kernel's refusal of modules it lacks, and encap beside blackhole/group.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip addr add 10.9.0.1/24 dev v0
  $ for o in "encap mpls 100 via 10.9.0.2 dev v0" "dev v0 encap mpls 100 ttl 5" "dev v0 encap mpls 100 ttl 5 via 10.9.0.2" "dev v0 encap mpls 100/200 ttl 5 ttl 6" "dev v0 encap mpls 100 ttl 300 dev v0" "dev v0 encap bogus 1 2" "dev v0 encap" "dev v0 encap mpls" "dev v0 encap mpls 100" "dev v0 encap seg6 mode encap segs ::1" "dev v0 encap seg6 mode bad segs ::1" "encap mpls 100 blackhole" "encap mpls 100 group 1" "encap mpls 100 fdb" "dev v0 encap mpls x dev v0" "dev v0 encap mpls 1048576 dev v0"; do echo "== $o"; ip nexthop add id 1 $o 2>&1; echo $?; done
  == encap mpls 100 via 10.9.0.2 dev v0
  Error: lwt encapsulation type not supported.
  2
  == dev v0 encap mpls 100 ttl 5
  Error: lwt encapsulation type not supported.
  2
  == dev v0 encap mpls 100 ttl 5 via 10.9.0.2
  Error: lwt encapsulation type not supported.
  2
  == dev v0 encap mpls 100/200 ttl 5 ttl 6
  Error: either "ttl" is duplicate, or "6" is a garbage.
  255
  == dev v0 encap mpls 100 ttl 300 dev v0
  Error: argument "300" is wrong: "ttl" value is invalid
  
  255
  == dev v0 encap bogus 1 2
  Error: argument "bogus" is wrong: "encap type" value is invalid
  
  255
  == dev v0 encap
  Command line is not complete. Try option "help"
  255
  == dev v0 encap mpls
  Command line is not complete. Try option "help"
  255
  == dev v0 encap mpls 100
  Error: unexpected end of line after "encap"
  255
  == dev v0 encap seg6 mode encap segs ::1
  Error: lwt encapsulation type not supported.
  2
  == dev v0 encap seg6 mode bad segs ::1
  Error: argument "bad" is wrong: "mode" value is invalid
  
  255
  == encap mpls 100 blackhole
  Error: Blackhole attribute can not be used with gateway, oif, encap or fdb.
  2
  == encap mpls 100 group 1
  Error: No other attributes can be set in nexthop groups.
  2
  == encap mpls 100 fdb
  Error: Invalid address family.
  2
  == dev v0 encap mpls x dev v0
  Error: mpls address is expected rather than "x".
  1
  == dev v0 encap mpls 1048576 dev v0
  Error: mpls address is expected rather than "1048576".
  1
  $ ip nexthop
  $ ip nexthop add id 2 dev v0
  $ for o in "id 3 group 2 type resilient buckets 0" "id 3 group 9 type resilient buckets 0" "id 3 group 9/2 type resilient buckets 4" "id 3 group 2,2 type resilient buckets 0" "id 3 group 9 type resilient" "id 3 group 2 type resilient" "id 3 group 9 dev v0" "id 3 group 9,9" "id 3 group 9 fdb" "id 3 group 2 fdb"; do echo "== $o"; ip nexthop add $o 2>&1; echo $?; done
  == id 3 group 2 type resilient buckets 0
  Error: Number of buckets needs to be non-0.
  2
  == id 3 group 9 type resilient buckets 0
  Error: Number of buckets needs to be non-0.
  2
  == id 3 group 9/2 type resilient buckets 4
  Error: Invalid nexthop id.
  2
  == id 3 group 2,2 type resilient buckets 0
  Error: Number of buckets needs to be non-0.
  2
  == id 3 group 9 type resilient
  Error: Invalid nexthop id.
  2
  == id 3 group 2 type resilient
  Error: Number of buckets not specified for nexthop group insertion.
  2
  == id 3 group 9 dev v0
  Error: Invalid family for group.
  2
  == id 3 group 9,9
  Error: Invalid nexthop id.
  2
  == id 3 group 9 fdb
  Error: Invalid nexthop id.
  2
  == id 3 group 2 fdb
  Error: FDB nexthop group can only have fdb nexthops.
  2
  $ ip nexthop
  id 2 dev v0 scope host 
