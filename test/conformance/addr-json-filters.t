ip -j addr show with address filters (scope, flags, label, to PREFIX, -4/-6, up): iproute2 opens a JSON object for every address of the link before filtering, so each skipped one leaves an empty {}.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip addr add 10.1.0.1/24 dev a0
  $ ip addr add 10.1.0.2/24 dev a0 label a0:s
  $ ip addr add 10.2.0.1/32 dev a0 scope host
  $ ip addr add 10.3.0.1/16 dev a0 scope link noprefixroute
  $ ip -j addr show dev a0 scope host
  [{"ifindex":3,"link":"b0","ifname":"a0","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff","addr_info":[{"family":"inet","local":"10.2.0.1","prefixlen":32,"scope":"host","label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295},{},{},{}]}]
  $ ip -j -4 addr show dev a0 scope link
  [{"ifindex":3,"link":"b0","ifname":"a0","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","group":"default","txqlen":1000,"addr_info":[{},{"family":"inet","local":"10.3.0.1","prefixlen":16,"scope":"link","noprefixroute":true,"label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295},{},{}]}]
  $ ip -j addr show dev a0 secondary
  [{"ifindex":3,"link":"b0","ifname":"a0","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff","addr_info":[{},{},{},{"family":"inet","local":"10.1.0.2","prefixlen":24,"scope":"global","secondary":true,"label":"a0:s","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  $ ip -j -4 addr show dev a0 primary
  [{"ifindex":3,"link":"b0","ifname":"a0","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.2.0.1","prefixlen":32,"scope":"host","label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.3.0.1","prefixlen":16,"scope":"link","noprefixroute":true,"label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.1.0.1","prefixlen":24,"scope":"global","label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295},{}]}]
  $ ip -j addr show dev a0 noprefixroute
  [{"ifindex":3,"link":"b0","ifname":"a0","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff","addr_info":[{},{"family":"inet","local":"10.3.0.1","prefixlen":16,"scope":"link","noprefixroute":true,"label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295},{},{}]}]
  $ ip -j addr show to 10.1.0.0/24
  [{"ifindex":3,"link":"b0","ifname":"a0","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","group":"default","txqlen":1000,"addr_info":[{},{},{"family":"inet","local":"10.1.0.1","prefixlen":24,"scope":"global","label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.1.0.2","prefixlen":24,"scope":"global","secondary":true,"label":"a0:s","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  $ ip -j -4 addr show label 'a0:*'
  [{"addr_info":[{},{},{},{"family":"inet","local":"10.1.0.2","prefixlen":24,"scope":"global","secondary":true,"label":"a0:s","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  $ ip -j -br addr show dev a0 scope host
  [{"link":"b0","ifname":"a0","operstate":"DOWN","addr_info":[{"local":"10.2.0.1","prefixlen":32},{},{},{}]}]
  $ ip -j -br -4 addr show to 10.2.0.0/16
  [{"link":"b0","ifname":"a0","operstate":"DOWN","addr_info":[{"local":"10.2.0.1","prefixlen":32},{},{},{}]}]
  $ ip -j -o -4 addr show dev a0 secondary
  [{"addr_info":[{},{},{},{"index":3,"dev":"a0","family":"inet","local":"10.1.0.2","prefixlen":24,"scope":"global","secondary":true,"label":"a0:s","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  $ ip -j addr show dev a0 up
  [{}]
  $ ip -j -4 addr show permanent
  [{"ifindex":3,"link":"b0","ifname":"a0","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.2.0.1","prefixlen":32,"scope":"host","label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.3.0.1","prefixlen":16,"scope":"link","noprefixroute":true,"label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.1.0.1","prefixlen":24,"scope":"global","label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.1.0.2","prefixlen":24,"scope":"global","secondary":true,"label":"a0:s","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  $ ip -j -p -4 addr show dev a0 scope host
  [ {
          "ifindex": 3,
          "link": "b0",
          "ifname": "a0",
          "flags": [ "BROADCAST","MULTICAST","M-DOWN" ],
          "mtu": 1500,
          "qdisc": "noop",
          "operstate": "DOWN",
          "group": "default",
          "txqlen": 1000,
          "addr_info": [ {
                  "family": "inet",
                  "local": "10.2.0.1",
                  "prefixlen": 32,
                  "scope": "host",
                  "label": "a0",
                  "valid_life_time": 4294967295,
                  "preferred_life_time": 4294967295
              },{},{},{} ]
      } ]
