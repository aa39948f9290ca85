More route add/del/change errors and argument texts.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 192.168.1.1/24 dev a0
  $ ip route add 10.0.0.0/8 via 192.168.1.9 metric abc
  Error: argument "abc" is wrong: "metric" value is invalid
  [255]
  $ ip route add 10.0.0.0/8 via 192.168.1.9 table foo
  Error: argument "foo" is wrong: "table" value is invalid
  [255]
  $ ip route add 10.0.0.0/8 via 192.168.1.9 proto bogus
  Error: argument "bogus" is wrong: "protocol" value is invalid
  [255]
  $ ip route add 10.0.0.0/8 via 192.168.1.9 scope bogus
  Error: argument "bogus" is wrong: invalid "scope" value
  [255]
  $ ip route add 10.0.0.0/8 via 192.168.1.9 mtu 70000
  $ ip route add 10.0.0.0/8 via 192.168.1.9 dev b0
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.0.0.0/8 via 192.168.1.1
  RTNETLINK answers: File exists
  [2]
  $ ip route add 10.0.0.0/8
  RTNETLINK answers: No such device
  [2]
  $ ip route add via 192.168.1.9
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
  $ ip route add 10.0.0.0/8 via
  Command line is not complete. Try option "help"
  [255]
  $ ip route add 10.0.0.0/8 via 192.168.1.9 metric 10
  $ ip route add 10.0.0.0/8 via 192.168.1.9 metric 20
  $ ip route change 10.0.0.0/8 via 192.168.1.8 metric 30
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route change 20.0.0.0/8 via 192.168.1.8
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route replace 20.0.0.0/8 via 192.168.1.8
  $ ip route append 20.0.0.0/8 via 192.168.1.7
  $ ip route prepend 20.0.0.0/8 via 192.168.1.6
  $ ip route show
  10.0.0.0/8 via 192.168.1.9 dev a0 mtu 65520 
  10.0.0.0/8 via 192.168.1.9 dev a0 metric 10 
  10.0.0.0/8 via 192.168.1.9 dev a0 metric 20 
  20.0.0.0/8 via 192.168.1.6 dev a0 
  20.0.0.0/8 via 192.168.1.8 dev a0 
  20.0.0.0/8 via 192.168.1.7 dev a0 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip route del 10.0.0.0/8 via 192.168.1.5
  RTNETLINK answers: No such process
  [2]
  $ ip route del 10.0.0.0/8 metric 99
  RTNETLINK answers: No such process
  [2]
  $ ip route del 10.0.0.0/8 metric 20
  $ ip route del 10.0.0.0/8 dev b0
  RTNETLINK answers: No such process
  [2]
  $ ip route del 10.0.0.0/8 table 7
  Error: FIB table does not exist.
  [2]
  $ ip route show 10.0.0.0/8
  10.0.0.0/8 via 192.168.1.9 dev a0 mtu 65520 
  10.0.0.0/8 via 192.168.1.9 dev a0 metric 10 
  $ ip route add 30.0.0.0/8 dev a0 scope host
  $ ip route add 31.0.0.0/8 via 192.168.1.9 scope link
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 32.0.0.0/8 via 192.168.1.9 src 1.2.3.4
  Error: Invalid prefsrc address.
  [2]
  $ ip route add 33.0.0.0/8 via 192.168.1.9 src 192.168.1.1
  $ ip route show
  10.0.0.0/8 via 192.168.1.9 dev a0 mtu 65520 
  10.0.0.0/8 via 192.168.1.9 dev a0 metric 10 
  20.0.0.0/8 via 192.168.1.6 dev a0 
  20.0.0.0/8 via 192.168.1.8 dev a0 
  20.0.0.0/8 via 192.168.1.7 dev a0 
  30.0.0.0/8 dev a0 scope host 
  33.0.0.0/8 via 192.168.1.9 dev a0 src 192.168.1.1 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip route add local 40.0.0.1 dev a0
  $ ip route add broadcast 40.0.0.255 dev a0
  $ ip route show table local | grep 40.0
  local 40.0.0.1 dev a0 scope host 
  broadcast 40.0.0.255 dev a0 scope link 
  $ ip route add throw 50.0.0.0/8
  $ ip route add nat 51.0.0.0/8 via 1.2.3.4
  Error: Invalid scope.
  [2]
  $ ip route add multicast 224.1.0.0/16 dev a0
  $ ip route add anycast 52.0.0.0/8 dev a0
  $ ip route show type throw
  throw 50.0.0.0/8 
