ip route show/list over every table with each output flag combination: -d, -s, -o, -j, -p, -N, -4, -0, and their mixes.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip link set lo up
  $ ip addr add 10.9.0.1/24 dev v0
  $ ip route add blackhole 172.16.1.0/24 proto static
  $ ip route add 172.16.7.0/24 via 10.9.0.2 metric 3 realm 9 mtu lock 1300
  $ ip route add 172.16.8.0/24 nexthop via 10.9.0.2 weight 2 nexthop via 10.9.0.3
  $ ip route add 172.16.9.0/24 via 10.9.0.2 table 90 tos 0x08
  $ ip nexthop add id 4 via 10.9.0.4 dev v0
  $ ip route add 172.16.10.0/24 nhid 4
  $ for f in "-d" "-s" "-o" "-d -o" "-s -d" "-N" "-j" "-j -d" "-j -s" "-p -j" "-d -j -p" "-o -j" "-4 -d" "-0" "-details" "-stat" "-oneline -details" "-n" "-json -pretty"; do echo "== $f"; ip $f route show table all 2>&1 | grep -v -e fe80 -e ff00 -e '::1'; echo $?; done
  == -d
  unicast 172.16.9.0/24 tos 0x08 via 10.9.0.2 dev v0 table 90 proto boot scope global 
  unicast 10.9.0.0/24 dev v0 table main proto kernel scope link src 10.9.0.1 
  blackhole 172.16.1.0/24 table main proto static scope global 
  unicast 172.16.7.0/24 via 10.9.0.2 dev v0 table main proto boot scope global metric 3 realm 9 mtu lock 1300 
  unicast 172.16.8.0/24 table main proto boot scope global 
  	nexthop via 10.9.0.2 dev v0 weight 2 
  	nexthop via 10.9.0.3 dev v0 weight 1 
  unicast 172.16.10.0/24 nhid 4 via 10.9.0.4 dev v0 table main proto boot scope global 
  	nh_info id 4 via 10.9.0.4 dev v0 scope link proto unspec 
  local 10.9.0.1 dev v0 table local proto kernel scope host src 10.9.0.1 
  broadcast 10.9.0.255 dev v0 table local proto kernel scope link src 10.9.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  0
  == -s
  172.16.9.0/24 tos 0x08 via 10.9.0.2 dev v0 table 90 
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  blackhole 172.16.1.0/24 proto static 
  172.16.7.0/24 via 10.9.0.2 dev v0 metric 3 realm 9 mtu lock 1300 
  172.16.8.0/24 
  	nexthop via 10.9.0.2 dev v0 weight 2 
  	nexthop via 10.9.0.3 dev v0 weight 1 
  172.16.10.0/24 nhid 4 via 10.9.0.4 dev v0 
  local 10.9.0.1 dev v0 table local proto kernel scope host src 10.9.0.1 
  broadcast 10.9.0.255 dev v0 table local proto kernel scope link src 10.9.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  0
  == -o
  172.16.9.0/24 tos 0x08 via 10.9.0.2 dev v0 table 90 
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  blackhole 172.16.1.0/24 proto static 
  172.16.7.0/24 via 10.9.0.2 dev v0 metric 3 realm 9 mtu lock 1300 
  172.16.8.0/24 \	nexthop via 10.9.0.2 dev v0 weight 2 \	nexthop via 10.9.0.3 dev v0 weight 1 
  172.16.10.0/24 nhid 4 via 10.9.0.4 dev v0 
  local 10.9.0.1 dev v0 table local proto kernel scope host src 10.9.0.1 
  broadcast 10.9.0.255 dev v0 table local proto kernel scope link src 10.9.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  0
  == -d -o
  unicast 172.16.9.0/24 tos 0x08 via 10.9.0.2 dev v0 table 90 proto boot scope global 
  unicast 10.9.0.0/24 dev v0 table main proto kernel scope link src 10.9.0.1 
  blackhole 172.16.1.0/24 table main proto static scope global 
  unicast 172.16.7.0/24 via 10.9.0.2 dev v0 table main proto boot scope global metric 3 realm 9 mtu lock 1300 
  unicast 172.16.8.0/24 table main proto boot scope global \	nexthop via 10.9.0.2 dev v0 weight 2 \	nexthop via 10.9.0.3 dev v0 weight 1 
  unicast 172.16.10.0/24 nhid 4 via 10.9.0.4 dev v0 table main proto boot scope global 
  	nh_info id 4 via 10.9.0.4 dev v0 scope link proto unspec 
  local 10.9.0.1 dev v0 table local proto kernel scope host src 10.9.0.1 
  broadcast 10.9.0.255 dev v0 table local proto kernel scope link src 10.9.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  0
  == -s -d
  unicast 172.16.9.0/24 tos 0x08 via 10.9.0.2 dev v0 table 90 proto boot scope global 
  unicast 10.9.0.0/24 dev v0 table main proto kernel scope link src 10.9.0.1 
  blackhole 172.16.1.0/24 table main proto static scope global 
  unicast 172.16.7.0/24 via 10.9.0.2 dev v0 table main proto boot scope global metric 3 realm 9 mtu lock 1300 
  unicast 172.16.8.0/24 table main proto boot scope global 
  	nexthop via 10.9.0.2 dev v0 weight 2 
  	nexthop via 10.9.0.3 dev v0 weight 1 
  unicast 172.16.10.0/24 nhid 4 via 10.9.0.4 dev v0 table main proto boot scope global 
  	nh_info id 4 via 10.9.0.4 dev v0 scope link proto unspec 
  local 10.9.0.1 dev v0 table local proto kernel scope host src 10.9.0.1 
  broadcast 10.9.0.255 dev v0 table local proto kernel scope link src 10.9.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  0
  == -N
  172.16.9.0/24 tos 0x08 via 10.9.0.2 dev v0 table 90 
  10.9.0.0/24 dev v0 proto 2 scope 253 src 10.9.0.1 
  6 172.16.1.0/24 proto 4 
  172.16.7.0/24 via 10.9.0.2 dev v0 metric 3 realm 9 mtu lock 1300 
  172.16.8.0/24 
  	nexthop via 10.9.0.2 dev v0 weight 2 
  	nexthop via 10.9.0.3 dev v0 weight 1 
  172.16.10.0/24 nhid 4 via 10.9.0.4 dev v0 
  2 10.9.0.1 dev v0 table 255 proto 2 scope 254 src 10.9.0.1 
  3 10.9.0.255 dev v0 table 255 proto 2 scope 253 src 10.9.0.1 
  2 127.0.0.0/8 dev lo table 255 proto 2 scope 254 src 127.0.0.1 
  2 127.0.0.1 dev lo table 255 proto 2 scope 254 src 127.0.0.1 
  3 127.255.255.255 dev lo table 255 proto 2 scope 253 src 127.0.0.1 
  0
  == -j
  1
  == -j -d
  1
  == -j -s
  1
  == -p -j
  [ {
          "dst": "172.16.9.0/24",
          "tos": "0x08",
          "gateway": "10.9.0.2",
          "dev": "v0",
          "table": "90",
          "flags": [ ]
      },{
          "dst": "10.9.0.0/24",
          "dev": "v0",
          "protocol": "kernel",
          "scope": "link",
          "prefsrc": "10.9.0.1",
          "flags": [ ]
      },{
          "type": "blackhole",
          "dst": "172.16.1.0/24",
          "protocol": "static",
          "flags": [ ]
      },{
          "dst": "172.16.7.0/24",
          "gateway": "10.9.0.2",
          "dev": "v0",
          "metric": 3,
          "flags": [ ],
          "flow": {
              "to": "9"
          },
          "metrics": [ {
                  "mtu": 1300
              } ]
      },{
          "dst": "172.16.8.0/24",
          "flags": [ ],
          "nexthops": [ {
                  "gateway": "10.9.0.2",
                  "dev": "v0",
                  "weight": 2,
                  "flags": [ ]
              },{
                  "gateway": "10.9.0.3",
                  "dev": "v0",
                  "weight": 1,
                  "flags": [ ]
              } ]
      },{
          "dst": "172.16.10.0/24",
          "nhid": 4,
          "gateway": "10.9.0.4",
          "dev": "v0",
          "flags": [ ]
      },{
          "type": "local",
          "dst": "10.9.0.1",
          "dev": "v0",
          "table": "local",
          "protocol": "kernel",
          "scope": "host",
          "prefsrc": "10.9.0.1",
          "flags": [ ]
      },{
          "type": "broadcast",
          "dst": "10.9.0.255",
          "dev": "v0",
          "table": "local",
          "protocol": "kernel",
          "scope": "link",
          "prefsrc": "10.9.0.1",
          "flags": [ ]
      },{
          "type": "local",
          "dst": "127.0.0.0/8",
          "dev": "lo",
          "table": "local",
          "protocol": "kernel",
          "scope": "host",
          "prefsrc": "127.0.0.1",
          "flags": [ ]
      },{
          "type": "local",
          "dst": "127.0.0.1",
          "dev": "lo",
          "table": "local",
          "protocol": "kernel",
          "scope": "host",
          "prefsrc": "127.0.0.1",
          "flags": [ ]
      },{
          "type": "broadcast",
          "dst": "127.255.255.255",
          "dev": "lo",
          "table": "local",
          "protocol": "kernel",
          "scope": "link",
          "prefsrc": "127.0.0.1",
          "flags": [ ]
      },{
          "dev": "v1",
          "protocol": "kernel",
          "metric": 256,
          "flags": [ ],
          "pref": "medium"
      },{
          "dev": "v0",
          "protocol": "kernel",
          "metric": 256,
          "flags": [ ],
          "pref": "medium"
      },{
          "type": "local",
          "dev": "lo",
          "table": "local",
          "protocol": "kernel",
          "metric": 0,
          "flags": [ ],
          "pref": "medium"
      },{
          "type": "multicast",
          "dev": "v1",
          "table": "local",
          "protocol": "kernel",
          "metric": 256,
          "flags": [ ],
          "pref": "medium"
      },{
          "type": "multicast",
          "dev": "v0",
          "table": "local",
          "protocol": "kernel",
          "metric": 256,
          "flags": [ ],
          "pref": "medium"
      } ]
  0
  == -d -j -p
  [ {
          "type": "unicast",
          "dst": "172.16.9.0/24",
          "tos": "0x08",
          "gateway": "10.9.0.2",
          "dev": "v0",
          "table": "90",
          "protocol": "boot",
          "scope": "global",
          "flags": [ ]
      },{
          "type": "unicast",
          "dst": "10.9.0.0/24",
          "dev": "v0",
          "table": "main",
          "protocol": "kernel",
          "scope": "link",
          "prefsrc": "10.9.0.1",
          "flags": [ ]
      },{
          "type": "blackhole",
          "dst": "172.16.1.0/24",
          "table": "main",
          "protocol": "static",
          "scope": "global",
          "flags": [ ]
      },{
          "type": "unicast",
          "dst": "172.16.7.0/24",
          "gateway": "10.9.0.2",
          "dev": "v0",
          "table": "main",
          "protocol": "boot",
          "scope": "global",
          "metric": 3,
          "flags": [ ],
          "flow": {
              "to": "9"
          },
          "metrics": [ {
                  "mtu": 1300
              } ]
      },{
          "type": "unicast",
          "dst": "172.16.8.0/24",
          "table": "main",
          "protocol": "boot",
          "scope": "global",
          "flags": [ ],
          "nexthops": [ {
                  "gateway": "10.9.0.2",
                  "dev": "v0",
                  "weight": 2,
                  "flags": [ ]
              },{
                  "gateway": "10.9.0.3",
                  "dev": "v0",
                  "weight": 1,
                  "flags": [ ]
              } ]
      },{
          "type": "unicast",
          "dst": "172.16.10.0/24",
          "nhid": 4,
          "gateway": "10.9.0.4",
          "dev": "v0",
          "table": "main",
          "protocol": "boot",
          "scope": "global",
          "flags": [ ],
          "nh_info": {
              "id": 4,
              "gateway": "10.9.0.4",
              "dev": "v0",
              "scope": "link",
              "protocol": "unspec",
              "flags": [ ]
          }
      },{
          "type": "local",
          "dst": "10.9.0.1",
          "dev": "v0",
          "table": "local",
          "protocol": "kernel",
          "scope": "host",
          "prefsrc": "10.9.0.1",
          "flags": [ ]
      },{
          "type": "broadcast",
          "dst": "10.9.0.255",
          "dev": "v0",
          "table": "local",
          "protocol": "kernel",
          "scope": "link",
          "prefsrc": "10.9.0.1",
          "flags": [ ]
      },{
          "type": "local",
          "dst": "127.0.0.0/8",
          "dev": "lo",
          "table": "local",
          "protocol": "kernel",
          "scope": "host",
          "prefsrc": "127.0.0.1",
          "flags": [ ]
      },{
          "type": "local",
          "dst": "127.0.0.1",
          "dev": "lo",
          "table": "local",
          "protocol": "kernel",
          "scope": "host",
          "prefsrc": "127.0.0.1",
          "flags": [ ]
      },{
          "type": "broadcast",
          "dst": "127.255.255.255",
          "dev": "lo",
          "table": "local",
          "protocol": "kernel",
          "scope": "link",
          "prefsrc": "127.0.0.1",
          "flags": [ ]
      },{
          "type": "unicast",
          "dev": "v1",
          "table": "main",
          "protocol": "kernel",
          "scope": "global",
          "metric": 256,
          "flags": [ ],
          "pref": "medium"
      },{
          "type": "unicast",
          "dev": "v0",
          "table": "main",
          "protocol": "kernel",
          "scope": "global",
          "metric": 256,
          "flags": [ ],
          "pref": "medium"
      },{
          "type": "local",
          "dev": "lo",
          "table": "local",
          "protocol": "kernel",
          "scope": "global",
          "metric": 0,
          "flags": [ ],
          "pref": "medium"
      },{
          "type": "multicast",
          "dev": "v1",
          "table": "local",
          "protocol": "kernel",
          "scope": "global",
          "metric": 256,
          "flags": [ ],
          "pref": "medium"
      },{
          "type": "multicast",
          "dev": "v0",
          "table": "local",
          "protocol": "kernel",
          "scope": "global",
          "metric": 256,
          "flags": [ ],
          "pref": "medium"
      } ]
  0
  == -o -j
  1
  == -4 -d
  unicast 172.16.9.0/24 tos 0x08 via 10.9.0.2 dev v0 table 90 proto boot scope global 
  unicast 10.9.0.0/24 dev v0 table main proto kernel scope link src 10.9.0.1 
  blackhole 172.16.1.0/24 table main proto static scope global 
  unicast 172.16.7.0/24 via 10.9.0.2 dev v0 table main proto boot scope global metric 3 realm 9 mtu lock 1300 
  unicast 172.16.8.0/24 table main proto boot scope global 
  	nexthop via 10.9.0.2 dev v0 weight 2 
  	nexthop via 10.9.0.3 dev v0 weight 1 
  unicast 172.16.10.0/24 nhid 4 via 10.9.0.4 dev v0 table main proto boot scope global 
  	nh_info id 4 via 10.9.0.4 dev v0 scope link proto unspec 
  local 10.9.0.1 dev v0 table local proto kernel scope host src 10.9.0.1 
  broadcast 10.9.0.255 dev v0 table local proto kernel scope link src 10.9.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  0
  == -0
  1
  == -details
  unicast 172.16.9.0/24 tos 0x08 via 10.9.0.2 dev v0 table 90 proto boot scope global 
  unicast 10.9.0.0/24 dev v0 table main proto kernel scope link src 10.9.0.1 
  blackhole 172.16.1.0/24 table main proto static scope global 
  unicast 172.16.7.0/24 via 10.9.0.2 dev v0 table main proto boot scope global metric 3 realm 9 mtu lock 1300 
  unicast 172.16.8.0/24 table main proto boot scope global 
  	nexthop via 10.9.0.2 dev v0 weight 2 
  	nexthop via 10.9.0.3 dev v0 weight 1 
  unicast 172.16.10.0/24 nhid 4 via 10.9.0.4 dev v0 table main proto boot scope global 
  	nh_info id 4 via 10.9.0.4 dev v0 scope link proto unspec 
  local 10.9.0.1 dev v0 table local proto kernel scope host src 10.9.0.1 
  broadcast 10.9.0.255 dev v0 table local proto kernel scope link src 10.9.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  0
  == -stat
  172.16.9.0/24 tos 0x08 via 10.9.0.2 dev v0 table 90 
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  blackhole 172.16.1.0/24 proto static 
  172.16.7.0/24 via 10.9.0.2 dev v0 metric 3 realm 9 mtu lock 1300 
  172.16.8.0/24 
  	nexthop via 10.9.0.2 dev v0 weight 2 
  	nexthop via 10.9.0.3 dev v0 weight 1 
  172.16.10.0/24 nhid 4 via 10.9.0.4 dev v0 
  local 10.9.0.1 dev v0 table local proto kernel scope host src 10.9.0.1 
  broadcast 10.9.0.255 dev v0 table local proto kernel scope link src 10.9.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  0
  == -oneline -details
  unicast 172.16.9.0/24 tos 0x08 via 10.9.0.2 dev v0 table 90 proto boot scope global 
  unicast 10.9.0.0/24 dev v0 table main proto kernel scope link src 10.9.0.1 
  blackhole 172.16.1.0/24 table main proto static scope global 
  unicast 172.16.7.0/24 via 10.9.0.2 dev v0 table main proto boot scope global metric 3 realm 9 mtu lock 1300 
  unicast 172.16.8.0/24 table main proto boot scope global \	nexthop via 10.9.0.2 dev v0 weight 2 \	nexthop via 10.9.0.3 dev v0 weight 1 
  unicast 172.16.10.0/24 nhid 4 via 10.9.0.4 dev v0 table main proto boot scope global 
  	nh_info id 4 via 10.9.0.4 dev v0 scope link proto unspec 
  local 10.9.0.1 dev v0 table local proto kernel scope host src 10.9.0.1 
  broadcast 10.9.0.255 dev v0 table local proto kernel scope link src 10.9.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  0
  == -n
  Cannot open network namespace "route": No such file or directory
  0
  == -json -pretty
  [ {
          "dst": "172.16.9.0/24",
          "tos": "0x08",
          "gateway": "10.9.0.2",
          "dev": "v0",
          "table": "90",
          "flags": [ ]
      },{
          "dst": "10.9.0.0/24",
          "dev": "v0",
          "protocol": "kernel",
          "scope": "link",
          "prefsrc": "10.9.0.1",
          "flags": [ ]
      },{
          "type": "blackhole",
          "dst": "172.16.1.0/24",
          "protocol": "static",
          "flags": [ ]
      },{
          "dst": "172.16.7.0/24",
          "gateway": "10.9.0.2",
          "dev": "v0",
          "metric": 3,
          "flags": [ ],
          "flow": {
              "to": "9"
          },
          "metrics": [ {
                  "mtu": 1300
              } ]
      },{
          "dst": "172.16.8.0/24",
          "flags": [ ],
          "nexthops": [ {
                  "gateway": "10.9.0.2",
                  "dev": "v0",
                  "weight": 2,
                  "flags": [ ]
              },{
                  "gateway": "10.9.0.3",
                  "dev": "v0",
                  "weight": 1,
                  "flags": [ ]
              } ]
      },{
          "dst": "172.16.10.0/24",
          "nhid": 4,
          "gateway": "10.9.0.4",
          "dev": "v0",
          "flags": [ ]
      },{
          "type": "local",
          "dst": "10.9.0.1",
          "dev": "v0",
          "table": "local",
          "protocol": "kernel",
          "scope": "host",
          "prefsrc": "10.9.0.1",
          "flags": [ ]
      },{
          "type": "broadcast",
          "dst": "10.9.0.255",
          "dev": "v0",
          "table": "local",
          "protocol": "kernel",
          "scope": "link",
          "prefsrc": "10.9.0.1",
          "flags": [ ]
      },{
          "type": "local",
          "dst": "127.0.0.0/8",
          "dev": "lo",
          "table": "local",
          "protocol": "kernel",
          "scope": "host",
          "prefsrc": "127.0.0.1",
          "flags": [ ]
      },{
          "type": "local",
          "dst": "127.0.0.1",
          "dev": "lo",
          "table": "local",
          "protocol": "kernel",
          "scope": "host",
          "prefsrc": "127.0.0.1",
          "flags": [ ]
      },{
          "type": "broadcast",
          "dst": "127.255.255.255",
          "dev": "lo",
          "table": "local",
          "protocol": "kernel",
          "scope": "link",
          "prefsrc": "127.0.0.1",
          "flags": [ ]
      },{
          "dev": "v1",
          "protocol": "kernel",
          "metric": 256,
          "flags": [ ],
          "pref": "medium"
      },{
          "dev": "v0",
          "protocol": "kernel",
          "metric": 256,
          "flags": [ ],
          "pref": "medium"
      },{
          "type": "local",
          "dev": "lo",
          "table": "local",
          "protocol": "kernel",
          "metric": 0,
          "flags": [ ],
          "pref": "medium"
      },{
          "type": "multicast",
          "dev": "v1",
          "table": "local",
          "protocol": "kernel",
          "metric": 256,
          "flags": [ ],
          "pref": "medium"
      },{
          "type": "multicast",
          "dev": "v0",
          "table": "local",
          "protocol": "kernel",
          "metric": 256,
          "flags": [ ],
          "pref": "medium"
      } ]
  0
  $ ip -d route show table 90
  unicast 172.16.9.0/24 tos 0x08 via 10.9.0.2 dev v0 proto boot scope global 
  $ ip -s -s route show 172.16.8.0/24
  172.16.8.0/24 
  	nexthop via 10.9.0.2 dev v0 weight 2 
  	nexthop via 10.9.0.3 dev v0 weight 1 
  $ ip -d -d route show 172.16.10.0/24
  unicast 172.16.10.0/24 nhid 4 via 10.9.0.4 dev v0 proto boot scope global 
  	nh_info id 4 via 10.9.0.4 dev v0 scope link proto unspec 
