ip route add/del/change errors: host bits, bad gateway, missing device, duplicates with tos/metric, deletes that match nothing, tables past 255.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add 10.1.2.3/16 via 10.0.0.2
  Error: Invalid prefix for given prefix length.
  [2]
  $ ip route add 10.1.0.0/33 via 10.0.0.2
  Error: any valid prefix is expected rather than "10.1.0.0/33".
  [1]
  $ ip route add 10.1.0.0/16 via 10.9.0.2
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.1.0.0/16 via 10.0.0.1
  $ ip route add 10.1.0.0/16 via 10.0.0.2 dev b0
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.1.0.0/16 dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route add 10.1.0.0/16 via 10.0.0.2 table 300
  $ ip route add 10.1.0.0/16 via 10.0.0.2 table 300
  RTNETLINK answers: File exists
  [2]
  $ ip route add 10.1.0.0/16 via 10.0.0.2 table 300 metric 5
  $ ip route add 10.1.0.0/16 via 10.0.0.2 table 300 tos 0x10
  $ ip route show table 300
  10.1.0.0/16 tos 0x10 via 10.0.0.2 dev a0 
  10.1.0.0/16 via 10.0.0.2 dev a0 
  10.1.0.0/16 via 10.0.0.2 dev a0 metric 5 
  $ ip route del 10.1.0.0/16 table 300 metric 7
  RTNETLINK answers: No such process
  [2]
  $ ip route del 10.1.0.0/16 table 300 via 10.0.0.3
  RTNETLINK answers: No such process
  [2]
  $ ip route del 10.1.0.0/16 table 300 dev b0
  RTNETLINK answers: No such process
  [2]
  $ ip route del 10.1.0.0/16 table 300 tos 0x10
  $ ip route del 10.1.0.0/16 table 300 proto static
  RTNETLINK answers: No such process
  [2]
  $ ip route del 10.1.0.0/16 table 300 scope link
  RTNETLINK answers: No such process
  [2]
  $ ip route del 10.1.0.0/16 table 300 type unreachable
  Error: either "to" is duplicate, or "type" is a garbage.
  [255]
  $ ip route show table 300
  10.1.0.0/16 via 10.0.0.2 dev a0 
  10.1.0.0/16 via 10.0.0.2 dev a0 metric 5 
  $ ip route change 10.2.0.0/16 via 10.0.0.2
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route change 10.1.0.0/16 via 10.0.0.3 table 300
  $ ip route show table 300
  10.1.0.0/16 via 10.0.0.3 dev a0 
  10.1.0.0/16 via 10.0.0.2 dev a0 metric 5 
  $ ip route add default dev a0
  $ ip route add 0/0 via 10.0.0.2
  RTNETLINK answers: File exists
  [2]
  $ ip route add default via 10.0.0.2 metric 10
  $ ip route
  default dev a0 scope link 
  default via 10.0.0.2 dev a0 metric 10 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/16 via 10.0.0.1 dev a0 
  $ ip route add 10.3.0.0/16 via 10.0.0.2 src 10.0.0.9
  Error: Invalid prefsrc address.
  [2]
  $ ip route add 10.3.0.0/16 dev lo
  $ ip route add 10.3.0.0/16 via 10.0.0.2 scope host
  Error: Route with host scope can not have a gateway.
  [2]
  $ ip route add 10.3.0.0/16 dev a0 scope host
  RTNETLINK answers: File exists
  [2]
  $ ip route add 10.3.0.0/16 via 10.0.0.2 proto nosuch
  Error: argument "nosuch" is wrong: "protocol" value is invalid
  [255]
  $ ip route add 10.3.0.0/16 via 10.0.0.2 table 0
  RTNETLINK answers: File exists
  [2]
  $ ip route add 10.3.0.0/16 via 10.0.0.2 tos 0x03
  Error: Invalid dsfield (tos): ECN bits must be 0.
  [2]
  $ ip route add 10.3.0.0/16 via 10.0.0.2 metric 4294967295
  $ ip route add 10.3.0.0/16
  RTNETLINK answers: No such device
  [2]
  $ ip route add
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
  [255]
  $ ip route del
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
  [255]
  $ ip route del 10.99.0.0/16
  RTNETLINK answers: No such process
  [2]
  $ ip link set a0 down
  $ ip route add 10.4.0.0/16 via 10.0.0.2
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.4.0.0/16 dev a0
  Error: Device for nexthop is not up.
  [2]
  $ ip route
  10.3.0.0/16 dev lo scope link 
  $ ip link set a0 up
  $ ip route
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.3.0.0/16 dev lo scope link 
