ip -j -d and -p output of links of each kind: veth, bridge and its port, macvlan; with statistics.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add br0 address 02:00:00:00:00:0b type bridge
  $ ip link add link a0 name mv0 address 02:00:00:00:00:0c type macvlan mode bridge
  $ ip link set b0 master br0
  $ ip link set lo up; for d in a0 b0 br0 mv0; do ip link set $d up; done
  $ ip -j -d link show mv0
  [{"ifindex":5,"link":"a0","ifname":"mv0","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"qdisc":"noqueue","operstate":"UP","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:0c","broadcast":"ff:ff:ff:ff:ff:ff","promiscuity":0,"allmulti":0,"min_mtu":68,"max_mtu":65535,"linkinfo":{"info_kind":"macvlan","info_data":{"mode":"bridge","bcqueuelen":1000,"usedbcqueuelen":1000}},"inet6_addr_gen_mode":"eui64","num_tx_queues":1,"num_rx_queues":1,"gso_max_size":65536,"gso_max_segs":65535,"tso_max_size":524280,"tso_max_segs":65535,"gro_max_size":65536}]
  $ ip -j -d link show b0 | sed -E 's/"forward_delay_timer":[0-9.]+/TIMER/'
  [{"ifindex":2,"link":"a0","ifname":"b0","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"qdisc":"noqueue","master":"br0","operstate":"UP","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff","promiscuity":1,"allmulti":1,"min_mtu":68,"max_mtu":65535,"linkinfo":{"info_kind":"veth","info_slave_kind":"bridge","info_slave_data":{"state":"forwarding","priority":32,"cost":2,"hairpin":false,"guard":false,"root_block":false,"fastleave":false,"learning":true,"flood":true,"id":"0x8001","no":"0x1","designated_port":32769,"designated_cost":0,"bridge_id":"8000.2:0:0:0:0:b","root_id":"8000.2:0:0:0:0:b","hold_timer":0.00,"message_age_timer":0.00,TIMER,"topology_change_ack":0,"config_pending":0,"proxy_arp":false,"proxy_arp_wifi":false,"multicast_router":1,"mcast_flood":true,"bcast_flood":true,"mcast_to_unicast":false,"neigh_suppress":false,"group_fwd_mask":"0","group_fwd_mask_str":"0x0","vlan_tunnel":false,"isolated":false,"locked":false}},"inet6_addr_gen_mode":"eui64","num_tx_queues":2,"num_rx_queues":2,"gso_max_size":65536,"gso_max_segs":65535,"tso_max_size":524280,"tso_max_segs":65535,"gro_max_size":65536}]
  $ ip -p -j link show br0
  [ {
          "ifindex": 4,
          "ifname": "br0",
          "flags": [ "BROADCAST","MULTICAST","UP","LOWER_UP" ],
          "mtu": 1500,
          "qdisc": "noqueue",
          "operstate": "UP",
          "linkmode": "DEFAULT",
          "group": "default",
          "txqlen": 1000,
          "link_type": "ether",
          "address": "02:00:00:00:00:0b",
          "broadcast": "ff:ff:ff:ff:ff:ff"
      } ]
  $ ip -j -s link show lo
  [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK","UP","LOWER_UP"],"mtu":65536,"qdisc":"noqueue","operstate":"UNKNOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"loopback","address":"00:00:00:00:00:00","broadcast":"00:00:00:00:00:00","stats64":{"rx":{"bytes":0,"packets":0,"errors":0,"dropped":0,"over_errors":0,"multicast":0},"tx":{"bytes":0,"packets":0,"errors":0,"dropped":0,"carrier_errors":0,"collisions":0}}}]
  $ ip -p -j -s -s link show lo
  [ {
          "ifindex": 1,
          "ifname": "lo",
          "flags": [ "LOOPBACK","UP","LOWER_UP" ],
          "mtu": 65536,
          "qdisc": "noqueue",
          "operstate": "UNKNOWN",
          "linkmode": "DEFAULT",
          "group": "default",
          "txqlen": 1000,
          "link_type": "loopback",
          "address": "00:00:00:00:00:00",
          "broadcast": "00:00:00:00:00:00",
          "stats64": {
              "rx": {
                  "bytes": 0,
                  "packets": 0,
                  "errors": 0,
                  "dropped": 0,
                  "over_errors": 0,
                  "multicast": 0,
                  "length_errors": 0,
                  "crc_errors": 0,
                  "frame_errors": 0,
                  "fifo_errors": 0,
                  "missed_errors": 0
              },
              "tx": {
                  "bytes": 0,
                  "packets": 0,
                  "errors": 0,
                  "dropped": 0,
                  "carrier_errors": 0,
                  "collisions": 0,
                  "aborted_errors": 0,
                  "fifo_errors": 0,
                  "window_errors": 0,
                  "heartbeat_errors": 0,
                  "carrier_changes": 0
              }
          }
      } ]
  $ ip -o -d link show mv0
  5: mv0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:00:0c brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 \    macvlan mode bridge bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -br -d link show mv0
  mv0@a0           UP             02:00:00:00:00:0c <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -d -br addr show dev mv0
  mv0@a0           UP             fe80::ff:fe00:c/64 
  $ ip -j -br -d link show b0 | sed -E 's/"forward_delay_timer":[0-9.]+/TIMER/'
  [{"link":"a0","ifname":"b0","operstate":"UP","address":"02:00:00:00:00:02","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"]}]
  $ ip -j addr show dev lo
  [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK","UP","LOWER_UP"],"mtu":65536,"qdisc":"noqueue","operstate":"UNKNOWN","group":"default","txqlen":1000,"link_type":"loopback","address":"00:00:00:00:00:00","broadcast":"00:00:00:00:00:00","addr_info":[{"family":"inet","local":"127.0.0.1","prefixlen":8,"scope":"host","label":"lo","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet6","local":"::1","prefixlen":128,"scope":"host","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  $ ip -j -p -4 addr show dev lo
  [ {
          "ifindex": 1,
          "ifname": "lo",
          "flags": [ "LOOPBACK","UP","LOWER_UP" ],
          "mtu": 65536,
          "qdisc": "noqueue",
          "operstate": "UNKNOWN",
          "group": "default",
          "txqlen": 1000,
          "addr_info": [ {
                  "family": "inet",
                  "local": "127.0.0.1",
                  "prefixlen": 8,
                  "scope": "host",
                  "label": "lo",
                  "valid_life_time": 4294967295,
                  "preferred_life_time": 4294967295
              } ]
      } ]
