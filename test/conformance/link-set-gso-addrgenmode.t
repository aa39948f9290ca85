ip link set's GSO/GRO sizes (ifla_policy's floor for gso_max_size, validate_linkmsg(): at most the
device's tso_max_size/tso_max_segs and GRO_MAX_SIZE; ip's own get_unsigned() and GSO_MAX_SEGS),
addrgenmode (IFLA_AF_SPEC inet6: EAFNOSUPPORT without an inet6_dev, stable_secret needs a secret,
shown by ip -d), and iplink_parse()'s refusals: vrf, link-netns, a second group, help.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip -d link show a0 | grep -o 'gso_max.*'
  gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip link set a0 gso_max_size 0
  Error: integer out of range.
  [2]
  $ ip link set a0 gso_max_size 100
  Error: integer out of range.
  [2]
  $ ip link set a0 gso_max_size 400
  $ ip link set a0 gso_max_size 524280
  $ ip link set a0 gso_max_size 524281
  Error: too big gso_max_size.
  [2]
  $ ip link set a0 gso_max_segs 65535
  $ ip link set a0 gso_max_segs 65536
  Error: argument "65536" is wrong: Invalid "gso_max_segs" value
  [255]
  $ ip link set a0 gso_max_segs 0
  $ ip link set a0 gro_max_size 524281
  Error: too big gro_max_size.
  [2]
  $ ip link set a0 gro_max_size 0
  $ ip link set a0 gro_max_size 4294967295
  Error: too big gro_max_size.
  [2]
  $ ip link set a0 gso_max_size -1
  Error: argument "-1" is wrong: Invalid "gso_max_size" value
  [255]
  $ ip -d link show a0 | grep -o 'gso_max.*'
  gso_max_size 524280 gso_max_segs 0 tso_max_size 524280 tso_max_segs 65535 gro_max_size 0 
  $ ip link set lo gso_max_size 600000
  Error: too big gso_max_size.
  [2]
  $ ip link add a1 gso_max_size 1000 gso_max_segs 10 gro_max_size 2000 type veth peer name b1; ip -d link show a1 | grep -o 'gso_max.*'; ip -d link show b1 | grep -o 'gso_max.*'
  gso_max_size 1000 gso_max_segs 10 tso_max_size 524280 tso_max_segs 65535 gro_max_size 2000 
  gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip link set a0 mtu 1000; ip link set a0 addrgenmode none; ip -d link show a0 | grep -o 'addrgenmode.*'
  RTNETLINK answers: Address family not supported by protocol
  [1]
  $ ip link set a0 mtu 1279; ip link set a0 addrgenmode none; ip -d link show a0 | grep -c addrgenmode
  RTNETLINK answers: Address family not supported by protocol
  0
  [1]
  $ ip link set a0 vrf b0
  Error: argument "b0" is wrong: Not a valid VRF name
  [255]
  $ ip link set a0 link-netns nosuch
  Error: argument "nosuch" is wrong: Invalid "link-netns" value
  [255]
  $ ip link set a0 group 1 group 2
  Error: duplicate "group": "2" is the second value.
  [255]
  $ ip link set a0 help
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
  $ ip link add help
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
  $ ip link del a0 help
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
  $ ip link add x0 parentdev foo type veth; ip link del x0
  $ ip link set b0 addrgenmode bogus
  Error: argument "bogus" is wrong: Invalid address generation mode
  [255]
  $ ip link set b0 addrgenmode none; ip -d link show b0 | grep -o 'addrgenmode [a-z_0-9]*'; sysctl net.ipv6.conf.b0.addr_gen_mode
  addrgenmode none
  net.ipv6.conf.b0.addr_gen_mode = 1
  $ ip link set b0 addrgenmode stable_secret
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set b0 addrgenmode RANDOM; ip -d link show b0 | grep -o 'addrgenmode [a-z_0-9]*'
  addrgenmode random
  $ sysctl -w net.ipv6.conf.b0.addr_gen_mode=0; ip -d link show b0 | grep -o 'addrgenmode [a-z_0-9]*'
  net.ipv6.conf.b0.addr_gen_mode = 0
  addrgenmode eui64
  $ ip link set b0 addrgenmode stable_secret; ip -d link show b0 | grep -o 'addrgenmode [a-z_0-9]*'
  RTNETLINK answers: Invalid argument
  addrgenmode eui64
  $ sysctl -w net.ipv6.conf.b0.addr_gen_mode=3 net.ipv6.conf.b0.addr_gen_mode=0; ip link set b0 addrgenmode stable_secret; ip -d link show b0 | grep -o 'addrgenmode [a-z_0-9]*'
  net.ipv6.conf.b0.addr_gen_mode = 3
  net.ipv6.conf.b0.addr_gen_mode = 0
  addrgenmode stable_secret
  $ ip link set b0 gso_max_size 0x10000 gso_max_segs 010; ip -d link show b0 | grep -o 'gso_max_size [0-9]* gso_max_segs [0-9]*'
  gso_max_size 65536 gso_max_segs 8
