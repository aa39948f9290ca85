iproute2 6.1's usage texts (ip/*.c usage()): on stderr, exit status 255;
an object that is not built into ip: "Object ... is unknown".

  $ ip help
  Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
         ip [ -force ] -batch filename
  where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |
                     link | macsec | maddress | monitor | mptcp | mroute | mrule |
                     neighbor | neighbour | netconf | netns | nexthop | ntable |
                     ntbl | route | rule | sr | tap | tcpmetrics |
                     token | tunnel | tuntap | vrf | xfrm }
         OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                      -h[uman-readable] | -iec | -j[son] | -p[retty] |
                      -f[amily] { inet | inet6 | mpls | bridge | link } |
                      -4 | -6 | -M | -B | -0 |
                      -l[oops] { maximum-addr-flush-attempts } | -br[ief] |
                      -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |
                      -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |
                      -c[olor]}
  [255]
  $ ip
  Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
         ip [ -force ] -batch filename
  where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |
                     link | macsec | maddress | monitor | mptcp | mroute | mrule |
                     neighbor | neighbour | netconf | netns | nexthop | ntable |
                     ntbl | route | rule | sr | tap | tcpmetrics |
                     token | tunnel | tuntap | vrf | xfrm }
         OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                      -h[uman-readable] | -iec | -j[son] | -p[retty] |
                      -f[amily] { inet | inet6 | mpls | bridge | link } |
                      -4 | -6 | -M | -B | -0 |
                      -l[oops] { maximum-addr-flush-attempts } | -br[ief] |
                      -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |
                      -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |
                      -c[olor]}
  [255]
  $ ip link help
  Usage: ip link add [link DEV | parentdev NAME] [ name ] NAME
  		    [ txqueuelen PACKETS ]
  		    [ address LLADDR ]
  		    [ broadcast LLADDR ]
  		    [ mtu MTU ] [index IDX ]
  		    [ numtxqueues QUEUE_COUNT ]
  		    [ numrxqueues QUEUE_COUNT ]
  		    [ netns { PID | NAME } ]
  		    type TYPE [ ARGS ]
  
  	ip link delete { DEVICE | dev DEVICE | group DEVGROUP } type TYPE [ ARGS ]
  
  	ip link set { DEVICE | dev DEVICE | group DEVGROUP }
  			[ { up | down } ]
  			[ type TYPE ARGS ]
  		[ arp { on | off } ]
  		[ dynamic { on | off } ]
  		[ multicast { on | off } ]
  		[ allmulticast { on | off } ]
  		[ promisc { on | off } ]
  		[ trailers { on | off } ]
  		[ carrier { on | off } ]
  		[ txqueuelen PACKETS ]
  		[ name NEWNAME ]
  		[ address LLADDR ]
  		[ broadcast LLADDR ]
  		[ mtu MTU ]
  		[ netns { PID | NAME } ]
  		[ link-netns NAME | link-netnsid ID ]
  		[ alias NAME ]
  		[ vf NUM [ mac LLADDR ]
  			 [ vlan VLANID [ qos VLAN-QOS ] [ proto VLAN-PROTO ] ]
  			 [ rate TXRATE ]
  			 [ max_tx_rate TXRATE ]
  			 [ min_tx_rate TXRATE ]
  			 [ spoofchk { on | off} ]
  			 [ query_rss { on | off} ]
  			 [ state { auto | enable | disable} ]
  			 [ trust { on | off} ]
  			 [ node_guid EUI64 ]
  			 [ port_guid EUI64 ] ]
  		[ { xdp | xdpgeneric | xdpdrv | xdpoffload } { off |
  			  object FILE [ { section | program } NAME ] [ verbose ] |
  			  pinned FILE } ]
  		[ master DEVICE ][ vrf NAME ]
  		[ nomaster ]
  		[ addrgenmode { eui64 | none | stable_secret | random } ]
  		[ protodown { on | off } ]
  		[ protodown_reason PREASON { on | off } ]
  		[ gso_max_size BYTES ] | [ gso_max_segs PACKETS ]
  		[ gro_max_size BYTES ]
  
  	ip link show [ DEVICE | group GROUP ] [up] [master DEV] [vrf NAME] [type TYPE]
  		[nomaster]
  
  	ip link xstats type TYPE [ ARGS ]
  
  	ip link afstats [ dev DEVICE ]
  	ip link property add dev DEVICE [ altname NAME .. ]
  	ip link property del dev DEVICE [ altname NAME .. ]
  
  	ip link help [ TYPE ]
  
  TYPE := { amt | bareudp | bond | bond_slave | bridge | bridge_slave |
            dsa | dummy | erspan | geneve | gre | gretap | gtp | ifb |
            ip6erspan | ip6gre | ip6gretap | ip6tnl |
            ipip | ipoib | ipvlan | ipvtap |
            macsec | macvlan | macvtap |
            netdevsim | nlmon | rmnet | sit | team | team_slave |
            vcan | veth | vlan | vrf | vti | vxcan | vxlan | wwan |
            xfrm | virt_wifi }
  [255]
  $ ip addr help
  Usage: ip address {add|change|replace} IFADDR dev IFNAME [ LIFETIME ]
                                                        [ CONFFLAG-LIST ]
         ip address del IFADDR dev IFNAME [mngtmpaddr]
         ip address {save|flush} [ dev IFNAME ] [ scope SCOPE-ID ]
                              [ to PREFIX ] [ FLAG-LIST ] [ label LABEL ] [up]
         ip address [ show [ dev IFNAME ] [ scope SCOPE-ID ] [ master DEVICE ]
                           [ nomaster ]
                           [ type TYPE ] [ to PREFIX ] [ FLAG-LIST ]
                           [ label LABEL ] [up] [ vrf NAME ] ]
         ip address {showdump|restore}
  IFADDR := PREFIX | ADDR peer PREFIX
            [ broadcast ADDR ] [ anycast ADDR ]
            [ label IFNAME ] [ scope SCOPE-ID ] [ metric METRIC ]
  SCOPE-ID := [ host | link | global | NUMBER ]
  FLAG-LIST := [ FLAG-LIST ] FLAG
  FLAG  := [ permanent | dynamic | secondary | primary |
             [-]tentative | [-]deprecated | [-]dadfailed | temporary |
             CONFFLAG-LIST ]
  CONFFLAG-LIST := [ CONFFLAG-LIST ] CONFFLAG
  CONFFLAG  := [ home | nodad | mngtmpaddr | noprefixroute | autojoin ]
  LIFETIME := [ valid_lft LFT ] [ preferred_lft LFT ]
  LFT := forever | SECONDS
  TYPE := { amt | bareudp | bond | bond_slave | bridge | bridge_slave |
            dsa | dummy | erspan | geneve | gre | gretap | gtp | ifb |
            ip6erspan | ip6gre | ip6gretap | ip6tnl |
            ipip | ipoib | ipvlan | ipvtap |
            macsec | macvlan | macvtap |
            netdevsim | nlmon | rmnet | sit | team | team_slave |
            vcan | veth | vlan | vrf | vti | vxcan | vxlan | wwan |
            xfrm | virt_wifi }
  [255]
  $ ip route help
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
  $ ip rule help
  Usage: ip rule { add | del } SELECTOR ACTION
         ip rule { flush | save | restore }
         ip rule [ list [ SELECTOR ]]
  SELECTOR := [ not ] [ from PREFIX ] [ to PREFIX ] [ tos TOS ]
              [ fwmark FWMARK[/MASK] ]
              [ iif STRING ] [ oif STRING ] [ pref NUMBER ] [ l3mdev ]
              [ uidrange NUMBER-NUMBER ]
              [ ipproto PROTOCOL ]
              [ sport [ NUMBER | NUMBER-NUMBER ]
              [ dport [ NUMBER | NUMBER-NUMBER ] ]
  ACTION := [ table TABLE_ID ]
            [ protocol PROTO ]
            [ nat ADDRESS ]
            [ realms [SRCREALM/]DSTREALM ]
            [ goto NUMBER ]
            SUPPRESSOR
  SUPPRESSOR := [ suppress_prefixlength NUMBER ]
                [ suppress_ifgroup DEVGROUP ]
  TABLE_ID := [ local | main | default | NUMBER ]
  [255]
  $ ip neigh help
  Usage: ip neigh { add | del | change | replace }
                  { ADDR [ lladdr LLADDR ] [ nud STATE ] proxy ADDR }
                  [ dev DEV ] [ router ] [ use ] [ managed ] [ extern_learn ]
                  [ protocol PROTO ]
  
  	ip neigh { show | flush } [ proxy ] [ to PREFIX ] [ dev DEV ] [ nud STATE ]
  				  [ vrf NAME ] [ nomaster ]
  	ip neigh get { ADDR | proxy ADDR } dev DEV
  
  STATE := { delay | failed | incomplete | noarp | none |
             permanent | probe | reachable | stale }
  [255]
  $ ip netns help
  Usage:	ip netns list
  	ip netns add NAME
  	ip netns attach NAME PID
  	ip netns set NAME NETNSID
  	ip [-all] netns delete [NAME]
  	ip netns identify [PID]
  	ip netns pids NAME
  	ip [-all] netns exec [NAME] cmd ...
  	ip netns monitor
  	ip netns list-id [target-nsid POSITIVE-INT] [nsid POSITIVE-INT]
  NETNSID := auto | POSITIVE-INT
  [255]
  $ ip frobnicate
  Object "frobnicate" is unknown, try "ip help".
  [1]
  $ ip link frobnicate
  Command "frobnicate" is unknown, try "ip link help".
  [255]
