ip route add/del/change/replace/flush/show/get with bad or odd arguments: missing and repeated keywords, prefixes with host bits, out-of-range metrics, tables, protocols, scopes, MTUs and TOS, impossible gateways, route types with the wrong attributes, nexthop weights, deletes of what is not there; each status by echo $?, the table listed between.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 up; ip link set b0 up; ip addr add 10.0.0.1/24 dev a0
  $ ip route add 10.1.0.0/16; echo $?
  RTNETLINK answers: No such device
  2
  $ ip route add 10.1.0.0/16 via 10.0.0.2 via 10.0.0.3; echo $?
  Error: argument "via" is wrong: use nexthop syntax to specify multiple via
  
  255
  $ ip route add 10.1.0.0/16 via 10.0.0.2 dev a0 dev b0; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route add 10.1.0.1/16 via 10.0.0.2; echo $?
  Error: Invalid prefix for given prefix length.
  2
  $ ip route add 10.1.0.0/16 via 10.0.0.2 metric foo; echo $?
  Error: argument "foo" is wrong: "metric" value is invalid
  
  255
  $ ip route add 10.1.0.0/16 via 10.0.0.2 metric 4294967296; echo $?
  Error: argument "4294967296" is wrong: "metric" value is invalid
  
  255
  $ ip route add 10.1.0.0/16 via 10.0.0.2 table 0; echo $?
  0
  $ ip route add 10.1.0.0/16 via 10.0.0.2 table foo; echo $?
  Error: argument "foo" is wrong: "table" value is invalid
  
  255
  $ ip route add 10.1.0.0/16 via 10.0.0.2 table 4294967295; echo $?
  0
  $ ip route add 10.1.0.0/16 via 10.0.0.2 proto foo; echo $?
  Error: argument "foo" is wrong: "protocol" value is invalid
  
  255
  $ ip route add 10.1.0.0/16 via 10.0.0.2 proto 256; echo $?
  Error: argument "256" is wrong: "protocol" value is invalid
  
  255
  $ ip route add 10.1.0.0/16 via 10.0.0.2 scope foo; echo $?
  Error: argument "foo" is wrong: invalid "scope" value
  
  255
  $ ip route add 10.1.0.0/16 via 10.0.0.2 scope host; echo $?
  Error: Route with host scope can not have a gateway.
  2
  $ ip route add 10.1.0.0/16 via 10.0.0.2 mtu 0; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route add 10.1.0.0/16 via 10.0.0.2 mtu 67; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route add 10.1.0.0/16 via 10.0.0.2 mtu lock 100; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route add 10.1.0.0/16 via 10.0.0.2 mtu 70000; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route add 10.1.0.0/16 via 10.0.0.2 advmss foo; echo $?
  Error: argument "foo" is wrong: "mss" value is invalid
  
  255
  $ ip route add 10.1.0.0/16 via 10.0.0.2 src 10.9.9.9; echo $?
  Error: Invalid prefsrc address.
  2
  $ ip route add 10.1.0.0/16 via 10.0.0.2 src foo; echo $?
  Error: inet address is expected rather than "foo".
  1
  $ ip route add 10.1.0.0/16 via 10.0.0.2 tos 0x1ff; echo $?
  Error: argument "0x1ff" is wrong: "tos" value is invalid
  
  255
  $ ip route add 10.1.0.0/16 via 10.0.0.2 tos 3; echo $?
  Error: Invalid dsfield (tos): ECN bits must be 0.
  2
  $ ip route add 10.1.0.0/16 via 10.0.0.2 foo; echo $?
  Error: either "to" is duplicate, or "foo" is a garbage.
  255
  $ ip route add 10.1.0.0/16 via 10.0.0.2 onlink; echo $?
  Error: Nexthop device required for onlink.
  2
  $ ip route add 10.1.0.0/16 via 10.9.0.2 dev a0; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route add 10.1.0.0/16 via 10.0.0.1; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route add 10.1.0.0/16 via 255.255.255.255; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route add 10.1.0.0/16 via 224.0.0.1; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route add 10.1.0.0/16 via 0.0.0.0 dev a0; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route add 10.1.0.0/16 via 127.0.0.1; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route add local 10.1.0.0/16 via 10.0.0.2; echo $?
  Error: Route with host scope can not have a gateway.
  2
  $ ip route add blackhole 10.2.0.0/16 dev a0; echo $?
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  $ ip route add blackhole 10.2.0.0/16 via 10.0.0.2; echo $?
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  $ ip route add foo 10.2.0.0/16; echo $?
  Error: any valid prefix is expected rather than "foo".
  1
  $ ip route add nat 10.2.0.0/16 via 10.0.0.5; echo $?
  Error: Invalid scope.
  2
  $ ip route add throw 10.3.0.0/16 metric 5; echo $?
  0
  $ ip route add 10.4.0.0/16 via 10.0.0.2 weight 2; echo $?
  Error: either "to" is duplicate, or "weight" is a garbage.
  255
  $ ip route add 10.4.0.0/16 nexthop via 10.0.0.2 weight 0; echo $?
  Error: argument "0" is wrong: "weight" is invalid
  
  255
  $ ip route add 10.4.0.0/16 nexthop via 10.0.0.2 weight 257; echo $?
  Error: argument "257" is wrong: "weight" is invalid
  
  255
  $ ip route add 10.4.0.0/16 nexthop; echo $?
  Error: unexpected end of line after "nexthop"
  255
  $ ip route add 10.4.0.0/16 nexthop foo; echo $?
  Error: "nexthop" or end of line is expected instead of "foo"
  255
  $ ip route add 10.4.0.0/16 nexthop via 10.0.0.2 nexthop via 10.0.0.2; echo $?
  0
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/16 via 10.0.0.2 dev a0 
  throw 10.3.0.0/16 metric 5 
  10.4.0.0/16 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  $ ip route del 10.9.0.0/16; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 10.1.0.0/16 via 10.0.0.9; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 10.1.0.0/16 dev b0; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 10.1.0.0/16 metric 7; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 10.1.0.0/16 table 7; echo $?
  Error: FIB table does not exist.
  2
  $ ip route del 10.1.0.0/16 proto static; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 10.1.0.0/16 scope link; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 10.1.0.0/16 type blackhole; echo $?
  Error: either "to" is duplicate, or "type" is a garbage.
  255
  $ ip route del; echo $?
  Usage: ip route { list | flush } SELECTOR
         ip route save SELECTOR
         ip route restore
         ip route showdump
         ip route get [ ROUTE_GET_FLAGS ] ADDRESS
                              [ from ADDRESS iif STRING ]
                              [ oif STRING ] [ tos TOS ]
                              [ mark NUMBER ] [ vrf NAME ]
                              [ uid NUMBER ] [ ipproto PROTOCOL ]
                              [ sport NUMBER ] [ dport NUMBER ]
         ip route { add | del | change | append | replace } ROUTE
  SELECTOR := [ root PREFIX ] [ match PREFIX ] [ exact PREFIX ]
              [ table TABLE_ID ] [ vrf NAME ] [ proto RTPROTO ]
              [ type TYPE ] [ scope SCOPE ]
  ROUTE := NODE_SPEC [ INFO_SPEC ]
  NODE_SPEC := [ TYPE ] PREFIX [ tos TOS ]
               [ table TABLE_ID ] [ proto RTPROTO ]
               [ scope SCOPE ] [ metric METRIC ]
               [ ttl-propagate { enabled | disabled } ]
  INFO_SPEC := { NH | nhid ID } OPTIONS FLAGS [ nexthop NH ]...
  NH := [ encap ENCAPTYPE ENCAPHDR ] [ via [ FAMILY ] ADDRESS ]
        [ dev STRING ] [ weight NUMBER ] NHFLAGS
  FAMILY := [ inet | inet6 | mpls | bridge | link ]
  OPTIONS := FLAGS [ mtu NUMBER ] [ advmss NUMBER ] [ as [ to ] ADDRESS ]
             [ rtt TIME ] [ rttvar TIME ] [ reordering NUMBER ]
             [ window NUMBER ] [ cwnd NUMBER ] [ initcwnd NUMBER ]
             [ ssthresh NUMBER ] [ realms REALM ] [ src ADDRESS ]
             [ rto_min TIME ] [ hoplimit NUMBER ] [ initrwnd NUMBER ]
             [ features FEATURES ] [ quickack BOOL ] [ congctl NAME ]
             [ pref PREF ] [ expires TIME ] [ fastopen_no_cookie BOOL ]
  TYPE := { unicast | local | broadcast | multicast | throw |
            unreachable | prohibit | blackhole | nat }
  TABLE_ID := [ local | main | default | all | NUMBER ]
  SCOPE := [ host | link | global | NUMBER ]
  NHFLAGS := [ onlink | pervasive ]
  RTPROTO := [ kernel | boot | static | NUMBER ]
  PREF := [ low | medium | high ]
  TIME := NUMBER[s|ms]
  BOOL := [1|0]
  FEATURES := ecn
  ENCAPTYPE := [ mpls | ip | ip6 | seg6 | seg6local | rpl | ioam6 | xfrm ]
  ENCAPHDR := [ MPLSLABEL | SEG6HDR | SEG6LOCAL | IOAM6HDR | XFRMINFO ]
  SEG6HDR := [ mode SEGMODE ] segs ADDR1,ADDRi,ADDRn [hmac HMACKEYID] [cleanup]
  SEGMODE := [ encap | encap.red | inline | l2encap | l2encap.red ]
  SEG6LOCAL := action ACTION [ OPTIONS ] [ count ]
  ACTION := { End | End.X | End.T | End.DX2 | End.DX6 | End.DX4 |
              End.DT6 | End.DT4 | End.DT46 | End.B6 | End.B6.Encaps |
              End.BM | End.S | End.AS | End.AM | End.BPF }
  OPTIONS := OPTION [ OPTIONS ]
  OPTION := { flavors FLAVORS | srh SEG6HDR | nh4 ADDR | nh6 ADDR | iif DEV | oif DEV |
              table TABLEID | vrftable TABLEID | endpoint PROGNAME }
  FLAVORS := { FLAVOR[,FLAVOR] }
  FLAVOR := { psp | usp | usd | next-csid }
  IOAM6HDR := trace prealloc type IOAM6_TRACE_TYPE ns IOAM6_NAMESPACE size IOAM6_TRACE_SIZE
  XFRMINFO := if_id IF_ID [ link_dev LINK ]
  ROUTE_GET_FLAGS := [ fibmatch ]
  255
  $ ip route del default; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route change 10.7.0.0/16 via 10.0.0.2; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip route replace 10.1.0.0/16 via 10.0.0.3; echo $?
  0
  $ ip route append 10.1.0.0/16 via 10.0.0.4; echo $?
  0
  $ ip route prepend 10.1.0.0/16 via 10.0.0.5; echo $?
  0
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/16 via 10.0.0.5 dev a0 
  10.1.0.0/16 via 10.0.0.3 dev a0 
  10.1.0.0/16 via 10.0.0.4 dev a0 
  throw 10.3.0.0/16 metric 5 
  10.4.0.0/16 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  $ ip route flush; echo $?
  "ip route flush" requires arguments.
  1
  $ ip route flush table foo; echo $?
  Error: argument "foo" is wrong: table id value is invalid
  
  255
  $ ip route flush dev nosuch; echo $?
  Cannot find device "nosuch"
  1
  $ ip route show table 300; echo $?
  Error: ipv4: FIB table does not exist.
  Dump terminated
  2
  $ ip route show table foo; echo $?
  Error: argument "foo" is wrong: table id value is invalid
  
  255
  $ ip route show foo; echo $?
  Error: any valid prefix is expected rather than "foo".
  1
  $ ip route show proto foo; echo $?
  Error: argument "foo" is wrong: invalid "protocol"
  
  255
  $ ip route show type foo; echo $?
  Error: argument "foo" is wrong: node type value is invalid
  
  255
  $ ip route get; echo $?
  need at least a destination address
  1
  $ ip route get 10.1.2.3 from foo; echo $?
  Error: inet prefix is expected rather than "foo".
  1
  $ ip route get 10.1.2.3 iif nosuch; echo $?
  Cannot find device "nosuch"
  1
  $ ip route get 10.1.2.3 foo; echo $?
  Error: inet prefix is expected rather than "foo".
  1
  $ ip route get 10.1.2.3/24; echo $?
  Warning: /24 as prefix is invalid, only /32 (or none) is supported.
  10.1.2.3 via 10.0.0.5 dev a0 src 10.0.0.1 uid 0 
      cache 
  0
  $ ip route get 10.1.2.3 10.1.2.4; echo $?
  10.1.2.4 via 10.0.0.5 dev a0 src 10.0.0.1 uid 0 
      cache 
  0
  $ ip route get 10.1.2.3 mark foo; echo $?
  Error: argument "foo" is wrong: invalid mark value
  255
  $ ip route get 10.1.2.3 tos foo; echo $?
  Error: argument "foo" is wrong: TOS value is invalid
  
  255
  $ ip route get 10.1.2.3 ipproto foo; echo $?
  Error: argument "foo" is wrong: Invalid "ipproto" value
  
  255
  $ ip route get 10.1.2.3 dport 70000; echo $?
  Error: argument "70000" is wrong: invalid dport
  
  255
  $ ip route get 10.1.2.3 uid foo; echo $?
  Error: argument "foo" is wrong: invalid UID
  
  255
  $ ip route foo; echo $?
  Command "foo" is unknown, try "ip route help".
  255
  $ ip route
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/16 via 10.0.0.5 dev a0 
  10.1.0.0/16 via 10.0.0.3 dev a0 
  10.1.0.0/16 via 10.0.0.4 dev a0 
  throw 10.3.0.0/16 metric 5 
  10.4.0.0/16 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.0.2 dev a0 weight 1 
