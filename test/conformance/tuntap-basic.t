ip tuntap: persistent tun and tap devices made through /dev/net/tun (TUNSETIFF, TUNSETOWNER/TUNSETGROUP, TUNSETPERSIST), as ip -d link and ethtool show them; with no process attached they have no carrier (a tap is NO-CARRIER once up, what it sends is dropped by the noop qdisc); the ioctls' errors, ip's argument errors, deletion by ip tuntap del (mode and multi_queue must match) and by ip link del; rtnetlink cannot make one.

  $ ip tuntap add dev tap0 mode tap; echo $?
  0
  $ ip tuntap add dev tun0 mode tun user 0 group 0 multi_queue; echo $?
  0
  $ ip tuntap add mode tap pi vnet_hdr one_queue; echo $?
  0
  $ ip tuntap add mode tun name tun7 user 65534; echo $?
  0
  $ ip -d link show tap0 | sed -E 's/link\/ether [0-9a-f:]+/link\/ether MAC/'
  2: tap0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether MAC brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65521 
      tun type tap pi off vnet_hdr off persist on addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 65536 tso_max_segs 65535 gro_max_size 65536 
  $ ip -d link show tun0
  3: tun0: <POINTOPOINT,MULTICAST,NOARP> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 500
      link/none  promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      tun type tun pi off vnet_hdr off multi_queue numqueues 0 numdisabled 0 persist on user root group root addrgenmode eui64 numtxqueues 256 numrxqueues 256 gso_max_size 65536 gso_max_segs 65535 tso_max_size 65536 tso_max_segs 65535 gro_max_size 65536 
  $ ip -d link show tap1 | sed -E 's/link\/ether [0-9a-f:]+/link\/ether MAC/'
  4: tap1: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether MAC brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65521 
      tun type tap pi on vnet_hdr on persist on addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 65536 tso_max_segs 65535 gro_max_size 65536 
  $ ip -d link show tun7
  5: tun7: <POINTOPOINT,MULTICAST,NOARP> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 500
      link/none  promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      tun type tun pi off vnet_hdr off persist on user nobody addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 65536 tso_max_segs 65535 gro_max_size 65536 
  $ ip -j -d link show tun0
  [{"ifindex":3,"ifname":"tun0","flags":["POINTOPOINT","MULTICAST","NOARP"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":500,"link_type":"none","promiscuity":0,"allmulti":0,"min_mtu":68,"max_mtu":65535,"linkinfo":{"info_kind":"tun","info_data":{"type":"tun","pi":false,"vnet_hdr":false,"multi_queue":true,"numqueues":0,"numdisabled":0,"persist":true,"user":"root","group":"root"}},"inet6_addr_gen_mode":"eui64","num_tx_queues":256,"num_rx_queues":256,"gso_max_size":65536,"gso_max_segs":65535,"tso_max_size":65536,"tso_max_segs":65535,"gro_max_size":65536}]
  $ ip -br link | sed -E 's/ [0-9a-f]{2}(:[0-9a-f]{2}){5} / MAC /'
  lo               DOWN           MAC <LOOPBACK> 
  tap0             DOWN           MAC <BROADCAST,MULTICAST> 
  tun0             DOWN           <POINTOPOINT,MULTICAST,NOARP> 
  tap1             DOWN           MAC <BROADCAST,MULTICAST> 
  tun7             DOWN           <POINTOPOINT,MULTICAST,NOARP> 
  $ ip link set tap0 address 02:00:00:00:00:aa; ip link set tap0 up; ip link set tun0 up; ip link show tap0; ip link show tun0
  2: tap0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc pfifo_fast state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:aa brd ff:ff:ff:ff:ff:ff
  3: tun0: <NO-CARRIER,POINTOPOINT,MULTICAST,NOARP,UP> mtu 1500 qdisc mq state DOWN mode DEFAULT group default qlen 500
      link/none 
  $ ip addr add 10.0.0.1/24 dev tap0; ip addr add 10.0.1.1 peer 10.0.1.2 dev tun0; ip route
  10.0.0.0/24 dev tap0 proto kernel scope link src 10.0.0.1 linkdown 
  10.0.1.2 dev tun0 proto kernel scope link src 10.0.1.1 linkdown 
  $ ping -c1 -W1 10.0.0.2 | tail -2; ping -c1 -W1 10.0.1.2 | tail -2; ip -s link show tap0; ip -s link show tun0
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  
  2: tap0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc pfifo_fast state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:aa brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       2       0       0 
  3: tun0: <NO-CARRIER,POINTOPOINT,MULTICAST,NOARP,UP> mtu 1500 qdisc mq state DOWN mode DEFAULT group default qlen 500
      link/none 
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       1       0       0 
  $ ethtool -i tap0; ethtool -i tun0
  driver: tun
  version: 1.6
  firmware-version: 
  expansion-rom-version: 
  bus-info: tap
  supports-statistics: no
  supports-test: no
  supports-eeprom-access: no
  supports-register-dump: no
  supports-priv-flags: no
  driver: tun
  version: 1.6
  firmware-version: 
  expansion-rom-version: 
  bus-info: tun
  supports-statistics: no
  supports-test: no
  supports-eeprom-access: no
  supports-register-dump: no
  supports-priv-flags: no
  $ ethtool tap0
  Settings for tap0:
  	Supported ports: [  ]
  	Supported link modes:   Not reported
  	Supported pause frame use: No
  	Supports auto-negotiation: No
  	Supported FEC modes: Not reported
  	Advertised link modes:  Not reported
  	Advertised pause frame use: No
  	Advertised auto-negotiation: No
  	Advertised FEC modes: Not reported
  	Speed: 10000Mb/s
  	Duplex: Full
  	Auto-negotiation: off
  	Port: Twisted Pair
  	PHYAD: 0
  	Transceiver: internal
  	MDI-X: Unknown
          Current message level: 0x00000000 (0)
                                
  	Link detected: no
  $ ethtool -k tap0
  Features for tap0:
  rx-checksumming: off [fixed]
  tx-checksumming: off
  	tx-checksum-ipv4: off [fixed]
  	tx-checksum-ip-generic: off [requested on]
  	tx-checksum-ipv6: off [fixed]
  	tx-checksum-fcoe-crc: off [fixed]
  	tx-checksum-sctp: off [fixed]
  scatter-gather: on
  	tx-scatter-gather: on
  	tx-scatter-gather-fraglist: on
  tcp-segmentation-offload: off
  	tx-tcp-segmentation: off [requested on]
  	tx-tcp-ecn-segmentation: off [requested on]
  	tx-tcp-mangleid-segmentation: off
  	tx-tcp6-segmentation: off [requested on]
  	tx-tcp-accecn-segmentation: off [fixed]
  generic-segmentation-offload: on
  generic-receive-offload: on
  large-receive-offload: off [fixed]
  rx-vlan-offload: off [fixed]
  tx-vlan-offload: on
  ntuple-filters: off [fixed]
  receive-hashing: off [fixed]
  highdma: off [fixed]
  rx-vlan-filter: off [fixed]
  vlan-challenged: off [fixed]
  tx-gso-robust: off [fixed]
  tx-fcoe-segmentation: off [fixed]
  tx-gre-segmentation: off [fixed]
  tx-gre-csum-segmentation: off [fixed]
  tx-ipxip4-segmentation: off [fixed]
  tx-ipxip6-segmentation: off [fixed]
  tx-udp_tnl-segmentation: off [requested on]
  tx-udp_tnl-csum-segmentation: off [requested on]
  tx-gso-partial: off [fixed]
  tx-tunnel-remcsum-segmentation: off [fixed]
  tx-sctp-segmentation: off [fixed]
  tx-esp-segmentation: off [fixed]
  tx-udp-segmentation: off [requested on]
  tx-gso-list: off [fixed]
  tx-nocache-copy: off
  loopback: off [fixed]
  rx-fcs: off [fixed]
  rx-all: off [fixed]
  tx-vlan-stag-hw-insert: on
  rx-vlan-stag-hw-parse: off [fixed]
  rx-vlan-stag-filter: off [fixed]
  l2-fwd-offload: off [fixed]
  hw-tc-offload: off [fixed]
  esp-hw-offload: off [fixed]
  esp-tx-csum-hw-offload: off [fixed]
  rx-udp_tunnel-port-offload: off [fixed]
  tls-hw-tx-offload: off [fixed]
  tls-hw-rx-offload: off [fixed]
  rx-gro-hw: off [fixed]
  tls-hw-record: off [fixed]
  rx-gro-list: off
  macsec-hw-offload: off [fixed]
  rx-udp-gro-forwarding: off
  hsr-tag-ins-offload: off [fixed]
  hsr-tag-rm-offload: off [fixed]
  hsr-fwd-offload: off [fixed]
  hsr-dup-offload: off [fixed]
  $ ethtool -k tun0 | grep -v fixed
  Features for tun0:
  tx-checksumming: off
  	tx-checksum-ip-generic: off [requested on]
  scatter-gather: on
  	tx-scatter-gather: on
  	tx-scatter-gather-fraglist: on
  tcp-segmentation-offload: off
  	tx-tcp-segmentation: off [requested on]
  	tx-tcp-ecn-segmentation: off [requested on]
  	tx-tcp-mangleid-segmentation: off
  	tx-tcp6-segmentation: off [requested on]
  generic-segmentation-offload: on
  generic-receive-offload: on
  tx-vlan-offload: on
  tx-udp_tnl-segmentation: off [requested on]
  tx-udp_tnl-csum-segmentation: off [requested on]
  tx-udp-segmentation: off [requested on]
  tx-nocache-copy: off
  tx-vlan-stag-hw-insert: on
  rx-gro-list: off
  rx-udp-gro-forwarding: off
  $ ip tuntap add dev tap0 mode tap; echo $?
  ioctl(TUNSETIFF): Device or resource busy
  1
  $ ip tuntap add dev tap0 mode tun; echo $?
  ioctl(TUNSETIFF): Device or resource busy
  1
  $ ip tuntap add name 'vt%d' mode tap; ip tuntap add name 'vt%d' mode tun; ip -br link show | grep -o '^vt[0-9]*'; ip link del vt0; ip link del vt1
  vt0
  vt1
  $ ip link set tun0 address 02:00:00:00:00:01; echo $?
  RTNETLINK answers: Operation not supported
  2
  $ ip link add br0 type bridge; ip link set tap0 master br0; ip link set br0 up; bridge link show; ip -br link show br0 | sed -E 's/ [0-9a-f]{2}(:[0-9a-f]{2}){5} / MAC /'; ip link del br0
  2: tap0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 master br0 state disabled priority 32 cost 2 
  br0              DOWN           MAC <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  $ ip tuntap add dev tap9; echo $?
  You failed to specify a tunnel mode
  1
  $ ip tuntap add dev tap9 mode tun mode tap; echo $?
  You managed to ask for more than one tunnel mode.
  255
  $ ip tuntap add dev tap9 mode ether; echo $?
  Unknown tunnel mode "ether"
  255
  $ ip tuntap add dev tap9 mode tap user nosuchuser; echo $?
  invalid user "nosuchuser"
  255
  $ ip tuntap add dev tap9 mode tap group nosuchgroup; echo $?
  invalid group "nosuchgroup"
  255
  $ ip tuntap add dev tap9 mode tap dev tap8; echo $?
  0
  $ ip tuntap add dev 0123456789abcdefg mode tap; echo $?
  Error: argument "0123456789abcdefg" is wrong: "dev" not a valid ifname
  255
  $ ip tuntap add tap5 mode tap foo; echo $?
  Error: either "name" is duplicate, or "foo" is a garbage.
  255
  $ ip tuntap frob; echo $?
  Command "frob" is unknown, try "ip tuntap help".
  255
  $ ip link add tap3 type tun; echo $?
  Error: tun/tap creation via rtnetlink is not supported.
  2
  $ ip link add tap3 type tap; echo $?
  Error: Unknown device type.
  2
  $ ip tuntap del dev tun0 mode tun; echo $?
  ioctl(TUNSETIFF): Invalid argument
  1
  $ ip tuntap del dev tap0 mode tun; echo $?
  ioctl(TUNSETIFF): Invalid argument
  1
  $ ip tuntap del dev nosuch mode tap; echo $?
  0
  $ ip -br link | grep -c .
  6
  $ ip tuntap del dev tun0 mode tun multi_queue; echo $?
  0
  $ ip tuntap del dev tap1 mode tap; echo $?
  0
  $ ip link del tap0; echo $?
  0
  $ ip -br link | sed -E 's/ [0-9a-f]{2}(:[0-9a-f]{2}){5} / MAC /'
  lo               DOWN           MAC <LOOPBACK> 
  tun7             DOWN           <POINTOPOINT,MULTICAST,NOARP> 
  tap8             DOWN           MAC <BROADCAST,MULTICAST> 
