ip output forms: -br, -o, -j, -p, -s -s, -d, -h, -0/-4, -c=never over link, addr, route, neigh and rule.
  $ ip netns add a; ip netns add b
  $ ip link add v0 netns a address 02:00:00:00:00:01 type veth peer name v1 netns b address 02:00:00:00:00:02
  $ ip -n a link set lo up; ip -n a link set v0 up; ip -n b link set v1 up
  $ ip -n a addr add 10.0.0.1/24 dev v0; ip -n b addr add 10.0.0.2/24 dev v1
  $ ip -n a addr add 10.0.0.11/24 dev v0 label v0:1
  $ ip -n a route add 192.168.0.0/16 via 10.0.0.2 metric 10
  $ ip -n a rule add from 10.0.0.11 table 100 pref 100
  $ ip -n a neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev v0
  $ ip -n a -br link
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  v0@if2           UP             02:00:00:00:00:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n a -br addr
  lo               UNKNOWN        127.0.0.1/8 ::1/128 
  v0@if2           UP             10.0.0.1/24 10.0.0.11/24 fe80::ff:fe00:1/64 
  $ ip -n a -br -4 addr
  lo               UNKNOWN        127.0.0.1/8 
  v0@if2           UP             10.0.0.1/24 10.0.0.11/24 
  $ ip -n a -o link show v0
  2: v0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns b
  $ ip -n a -o addr show dev v0
  2: v0    inet 10.0.0.1/24 scope global v0\       valid_lft forever preferred_lft forever
  2: v0    inet 10.0.0.11/24 scope global secondary v0:1\       valid_lft forever preferred_lft forever
  2: v0    inet6 fe80::ff:fe00:1/64 scope link tentative \       valid_lft forever preferred_lft forever
  $ ip -n a -o -4 addr show
  1: lo    inet 127.0.0.1/8 scope host lo\       valid_lft forever preferred_lft forever
  2: v0    inet 10.0.0.1/24 scope global v0\       valid_lft forever preferred_lft forever
  2: v0    inet 10.0.0.11/24 scope global secondary v0:1\       valid_lft forever preferred_lft forever
  $ ip -n a -j link show v0
  [{"ifindex":2,"link_index":2,"ifname":"v0","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"qdisc":"noqueue","operstate":"UP","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff","link_netnsid":0}]
  $ ip -n a -j -p addr show dev v0
  [ {
          "ifindex": 2,
          "link_index": 2,
          "ifname": "v0",
          "flags": [ "BROADCAST","MULTICAST","UP","LOWER_UP" ],
          "mtu": 1500,
          "qdisc": "noqueue",
          "operstate": "UP",
          "group": "default",
          "txqlen": 1000,
          "link_type": "ether",
          "address": "02:00:00:00:00:01",
          "broadcast": "ff:ff:ff:ff:ff:ff",
          "link_netnsid": 0,
          "addr_info": [ {
                  "family": "inet",
                  "local": "10.0.0.1",
                  "prefixlen": 24,
                  "scope": "global",
                  "label": "v0",
                  "valid_life_time": 4294967295,
                  "preferred_life_time": 4294967295
              },{
                  "family": "inet",
                  "local": "10.0.0.11",
                  "prefixlen": 24,
                  "scope": "global",
                  "secondary": true,
                  "label": "v0:1",
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
  $ ip -n a -j route
  [{"dst":"10.0.0.0/24","dev":"v0","protocol":"kernel","scope":"link","prefsrc":"10.0.0.1","flags":[]},{"dst":"192.168.0.0/16","gateway":"10.0.0.2","dev":"v0","metric":10,"flags":[]}]
  $ ip -n a -j -p route get 192.168.1.1
  [ {
          "dst": "192.168.1.1",
          "gateway": "10.0.0.2",
          "dev": "v0",
          "prefsrc": "10.0.0.1",
          "flags": [ ],
          "uid": 0,
          "cache": [ ]
      } ]
  $ ip -n a -j rule
  [{"priority":0,"src":"all","table":"local"},{"priority":100,"src":"10.0.0.11","table":"100"},{"priority":32766,"src":"all","table":"main"},{"priority":32767,"src":"all","table":"default"}]
  $ ip -n a -j neigh
  [{"dst":"10.0.0.3","dev":"v0","lladdr":"02:00:00:00:00:03","state":["PERMANENT"]}]
  $ ip -n a -j -p neigh show 10.0.0.3
  [ {
          "dst": "10.0.0.3",
          "dev": "v0",
          "lladdr": "02:00:00:00:00:03",
          "state": [ "PERMANENT" ]
      } ]
  $ ip -n a -s -s link show v0
  2: v0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns b
      RX:  bytes packets errors dropped  missed   mcast           
              90       1      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
              90       1      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       2 
  $ ip -n a -h -s link show v0
  2: v0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns b
      RX:  bytes packets errors dropped  missed   mcast           
              90       1      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
              90       1      0       0       0       0 
  $ ip -n a -d addr show dev v0
  2: v0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns b promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      veth numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
      inet 10.0.0.1/24 scope global v0
         valid_lft forever preferred_lft forever
      inet 10.0.0.11/24 scope global secondary v0:1
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link tentative 
         valid_lft forever preferred_lft forever
  $ ip -n a -0 addr show dev v0
  2: v0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns b
  $ ip -n a addr show label v0:1
      inet 10.0.0.11/24 scope global secondary v0:1
         valid_lft forever preferred_lft forever
  $ ip -n a addr show dev v0 scope global primary
  2: v0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns b
      inet 10.0.0.1/24 scope global v0
         valid_lft forever preferred_lft forever
  $ ip -n a addr show dev v0 secondary
  2: v0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns b
      inet 10.0.0.11/24 scope global secondary v0:1
         valid_lft forever preferred_lft forever
  $ ip -n a -br link show type veth
  v0@if2           UP             02:00:00:00:00:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n a -c=never route show
  10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 
  192.168.0.0/16 via 10.0.0.2 dev v0 metric 10 
  $ ip -n a -j -s link show lo
  [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK","UP","LOWER_UP"],"mtu":65536,"qdisc":"noqueue","operstate":"UNKNOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"loopback","address":"00:00:00:00:00:00","broadcast":"00:00:00:00:00:00","stats64":{"rx":{"bytes":0,"packets":0,"errors":0,"dropped":0,"over_errors":0,"multicast":0},"tx":{"bytes":0,"packets":0,"errors":0,"dropped":0,"carrier_errors":0,"collisions":0}}}]
  $ ip -n a -o route show table local
  local 10.0.0.1 dev v0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.11 dev v0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev v0 proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip -n a -br -c link show v0
  [36mv0@if2           [0m[32mUP             [0m[33m02:00:00:00:00:01 [0m<BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n a -t addr show dev lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
      inet6 ::1/128 scope host 
         valid_lft forever preferred_lft forever
  $ ip -n a -ts -o link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip -n a -j rule show pref 100
  [{"priority":100,"src":"10.0.0.11","table":"100"}]
  $ ip -n a -j -p -s neigh show dev v0
  [ {
          "dst": "10.0.0.3",
          "lladdr": "02:00:00:00:00:03",
          "used": 0,
          "confirmed": 0,
          "updated": 0,
          "probes": 0,
          "state": [ "PERMANENT" ]
      } ]
  $ ip -n a -N route
  10.0.0.0/24 dev v0 proto 2 scope 253 src 10.0.0.1 
  192.168.0.0/16 via 10.0.0.2 dev v0 metric 10 
  $ ip -n a -r route
  10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 
  192.168.0.0/16 via 10.0.0.2 dev v0 metric 10 
  $ ip -n a -o -br addr
  lo               UNKNOWN        127.0.0.1/8 ::1/128 
  v0@if2           UP             10.0.0.1/24 10.0.0.11/24 fe80::ff:fe00:1/64 
