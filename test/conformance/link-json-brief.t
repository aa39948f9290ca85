ip -j / -p link and addr: JSON and pretty JSON dumps of links and addresses, brief modes.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 brd + dev a0
  $ ip addr add 10.0.0.5/24 dev a0 label a0:1
  $ ip addr add 10.1.0.1/16 dev d0
  $ ip -j link show lo
  [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK","UP","LOWER_UP"],"mtu":65536,"qdisc":"noqueue","operstate":"UNKNOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"loopback","address":"00:00:00:00:00:00","broadcast":"00:00:00:00:00:00"}]
  $ ip -j -p link show d0
  [ {
          "ifindex": 5,
          "link": "e0",
          "ifname": "d0",
          "flags": [ "BROADCAST","MULTICAST","M-DOWN" ],
          "mtu": 1500,
          "qdisc": "noop",
          "operstate": "DOWN",
          "linkmode": "DEFAULT",
          "group": "default",
          "txqlen": 1000,
          "link_type": "ether",
          "address": "02:00:00:00:00:10",
          "broadcast": "ff:ff:ff:ff:ff:ff"
      } ]
  $ ip -p -j addr show dev a0
  [ {
          "ifindex": 3,
          "link": "b0",
          "ifname": "a0",
          "flags": [ "BROADCAST","MULTICAST","UP","LOWER_UP" ],
          "mtu": 1500,
          "qdisc": "noqueue",
          "operstate": "UP",
          "group": "default",
          "txqlen": 1000,
          "link_type": "ether",
          "address": "02:00:00:00:00:01",
          "broadcast": "ff:ff:ff:ff:ff:ff",
          "addr_info": [ {
                  "family": "inet",
                  "local": "10.0.0.1",
                  "prefixlen": 24,
                  "broadcast": "10.0.0.255",
                  "scope": "global",
                  "label": "a0",
                  "valid_life_time": 4294967295,
                  "preferred_life_time": 4294967295
              },{
                  "family": "inet",
                  "local": "10.0.0.5",
                  "prefixlen": 24,
                  "scope": "global",
                  "secondary": true,
                  "label": "a0:1",
                  "valid_life_time": 4294967295,
                  "preferred_life_time": 4294967295
              },{
                  "family": "inet6",
                  "local": "fe80::ff:fe00:1",
                  "prefixlen": 64,
                  "scope": "link",
                  "tentative": true,
                  "valid_life_time": 4294967295,
                  "preferred_life_time": 4294967295
              } ]
      } ]
  $ ip -j -4 addr show dev a0
  [{"ifindex":3,"link":"b0","ifname":"a0","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"qdisc":"noqueue","operstate":"UP","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.0.0.1","prefixlen":24,"broadcast":"10.0.0.255","scope":"global","label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.0.0.5","prefixlen":24,"scope":"global","secondary":true,"label":"a0:1","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  $ ip -br link
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  b0@a0            UP             02:00:00:00:00:02 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  a0@b0            UP             02:00:00:00:00:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  e0@d0            DOWN           02:00:00:00:00:20 <BROADCAST,MULTICAST,M-DOWN> 
  d0@e0            DOWN           02:00:00:00:00:10 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -br addr
  lo               UNKNOWN        127.0.0.1/8 ::1/128 
  b0@a0            UP             fe80::ff:fe00:2/64 
  a0@b0            UP             10.0.0.1/24 10.0.0.5/24 fe80::ff:fe00:1/64 
  e0@d0            DOWN           
  d0@e0            DOWN           10.1.0.1/16 
  $ ip -br -4 addr show up
  lo               UNKNOWN        127.0.0.1/8 
  a0@b0            UP             10.0.0.1/24 10.0.0.5/24 
  $ ip -br -c=never link show type veth
  b0@a0            UP             02:00:00:00:00:02 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  a0@b0            UP             02:00:00:00:00:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  e0@d0            DOWN           02:00:00:00:00:20 <BROADCAST,MULTICAST,M-DOWN> 
  d0@e0            DOWN           02:00:00:00:00:10 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -j -br link
  [{"ifname":"lo","operstate":"UNKNOWN","address":"00:00:00:00:00:00","flags":["LOOPBACK","UP","LOWER_UP"]},{"link":"a0","ifname":"b0","operstate":"UP","address":"02:00:00:00:00:02","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"]},{"link":"b0","ifname":"a0","operstate":"UP","address":"02:00:00:00:00:01","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"]},{"link":"d0","ifname":"e0","operstate":"DOWN","address":"02:00:00:00:00:20","flags":["BROADCAST","MULTICAST","M-DOWN"]},{"link":"e0","ifname":"d0","operstate":"DOWN","address":"02:00:00:00:00:10","flags":["BROADCAST","MULTICAST","M-DOWN"]}]
  $ ip -j -br addr show dev a0
  [{"link":"b0","ifname":"a0","operstate":"UP","addr_info":[{"local":"10.0.0.1","prefixlen":24},{"local":"10.0.0.5","prefixlen":24},{"local":"fe80::ff:fe00:1","prefixlen":64}]}]
  $ ip -o link show d0
  5: d0@e0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
  $ ip -o -4 addr
  1: lo    inet 127.0.0.1/8 scope host lo\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.1/24 brd 10.0.0.255 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.5/24 scope global secondary a0:1\       valid_lft forever preferred_lft forever
  5: d0    inet 10.1.0.1/16 scope global d0\       valid_lft forever preferred_lft forever
  $ ip -o addr show label a0:1
  3: a0    inet 10.0.0.5/24 scope global secondary a0:1\       valid_lft forever preferred_lft forever
  $ ip -4 addr show label 'a0*'
      inet 10.0.0.1/24 brd 10.0.0.255 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.5/24 scope global secondary a0:1
         valid_lft forever preferred_lft forever
  $ ip -j addr show dev nosuch
  Device "nosuch" does not exist.
  [1]
  $ ip -br addr show dev nosuch
  Device "nosuch" does not exist.
  [1]
  $ ip -j link show dev nosuch
  Device "nosuch" does not exist.
  [1]
