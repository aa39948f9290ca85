iproute2's argument errors for ip route add/del/get/show/flush: missing values, bad numbers, duplicates, unknown keywords, and their exit statuses.
  $ ip link add a0 type veth peer name b0
  $ ip link set a0 up
  $ ip addr add 10.0.0.1/24 dev a0
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
  $ ip route add 20.0.0.0/8 via
  Command line is not complete. Try option "help"
  [255]
  $ ip route add 20.0.0.0/8 via 10.0.0.300
  Error: inet address is expected rather than "10.0.0.300".
  [1]
  $ ip route add 20.0.0.0/8 via fe80::1
  Error: inet address is expected rather than "fe80::1".
  [1]
  $ ip route add 20.0.0.0/8 via inet 10.0.0.2
  $ ip route add 20.0.0.0/8 dev
  Command line is not complete. Try option "help"
  [255]
  $ ip route add 20.0.0.0/8 metric
  Command line is not complete. Try option "help"
  [255]
  $ ip route add 20.0.0.0/8 dev a0 metric x
  Error: argument "x" is wrong: "metric" value is invalid
  [255]
  $ ip route add 20.0.0.0/8 dev a0 metric 4294967296
  Error: argument "4294967296" is wrong: "metric" value is invalid
  [255]
  $ ip route add 20.0.0.0/8 dev a0 metric 4294967295
  $ ip route add 20.0.0.0/8 dev a0 preference 7
  $ ip route add 20.0.0.0/8 dev a0 table x
  Error: argument "x" is wrong: "table" value is invalid
  [255]
  $ ip route add 20.0.0.0/8 dev a0 table 4294967296
  Error: argument "4294967296" is wrong: "table" value is invalid
  [255]
  $ ip route add 20.0.0.0/8 dev a0 proto 256
  Error: argument "256" is wrong: "protocol" value is invalid
  [255]
  $ ip route add 20.0.0.0/8 dev a0 proto x
  Error: argument "x" is wrong: "protocol" value is invalid
  [255]
  $ ip route add 20.0.0.0/8 dev a0 scope x
  Error: argument "x" is wrong: invalid "scope" value
  [255]
  $ ip route add 20.0.0.0/8 dev a0 tos x
  Error: argument "x" is wrong: "tos" value is invalid
  [255]
  $ ip route add 20.0.0.0/8 dev a0 tos 256
  Error: argument "256" is wrong: "tos" value is invalid
  [255]
  $ ip route add 20.0.0.0/8 dev a0 mtu x
  Error: argument "x" is wrong: "mtu" value is invalid
  [255]
  $ ip route add 20.0.0.0/8 dev a0 mtu lock
  Command line is not complete. Try option "help"
  [255]
  $ ip route add 20.0.0.0/8 dev a0 src x
  Error: inet address is expected rather than "x".
  [1]
  $ ip route add 20.0.0.0/8 dev a0 src 1.2.3.4
  Error: Invalid prefsrc address.
  [2]
  $ ip route add 20.0.0.0/8 dev a0 realm x
  Error: argument "x" is wrong: "realm" value is invalid
  [255]
  $ ip route add 20.0.0.0/8 dev a0 realms 1/x
  Error: argument "1/x" is wrong: "realm" value is invalid
  [255]
  $ ip route add 20.0.0.0/8 dev a0 onlink via
  Command line is not complete. Try option "help"
  [255]
  $ ip route add 20.0.0.0/8 dev a0 nexthop
  Error: unexpected end of line after "nexthop"
  [255]
  $ ip route add 20.0.0.0/8 nexthop dev a0 weight
  Command line is not complete. Try option "help"
  [255]
  $ ip route add 20.0.0.0/8 nexthop dev a0 bogus
  Error: "nexthop" or end of line is expected instead of "bogus"
  [255]
  $ ip route add 20.0.0.0/8 dev a0 20.0.0.0/8
  Error: either "to" is duplicate, or "20.0.0.0/8" is a garbage.
  [255]
  $ ip route add 20.0.0.0/8 dev a0 21.0.0.0/8
  Error: either "to" is duplicate, or "21.0.0.0/8" is a garbage.
  [255]
  $ ip route add to 20.0.0.0/8 to 21.0.0.0/8 dev a0
  Error: either "to" is duplicate, or "21.0.0.0/8" is a garbage.
  [255]
  $ ip route add 20.0.0.0/8 dev a0 nhid 5
  Error: Nexthop specification and nexthop id are mutually exclusive.
  [2]
  $ ip route add 20.0.0.0/8 nhid x
  Error: argument "x" is wrong: "id" value is invalid
  [255]
  $ ip route add 20.0.0.0/8 dev a0 expires 10
  RTNETLINK answers: File exists
  [2]
  $ ip route add 20.0.0.0/8 dev a0 pref high
  RTNETLINK answers: File exists
  [2]
  $ ip route add 20.0.0.0/8 dev a0 pref x
  Error: argument "x" is wrong: "pref" value is invalid
  [255]
  $ ip route add 20.0.0.0/8 dev a0 initcwnd x
  Error: argument "x" is wrong: "initcwnd" value is invalid
  [255]
  $ ip route add 20.0.0.0/8 dev a0 features x
  Error: argument "x" is wrong: "features" value not valid
  [255]
  $ ip route add 20.0.0.0/8 dev a0 congctl
  Command line is not complete. Try option "help"
  [255]
  $ ip route add 20.0.0.0/8 dev a0 from 1.2.3.4
  RTNETLINK answers: File exists
  [2]
  $ ip route add 20.0.0.0/8 dev a0 ttl-propagate enabled
  RTNETLINK answers: File exists
  [2]
  $ ip route add 20.0.0.0/8 dev a0 encap bogus
  Error: argument "bogus" is wrong: "encap type" value is invalid
  [255]
  $ ip route add default dev a0 table 5 && ip route show table 5
  default dev a0 scope link linkdown 
  $ ip route add all dev a0 table 6 && ip route show table 6
  default dev a0 scope link linkdown 
  $ ip route add any dev a0 table 6
  Error: any valid prefix is expected rather than "dev".
  [1]
  $ ip route add 20 dev a0 table 8 && ip route show table 8
  20.0.0.0 dev a0 scope link linkdown 
  $ ip route add 20.1 dev a0 table 8 && ip route show table 8
  20.0.0.0 dev a0 scope link linkdown 
  20.1.0.0 dev a0 scope link linkdown 
  $ ip route add 20.1.2 dev a0 table 8 && ip route show table 8
  20.0.0.0 dev a0 scope link linkdown 
  20.1.0.0 dev a0 scope link linkdown 
  20.1.2.0 dev a0 scope link linkdown 
  $ ip route add 20.1/16 dev a0 table 8 && ip route show table 8
  20.0.0.0 dev a0 scope link linkdown 
  20.1.0.0 dev a0 scope link linkdown 
  20.1.0.0/16 dev a0 scope link linkdown 
  20.1.2.0 dev a0 scope link linkdown 
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
  $ ip route del 20.0.0.0/8 via
  Command line is not complete. Try option "help"
  [255]
  $ ip route get
  need at least a destination address
  [1]
  $ ip route get 1.2.3.4 from
  Command line is not complete. Try option "help"
  [255]
  $ ip route get 1.2.3.4 iif
  Command line is not complete. Try option "help"
  [255]
  $ ip route get 1.2.3.4 oif nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route get 1.2.3.4 iif nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route get 1.2.3.4 mark x
  Error: argument "x" is wrong: invalid mark value
  [255]
  $ ip route get 1.2.3.4 tos x
  Error: argument "x" is wrong: TOS value is invalid
  [255]
  $ ip route get 1.2.3.4 uid x
  Error: argument "x" is wrong: invalid UID
  [255]
  $ ip route get 1.2.3.4 ipproto bogus
  Error: argument "bogus" is wrong: Invalid "ipproto" value
  [255]
  $ ip route get 1.2.3.4 dport x
  Error: argument "x" is wrong: invalid dport
  [255]
  $ ip route get 1.2.3.4 bogus
  Error: inet prefix is expected rather than "bogus".
  [1]
  $ ip route get 1.2.3.4 5.6.7.8
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 1.2.3.4 vrf nosuch
  Error: argument "nosuch" is wrong: Invalid VRF
  [255]
  $ ip route show table x
  Error: argument "x" is wrong: table id value is invalid
  [255]
  $ ip route show bogus 1
  Error: any valid prefix is expected rather than "bogus".
  [1]
  $ ip route show via
  Command line is not complete. Try option "help"
  [255]
  $ ip route show dev
  Command line is not complete. Try option "help"
  [255]
  $ ip route show 1.2.3.4 5.6.7.8
  $ ip route flush
  "ip route flush" requires arguments.
  [1]
  $ ip route flush bogus
  Error: any valid prefix is expected rather than "bogus".
  [1]
  $ ip route list table 5
  default dev a0 scope link linkdown 
  $ ip route lst table 5
  default dev a0 scope link linkdown 
  $ ip r s t 5
  default dev a0 scope link linkdown 
  $ ip ro sh table 8
  20.0.0.0 dev a0 scope link linkdown 
  20.1.0.0 dev a0 scope link linkdown 
  20.1.0.0/16 dev a0 scope link linkdown 
  20.1.2.0 dev a0 scope link linkdown 
  $ ip route sh 20.1.0.0/16 table 8
  20.1.0.0/16 dev a0 scope link linkdown 
