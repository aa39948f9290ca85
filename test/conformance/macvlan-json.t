macvlan in JSON: ip -j -d link prints info_data (mode, bcqueuelen, usedbcqueuelen, the source list as macaddr_count and macaddr_data in hash order); the port uses the largest bcqueuelen of its macvlans; a random MAC when none is given.
  $ ip netns add h
  $ ip link add eth0 netns h address 02:00:00:00:05:01 type veth peer name o0 address 02:00:00:00:05:02
  $ ip -n h link add link eth0 name s0 address 02:00:00:00:05:11 type macvlan mode source macaddr set 02:00:00:00:05:02 02:00:00:00:05:03
  $ ip -n h -j -d link show s0
  [{"ifindex":3,"link":"eth0","ifname":"s0","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:05:11","broadcast":"ff:ff:ff:ff:ff:ff","promiscuity":0,"allmulti":0,"min_mtu":68,"max_mtu":65535,"linkinfo":{"info_kind":"macvlan","info_data":{"mode":"source","bcqueuelen":1000,"usedbcqueuelen":1000,"macaddr_count":2,"macaddr_data":["02:00:00:00:05:03","02:00:00:00:05:02"]}},"inet6_addr_gen_mode":"eui64","num_tx_queues":1,"num_rx_queues":1,"gso_max_size":65536,"gso_max_segs":65535,"tso_max_size":524280,"tso_max_segs":65535,"gro_max_size":65536}]
  $ ip -n h link add link eth0 name p0 type macvlan mode passthru nopromisc
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h link add link eth0 name m0 type macvlan mode private bcqueuelen 77
  $ ip -n h -j -d link show m0
  [{"ifindex":4,"link":"eth0","ifname":"m0","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"??:??:??:??:??:??","broadcast":"ff:ff:ff:ff:ff:ff","promiscuity":0,"allmulti":0,"min_mtu":68,"max_mtu":65535,"linkinfo":{"info_kind":"macvlan","info_data":{"mode":"private","bcqueuelen":77,"usedbcqueuelen":1000}},"inet6_addr_gen_mode":"eui64","num_tx_queues":1,"num_rx_queues":1,"gso_max_size":65536,"gso_max_segs":65535,"tso_max_size":524280,"tso_max_segs":65535,"gro_max_size":65536}] (glob)
  $ ip -n h link add link eth0 name m1 type macvlan mode private bcqueuelen 5000 flag nodst
  $ ip -n h -d link show m0 | sed -n 3p
      macvlan mode private bcqueuelen 77 usedbcqueuelen 5000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
