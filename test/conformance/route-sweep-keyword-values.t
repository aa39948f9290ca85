ip route add: every keyword at the end of the line (missing value) and with a garbage value, iproute2's messages and exit codes.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip addr add 10.9.0.1/24 dev v0
  $ for k in via src from tos dsfield metric priority preference table tab vrf dev oif mtu advmss window rtt rttvar reordering hoplimit initcwnd initrwnd ssthresh cwnd features quickack congctl rto_min fastopen_no_cookie realms realm onlink nexthop nhid protocol proto scope type expires pref encap ttl-propagate as to mpath equalize; do echo "== $k"; ip route add 172.20.0.0/16 dev v0 $k 2>&1; echo $?; ip route add 172.20.0.0/16 dev v0 $k zz9 2>&1; echo $?; ip route flush 172.20.0.0/16 2>/dev/null; done
  == via
  Command line is not complete. Try option "help"
  255
  Error: inet address is expected rather than "zz9".
  1
  == src
  Command line is not complete. Try option "help"
  255
  Error: inet address is expected rather than "zz9".
  1
  == from
  Command line is not complete. Try option "help"
  255
  Error: inet prefix is expected rather than "zz9".
  1
  == tos
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "tos" value is invalid
  
  255
  == dsfield
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "tos" value is invalid
  
  255
  == metric
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "metric" value is invalid
  
  255
  == priority
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "metric" value is invalid
  
  255
  == preference
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "metric" value is invalid
  
  255
  == table
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "table" value is invalid
  
  255
  == tab
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "table" value is invalid
  
  255
  == vrf
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: Invalid VRF
  
  255
  == dev
  Command line is not complete. Try option "help"
  255
  Cannot find device "zz9"
  1
  == oif
  Command line is not complete. Try option "help"
  255
  Cannot find device "zz9"
  1
  == mtu
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "mtu" value is invalid
  
  255
  == advmss
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "mss" value is invalid
  
  255
  == window
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "window" value is invalid
  
  255
  == rtt
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "rtt" value is invalid
  
  255
  == rttvar
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "rttvar" value is invalid
  
  255
  == reordering
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "reordering" value is invalid
  
  255
  == hoplimit
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "hoplimit" value is invalid
  
  255
  == initcwnd
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "initcwnd" value is invalid
  
  255
  == initrwnd
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "initrwnd" value is invalid
  
  255
  == ssthresh
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "ssthresh" value is invalid
  
  255
  == cwnd
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "cwnd" value is invalid
  
  255
  == features
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "features" value not valid
  
  255
  == quickack
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "quickack" value is invalid
  
  255
  == congctl
  Command line is not complete. Try option "help"
  255
  Error: Unknown tcp congestion algorithm.
  2
  == rto_min
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "rto_min" value is invalid
  
  255
  == fastopen_no_cookie
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "fastopen_no_cookie" value is invalid
  
  255
  == realms
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "realm" value is invalid
  
  255
  == realm
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "realm" value is invalid
  
  255
  == onlink
  Error: Invalid flags for nexthop - PERVASIVE and ONLINK can not be set.
  2
  Error: either "to" is duplicate, or "zz9" is a garbage.
  255
  == nexthop
  Error: unexpected end of line after "nexthop"
  255
  Error: "nexthop" or end of line is expected instead of "zz9"
  255
  == nhid
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "id" value is invalid
  
  255
  == protocol
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "protocol" value is invalid
  
  255
  == proto
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "protocol" value is invalid
  
  255
  == scope
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: invalid "scope" value
  
  255
  == type
  Error: either "to" is duplicate, or "type" is a garbage.
  255
  Error: either "to" is duplicate, or "type" is a garbage.
  255
  == expires
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "expires" value is invalid
  
  255
  == pref
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "pref" value is invalid
  
  255
  == encap
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "encap type" value is invalid
  
  255
  == ttl-propagate
  Command line is not complete. Try option "help"
  255
  Error: argument "zz9" is wrong: "ttl-propagate" value is invalid
  
  255
  == as
  Command line is not complete. Try option "help"
  255
  Error: inet address is expected rather than "zz9".
  1
  == to
  Command line is not complete. Try option "help"
  255
  Error: either "to" is duplicate, or "zz9" is a garbage.
  255
  == mpath
  Error: either "to" is duplicate, or "mpath" is a garbage.
  255
  Error: either "to" is duplicate, or "mpath" is a garbage.
  255
  == equalize
  Error: either "to" is duplicate, or "equalize" is a garbage.
  255
  Error: either "to" is duplicate, or "equalize" is a garbage.
  255
