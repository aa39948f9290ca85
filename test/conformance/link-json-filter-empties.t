ip -j link/addr show with link filters (up, group, master, type, nomaster): links the kernel's dump leaves out are absent, links print_linkinfo() rejects leave an empty {} (and -o skips the link filters but keeps up).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add br0 address 02:00:00:00:00:0b type bridge
  $ ip link set a0 master br0
  $ ip link set b0 group 5
  $ ip link set b0 up
  $ ip addr add 10.1.0.1/24 dev a0
  $ ip addr add 10.2.0.1/24 dev b0
  $ ip -j link show up
  [{},{"ifindex":2,"link":"a0","ifname":"b0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","linkmode":"DEFAULT","group":"5","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff"},{},{}]
  $ ip -j -br link show up
  [{},{"link":"a0","ifname":"b0","operstate":"LOWERLAYERDOWN","address":"02:00:00:00:00:02","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"]},{},{}]
  $ ip -j addr show up
  [{},{"ifindex":2,"link":"a0","ifname":"b0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"5","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff","addr_info":[{"family":"inet","local":"10.2.0.1","prefixlen":24,"scope":"global","label":"b0","valid_life_time":4294967295,"preferred_life_time":4294967295}]},{},{}]
  $ ip -j -4 addr show up
  [{"ifindex":2,"link":"a0","ifname":"b0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"5","txqlen":1000,"addr_info":[{"family":"inet","local":"10.2.0.1","prefixlen":24,"scope":"global","label":"b0","valid_life_time":4294967295,"preferred_life_time":4294967295}]},{}]
  $ ip -j -o -4 addr show up
  [{"addr_info":[{"index":2,"dev":"b0","family":"inet","local":"10.2.0.1","prefixlen":24,"scope":"global","label":"b0","valid_life_time":4294967295,"preferred_life_time":4294967295}]},{"addr_info":[]}]
  $ ip -o -4 addr show up
  2: b0    inet 10.2.0.1/24 scope global b0\       valid_lft forever preferred_lft forever
  $ ip -j -br -4 addr show up
  [{"link":"a0","ifname":"b0","operstate":"LOWERLAYERDOWN","addr_info":[{"local":"10.2.0.1","prefixlen":24}]},{}]
  $ ip -j link show group 5
  [{},{"ifindex":2,"link":"a0","ifname":"b0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","linkmode":"DEFAULT","group":"5","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff"},{},{}]
  $ ip -j -br link show group 5
  [{},{"link":"a0","ifname":"b0","operstate":"LOWERLAYERDOWN","address":"02:00:00:00:00:02","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"]},{},{}]
  $ ip -j -4 addr show group 5
  [{"ifindex":2,"link":"a0","ifname":"b0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"5","txqlen":1000,"addr_info":[{"family":"inet","local":"10.2.0.1","prefixlen":24,"scope":"global","label":"b0","valid_life_time":4294967295,"preferred_life_time":4294967295}]},{}]
  $ ip -j -o -4 addr show group 5
  [{"addr_info":[{"index":2,"dev":"b0","family":"inet","local":"10.2.0.1","prefixlen":24,"scope":"global","label":"b0","valid_life_time":4294967295,"preferred_life_time":4294967295}]},{"addr_info":[{"index":3,"dev":"a0","family":"inet","local":"10.1.0.1","prefixlen":24,"scope":"global","label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  $ ip -o -4 addr show group 5
  2: b0    inet 10.2.0.1/24 scope global b0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  $ ip -j link show master br0
  [{"ifindex":3,"link":"b0","ifname":"a0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","master":"br0","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff"}]
  $ ip -j link show nomaster
  [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK"],"mtu":65536,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"loopback","address":"00:00:00:00:00:00","broadcast":"00:00:00:00:00:00"},{"ifindex":2,"link":"a0","ifname":"b0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","linkmode":"DEFAULT","group":"5","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff"},{"ifindex":4,"ifname":"br0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:0b","broadcast":"ff:ff:ff:ff:ff:ff"}]
  $ ip -j link show type bridge
  [{"ifindex":4,"ifname":"br0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:0b","broadcast":"ff:ff:ff:ff:ff:ff"}]
  $ ip -j link show type bridge_slave
  [{},{},{"ifindex":3,"link":"b0","ifname":"a0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","master":"br0","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff"},{}]
  $ ip -j -4 addr show dev a0 up
  [{}]
  $ ip -j -4 addr show dev b0 group 0
  [{}]
  $ ip -j link show dev a0 up
  [{}]
  $ ip -j -4 addr show label 'b*' up
  [{"addr_info":[{"family":"inet","local":"10.2.0.1","prefixlen":24,"scope":"global","label":"b0","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  $ ip -j -4 addr show label 'a*' up
  [{}]
  $ ip -4 addr show up
  2: b0@a0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group 5 qlen 1000
      inet 10.2.0.1/24 scope global b0
         valid_lft forever preferred_lft forever
  $ ip -4 addr show group 5
  2: b0@a0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group 5 qlen 1000
      inet 10.2.0.1/24 scope global b0
         valid_lft forever preferred_lft forever
  $ ip link show up
  2: b0@a0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group 5 qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
