macvtap and ifb in ip -j/-p/-br listings (info_kind, info_data of the macvlan parser, altnames), the counters of an up macvtap, and mode changes: source with its address list, passthru refused on a lower device in use and taken with nopromisc on a free one (the lower device not made promiscuous).
  $ ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip link add kifb address 02:00:00:00:00:05 type ifb
  $ ip link add link v0 name mvt address 02:00:00:00:00:04 type macvtap mode private
  $ ip link property add dev mvt altname tap-of-v0
  $ ip -j -d link show kifb | sed -E 's/"num_tx_queues.*//'
  [{"ifindex":4,"ifname":"kifb","flags":["BROADCAST","NOARP"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":32,"link_type":"ether","address":"02:00:00:00:00:05","broadcast":"ff:ff:ff:ff:ff:ff","promiscuity":0,"allmulti":0,"min_mtu":0,"max_mtu":0,"linkinfo":{"info_kind":"ifb"},"inet6_addr_gen_mode":"eui64",
  $ ip -j -d link show mvt | sed -E 's/"num_tx_queues.*//'
  [{"ifindex":5,"link":"v0","ifname":"mvt","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":500,"link_type":"ether","address":"02:00:00:00:00:04","broadcast":"ff:ff:ff:ff:ff:ff","promiscuity":0,"allmulti":0,"min_mtu":68,"max_mtu":65535,"linkinfo":{"info_kind":"macvtap","info_data":{"mode":"private","bcqueuelen":1000,"usedbcqueuelen":1000}},"inet6_addr_gen_mode":"eui64",
  $ ip -p -j link show mvt
  [ {
          "ifindex": 5,
          "link": "v0",
          "ifname": "mvt",
          "flags": [ "BROADCAST","MULTICAST","M-DOWN" ],
          "mtu": 1500,
          "qdisc": "noop",
          "operstate": "DOWN",
          "linkmode": "DEFAULT",
          "group": "default",
          "txqlen": 500,
          "link_type": "ether",
          "address": "02:00:00:00:00:04",
          "broadcast": "ff:ff:ff:ff:ff:ff",
          "altnames": [ "tap-of-v0" ]
      } ]
  $ ip -br -j link show
  [{"ifname":"lo","operstate":"DOWN","address":"00:00:00:00:00:00","flags":["LOOPBACK"]},{"link":"v0","ifname":"v1","operstate":"DOWN","address":"02:00:00:00:00:02","flags":["BROADCAST","MULTICAST","M-DOWN"]},{"link":"v1","ifname":"v0","operstate":"DOWN","address":"02:00:00:00:00:01","flags":["BROADCAST","MULTICAST","M-DOWN"]},{"ifname":"kifb","operstate":"DOWN","address":"02:00:00:00:00:05","flags":["BROADCAST","NOARP"]},{"link":"v0","ifname":"mvt","operstate":"DOWN","address":"02:00:00:00:00:04","flags":["BROADCAST","MULTICAST","M-DOWN"]}]
  $ ip -j addr show dev tap-of-v0
  [{"ifindex":5,"link":"v0","ifname":"mvt","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","group":"default","txqlen":500,"link_type":"ether","address":"02:00:00:00:00:04","broadcast":"ff:ff:ff:ff:ff:ff","altnames":["tap-of-v0"],"addr_info":[]}]
  $ ip link set mvt up
  $ ip link set v0 up
  $ ip -s -s link show mvt
  5: mvt@v0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc pfifo_fast state LOWERLAYERDOWN mode DEFAULT group default qlen 500
      link/ether 02:00:00:00:00:04 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       0 
      altname tap-of-v0
  $ ip link set mvt type macvtap mode source macaddr add 02:00:00:00:00:99
  $ ip -d link show mvt | sed -n 3p | sed -E 's/ addrgenmode.*//'
      macvtap mode source bcqueuelen 1000 usedbcqueuelen 1000 remotes (1) 02:00:00:00:00:99
  $ ip link set mvt type macvtap mode passthru
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add link v0 name mvp type macvtap mode passthru
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add link v1 name mvp type macvtap mode passthru nopromisc
  $ ip -d link show mvp | sed -n 3p | sed -E 's/ addrgenmode.*//'
      macvtap mode passthru nopromisc bcqueuelen 1000 usedbcqueuelen 1000
  $ ip -d link show v1 | grep -o 'promiscuity [0-9]*'
  promiscuity 0
