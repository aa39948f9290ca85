ip addr show and ip link show under every family flag (-4 -6 -0 -f inet -f link, none) and output mode (-o, -br, -j, plain) with link selectors (type, master, nomaster, up, group): which layer filters what.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip link add br0 address 02:00:00:00:00:0b type bridge; ip link set y0 master br0
  $ ip link set x0 up; ip link set br0 up
  $ ip addr add 10.0.0.1/24 dev x0; ip addr add 10.0.6.1/24 dev br0
  $ for f in "" -4 -6 -0 "-f inet" "-f link"; do for m in -o -br -j ""; do for s in "type veth" "master br0" "nomaster" "up" "group default" "type bridge_slave"; do echo "== $f $m $s"; ip $f $m addr show $s 2>&1 | grep -v 'fe80\|valid_lft\|inet6 ff\|"inet6","local":"fe80' | sed -E 's/ +/ /g'; echo "rc ${PIPESTATUS[0]}"; done; done; done
  ==  -o type veth
  rc 0
  ==  -o master br0
  rc 0
  ==  -o nomaster
  rc 0
  ==  -o up
  rc 0
  ==  -o group default
  rc 0
  ==  -o type bridge_slave
  rc 0
  ==  -br type veth
  y0@x0 DOWN 
  x0@y0 LOWERLAYERDOWN 10.0.0.1/24 
  rc 0
  ==  -br master br0
  y0@x0 DOWN 
  rc 0
  ==  -br nomaster
  lo DOWN 
  x0@y0 LOWERLAYERDOWN 10.0.0.1/24 
  br0 DOWN 10.0.6.1/24 
  rc 0
  ==  -br up
  x0@y0 LOWERLAYERDOWN 10.0.0.1/24 
  br0 DOWN 10.0.6.1/24 
  rc 0
  ==  -br group default
  lo DOWN 
  y0@x0 DOWN 
  x0@y0 LOWERLAYERDOWN 10.0.0.1/24 
  br0 DOWN 10.0.6.1/24 
  rc 0
  ==  -br type bridge_slave
  y0@x0 DOWN 
  rc 0
  ==  -j type veth
  [{"ifindex":2,"link":"x0","ifname":"y0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","master":"br0","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff","addr_info":[]},{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff","addr_info":[{"family":"inet","local":"10.0.0.1","prefixlen":24,"scope":"global","label":"x0","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  rc 0
  ==  -j master br0
  [{"ifindex":2,"link":"x0","ifname":"y0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","master":"br0","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff","addr_info":[]}]
  rc 0
  ==  -j nomaster
  [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK"],"mtu":65536,"qdisc":"noop","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"loopback","address":"00:00:00:00:00:00","broadcast":"00:00:00:00:00:00","addr_info":[]},{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff","addr_info":[{"family":"inet","local":"10.0.0.1","prefixlen":24,"scope":"global","label":"x0","valid_life_time":4294967295,"preferred_life_time":4294967295}]},{"ifindex":4,"ifname":"br0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],"mtu":1500,"qdisc":"noqueue","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:0b","broadcast":"ff:ff:ff:ff:ff:ff","addr_info":[{"family":"inet","local":"10.0.6.1","prefixlen":24,"scope":"global","label":"br0","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  rc 0
  ==  -j up
  [{},{},{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff","addr_info":[{"family":"inet","local":"10.0.0.1","prefixlen":24,"scope":"global","label":"x0","valid_life_time":4294967295,"preferred_life_time":4294967295}]},{"ifindex":4,"ifname":"br0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],"mtu":1500,"qdisc":"noqueue","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:0b","broadcast":"ff:ff:ff:ff:ff:ff","addr_info":[{"family":"inet","local":"10.0.6.1","prefixlen":24,"scope":"global","label":"br0","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  rc 0
  ==  -j group default
  [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK"],"mtu":65536,"qdisc":"noop","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"loopback","address":"00:00:00:00:00:00","broadcast":"00:00:00:00:00:00","addr_info":[]},{"ifindex":2,"link":"x0","ifname":"y0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","master":"br0","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff","addr_info":[]},{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff","addr_info":[{"family":"inet","local":"10.0.0.1","prefixlen":24,"scope":"global","label":"x0","valid_life_time":4294967295,"preferred_life_time":4294967295}]},{"ifindex":4,"ifname":"br0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],"mtu":1500,"qdisc":"noqueue","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:0b","broadcast":"ff:ff:ff:ff:ff:ff","addr_info":[{"family":"inet","local":"10.0.6.1","prefixlen":24,"scope":"global","label":"br0","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  rc 0
  ==  -j type bridge_slave
  [{},{"ifindex":2,"link":"x0","ifname":"y0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","master":"br0","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff","addr_info":[]},{},{}]
  rc 0
  ==   type veth
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
   inet 10.0.0.1/24 scope global x0
  rc 0
  ==   master br0
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  rc 0
  ==   nomaster
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000
   link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
   inet 10.0.0.1/24 scope global x0
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
   inet 10.0.6.1/24 scope global br0
  rc 0
  ==   up
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
   inet 10.0.0.1/24 scope global x0
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
   inet 10.0.6.1/24 scope global br0
  rc 0
  ==   group default
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000
   link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
   inet 10.0.0.1/24 scope global x0
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
   inet 10.0.6.1/24 scope global br0
  rc 0
  ==   type bridge_slave
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  rc 0
  == -4 -o type veth
  rc 0
  == -4 -o master br0
  rc 0
  == -4 -o nomaster
  rc 0
  == -4 -o up
  rc 0
  == -4 -o group default
  rc 0
  == -4 -o type bridge_slave
  rc 0
  == -4 -br type veth
  x0@y0 LOWERLAYERDOWN 10.0.0.1/24 
  rc 0
  == -4 -br master br0
  rc 0
  == -4 -br nomaster
  x0@y0 LOWERLAYERDOWN 10.0.0.1/24 
  br0 DOWN 10.0.6.1/24 
  rc 0
  == -4 -br up
  x0@y0 LOWERLAYERDOWN 10.0.0.1/24 
  br0 DOWN 10.0.6.1/24 
  rc 0
  == -4 -br group default
  x0@y0 LOWERLAYERDOWN 10.0.0.1/24 
  br0 DOWN 10.0.6.1/24 
  rc 0
  == -4 -br type bridge_slave
  rc 0
  == -4 -j type veth
  [{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.0.0.1","prefixlen":24,"scope":"global","label":"x0","valid_life_time":4294967295,"preferred_life_time":4294967295}]},{}]
  rc 0
  == -4 -j master br0
  [{},{}]
  rc 0
  == -4 -j nomaster
  [{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.0.0.1","prefixlen":24,"scope":"global","label":"x0","valid_life_time":4294967295,"preferred_life_time":4294967295}]},{"ifindex":4,"ifname":"br0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],"mtu":1500,"qdisc":"noqueue","operstate":"DOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.0.6.1","prefixlen":24,"scope":"global","label":"br0","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  rc 0
  == -4 -j up
  [{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.0.0.1","prefixlen":24,"scope":"global","label":"x0","valid_life_time":4294967295,"preferred_life_time":4294967295}]},{"ifindex":4,"ifname":"br0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],"mtu":1500,"qdisc":"noqueue","operstate":"DOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.0.6.1","prefixlen":24,"scope":"global","label":"br0","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  rc 0
  == -4 -j group default
  [{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.0.0.1","prefixlen":24,"scope":"global","label":"x0","valid_life_time":4294967295,"preferred_life_time":4294967295}]},{"ifindex":4,"ifname":"br0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],"mtu":1500,"qdisc":"noqueue","operstate":"DOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.0.6.1","prefixlen":24,"scope":"global","label":"br0","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  rc 0
  == -4 -j type bridge_slave
  [{},{}]
  rc 0
  == -4  type veth
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   inet 10.0.0.1/24 scope global x0
  rc 0
  == -4  master br0
  rc 0
  == -4  nomaster
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   inet 10.0.0.1/24 scope global x0
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
   inet 10.0.6.1/24 scope global br0
  rc 0
  == -4  up
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   inet 10.0.0.1/24 scope global x0
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
   inet 10.0.6.1/24 scope global br0
  rc 0
  == -4  group default
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   inet 10.0.0.1/24 scope global x0
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
   inet 10.0.6.1/24 scope global br0
  rc 0
  == -4  type bridge_slave
  rc 0
  == -6 -o type veth
  rc 0
  == -6 -o master br0
  rc 0
  == -6 -o nomaster
  rc 0
  == -6 -o up
  rc 0
  == -6 -o group default
  rc 0
  == -6 -o type bridge_slave
  rc 0
  == -6 -br type veth
  rc 0
  == -6 -br master br0
  rc 0
  == -6 -br nomaster
  rc 0
  == -6 -br up
  rc 0
  == -6 -br group default
  rc 0
  == -6 -br type bridge_slave
  rc 0
  == -6 -j type veth
  []
  rc 0
  == -6 -j master br0
  []
  rc 0
  == -6 -j nomaster
  []
  rc 0
  == -6 -j up
  []
  rc 0
  == -6 -j group default
  []
  rc 0
  == -6 -j type bridge_slave
  []
  rc 0
  == -6  type veth
  rc 0
  == -6  master br0
  rc 0
  == -6  nomaster
  rc 0
  == -6  up
  rc 0
  == -6  group default
  rc 0
  == -6  type bridge_slave
  rc 0
  == -0 -o type veth
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000\ link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000\ link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  rc 0
  == -0 -o master br0
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000\ link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  rc 0
  == -0 -o nomaster
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000\ link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000\ link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000\ link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
  rc 0
  == -0 -o up
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000\ link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000\ link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
  rc 0
  == -0 -o group default
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000\ link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000\ link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000\ link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000\ link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
  rc 0
  == -0 -o type bridge_slave
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000\ link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  rc 0
  == -0 -br type veth
  y0@x0 DOWN 02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  x0@y0 LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  rc 0
  == -0 -br master br0
  y0@x0 DOWN 02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  rc 0
  == -0 -br nomaster
  lo DOWN 00:00:00:00:00:00 <LOOPBACK> 
  x0@y0 LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  br0 DOWN 02:00:00:00:00:0b <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  rc 0
  == -0 -br up
  x0@y0 LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  br0 DOWN 02:00:00:00:00:0b <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  rc 0
  == -0 -br group default
  lo DOWN 00:00:00:00:00:00 <LOOPBACK> 
  y0@x0 DOWN 02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  x0@y0 LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  br0 DOWN 02:00:00:00:00:0b <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  rc 0
  == -0 -br type bridge_slave
  y0@x0 DOWN 02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  rc 0
  == -0 -j type veth
  [{"ifindex":2,"link":"x0","ifname":"y0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","master":"br0","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff"},{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff"}]
  rc 0
  == -0 -j master br0
  [{"ifindex":2,"link":"x0","ifname":"y0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","master":"br0","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff"}]
  rc 0
  == -0 -j nomaster
  [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK"],"mtu":65536,"qdisc":"noop","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"loopback","address":"00:00:00:00:00:00","broadcast":"00:00:00:00:00:00"},{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff"},{"ifindex":4,"ifname":"br0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],"mtu":1500,"qdisc":"noqueue","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:0b","broadcast":"ff:ff:ff:ff:ff:ff"}]
  rc 0
  == -0 -j up
  [{},{},{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff"},{"ifindex":4,"ifname":"br0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],"mtu":1500,"qdisc":"noqueue","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:0b","broadcast":"ff:ff:ff:ff:ff:ff"}]
  rc 0
  == -0 -j group default
  [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK"],"mtu":65536,"qdisc":"noop","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"loopback","address":"00:00:00:00:00:00","broadcast":"00:00:00:00:00:00"},{"ifindex":2,"link":"x0","ifname":"y0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","master":"br0","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff"},{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff"},{"ifindex":4,"ifname":"br0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],"mtu":1500,"qdisc":"noqueue","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:0b","broadcast":"ff:ff:ff:ff:ff:ff"}]
  rc 0
  == -0 -j type bridge_slave
  [{},{"ifindex":2,"link":"x0","ifname":"y0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","master":"br0","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff"},{},{}]
  rc 0
  == -0  type veth
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  rc 0
  == -0  master br0
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  rc 0
  == -0  nomaster
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000
   link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
  rc 0
  == -0  up
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
  rc 0
  == -0  group default
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000
   link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
  rc 0
  == -0  type bridge_slave
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  rc 0
  == -f inet -o type veth
  rc 0
  == -f inet -o master br0
  rc 0
  == -f inet -o nomaster
  rc 0
  == -f inet -o up
  rc 0
  == -f inet -o group default
  rc 0
  == -f inet -o type bridge_slave
  rc 0
  == -f inet -br type veth
  x0@y0 LOWERLAYERDOWN 10.0.0.1/24 
  rc 0
  == -f inet -br master br0
  rc 0
  == -f inet -br nomaster
  x0@y0 LOWERLAYERDOWN 10.0.0.1/24 
  br0 DOWN 10.0.6.1/24 
  rc 0
  == -f inet -br up
  x0@y0 LOWERLAYERDOWN 10.0.0.1/24 
  br0 DOWN 10.0.6.1/24 
  rc 0
  == -f inet -br group default
  x0@y0 LOWERLAYERDOWN 10.0.0.1/24 
  br0 DOWN 10.0.6.1/24 
  rc 0
  == -f inet -br type bridge_slave
  rc 0
  == -f inet -j type veth
  [{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.0.0.1","prefixlen":24,"scope":"global","label":"x0","valid_life_time":4294967295,"preferred_life_time":4294967295}]},{}]
  rc 0
  == -f inet -j master br0
  [{},{}]
  rc 0
  == -f inet -j nomaster
  [{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.0.0.1","prefixlen":24,"scope":"global","label":"x0","valid_life_time":4294967295,"preferred_life_time":4294967295}]},{"ifindex":4,"ifname":"br0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],"mtu":1500,"qdisc":"noqueue","operstate":"DOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.0.6.1","prefixlen":24,"scope":"global","label":"br0","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  rc 0
  == -f inet -j up
  [{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.0.0.1","prefixlen":24,"scope":"global","label":"x0","valid_life_time":4294967295,"preferred_life_time":4294967295}]},{"ifindex":4,"ifname":"br0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],"mtu":1500,"qdisc":"noqueue","operstate":"DOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.0.6.1","prefixlen":24,"scope":"global","label":"br0","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  rc 0
  == -f inet -j group default
  [{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.0.0.1","prefixlen":24,"scope":"global","label":"x0","valid_life_time":4294967295,"preferred_life_time":4294967295}]},{"ifindex":4,"ifname":"br0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],"mtu":1500,"qdisc":"noqueue","operstate":"DOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.0.6.1","prefixlen":24,"scope":"global","label":"br0","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  rc 0
  == -f inet -j type bridge_slave
  [{},{}]
  rc 0
  == -f inet  type veth
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   inet 10.0.0.1/24 scope global x0
  rc 0
  == -f inet  master br0
  rc 0
  == -f inet  nomaster
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   inet 10.0.0.1/24 scope global x0
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
   inet 10.0.6.1/24 scope global br0
  rc 0
  == -f inet  up
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   inet 10.0.0.1/24 scope global x0
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
   inet 10.0.6.1/24 scope global br0
  rc 0
  == -f inet  group default
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   inet 10.0.0.1/24 scope global x0
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
   inet 10.0.6.1/24 scope global br0
  rc 0
  == -f inet  type bridge_slave
  rc 0
  == -f link -o type veth
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000\ link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000\ link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  rc 0
  == -f link -o master br0
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000\ link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  rc 0
  == -f link -o nomaster
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000\ link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000\ link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000\ link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
  rc 0
  == -f link -o up
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000\ link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000\ link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
  rc 0
  == -f link -o group default
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000\ link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000\ link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000\ link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000\ link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
  rc 0
  == -f link -o type bridge_slave
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000\ link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  rc 0
  == -f link -br type veth
  y0@x0 DOWN 02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  x0@y0 LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  rc 0
  == -f link -br master br0
  y0@x0 DOWN 02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  rc 0
  == -f link -br nomaster
  lo DOWN 00:00:00:00:00:00 <LOOPBACK> 
  x0@y0 LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  br0 DOWN 02:00:00:00:00:0b <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  rc 0
  == -f link -br up
  x0@y0 LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  br0 DOWN 02:00:00:00:00:0b <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  rc 0
  == -f link -br group default
  lo DOWN 00:00:00:00:00:00 <LOOPBACK> 
  y0@x0 DOWN 02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  x0@y0 LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  br0 DOWN 02:00:00:00:00:0b <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  rc 0
  == -f link -br type bridge_slave
  y0@x0 DOWN 02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  rc 0
  == -f link -j type veth
  [{"ifindex":2,"link":"x0","ifname":"y0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","master":"br0","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff"},{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff"}]
  rc 0
  == -f link -j master br0
  [{"ifindex":2,"link":"x0","ifname":"y0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","master":"br0","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff"}]
  rc 0
  == -f link -j nomaster
  [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK"],"mtu":65536,"qdisc":"noop","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"loopback","address":"00:00:00:00:00:00","broadcast":"00:00:00:00:00:00"},{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff"},{"ifindex":4,"ifname":"br0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],"mtu":1500,"qdisc":"noqueue","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:0b","broadcast":"ff:ff:ff:ff:ff:ff"}]
  rc 0
  == -f link -j up
  [{},{},{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff"},{"ifindex":4,"ifname":"br0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],"mtu":1500,"qdisc":"noqueue","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:0b","broadcast":"ff:ff:ff:ff:ff:ff"}]
  rc 0
  == -f link -j group default
  [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK"],"mtu":65536,"qdisc":"noop","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"loopback","address":"00:00:00:00:00:00","broadcast":"00:00:00:00:00:00"},{"ifindex":2,"link":"x0","ifname":"y0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","master":"br0","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff"},{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff"},{"ifindex":4,"ifname":"br0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],"mtu":1500,"qdisc":"noqueue","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:0b","broadcast":"ff:ff:ff:ff:ff:ff"}]
  rc 0
  == -f link -j type bridge_slave
  [{},{"ifindex":2,"link":"x0","ifname":"y0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","master":"br0","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff"},{},{}]
  rc 0
  == -f link  type veth
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  rc 0
  == -f link  master br0
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  rc 0
  == -f link  nomaster
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000
   link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
  rc 0
  == -f link  up
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
  rc 0
  == -f link  group default
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000
   link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
   link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  4: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
  rc 0
  == -f link  type bridge_slave
  2: y0@x0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN group default qlen 1000
   link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  rc 0
