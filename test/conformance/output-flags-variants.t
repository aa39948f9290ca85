Output flags across objects: -d, -o, -br, -j, -p, -N, -4, -s on addr, route, rule and neigh.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add d0 address 02:00:00:00:00:0d type dummy
  Error: Unknown device type.
  [2]
  $ for d in a0 b0 d0 lo; do ip link set $d up; done
  Cannot find device "d0"
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev d0
  Cannot find device "d0"
  [1]
  $ ip route add 10.9.0.0/16 via 10.0.0.9 proto static metric 7
  $ ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev a0
  $ ip -d addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      veth numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
  $ ip -d link show d0
  Device "d0" does not exist.
  [1]
  $ ip -d route show
  unicast 10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  unicast 10.9.0.0/16 via 10.0.0.9 dev a0 proto static scope global metric 7 
  $ ip -d route show table local | head -3
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  $ ip -N route show
  10.0.0.0/24 dev a0 proto 2 scope 253 src 10.0.0.1 
  10.9.0.0/16 via 10.0.0.9 dev a0 proto 4 metric 7 
  $ ip -N -d route show 10.9.0.0/16
  1 10.9.0.0/16 via 10.0.0.9 dev a0 proto 4 scope 0 metric 7 
  $ ip -4 -o addr show
  1: lo    inet 127.0.0.1/8 scope host lo\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  $ ip -o link show d0
  Device "d0" does not exist.
  [1]
  $ ip -br addr show lo
  lo               UNKNOWN        127.0.0.1/8 
  $ ip -br -4 addr
  lo               UNKNOWN        127.0.0.1/8 
  a0@b0            UP             10.0.0.1/24 
  $ ip -j route show 10.9.0.0/16
  [{"dst":"10.9.0.0/16","gateway":"10.0.0.9","dev":"a0","protocol":"static","metric":7,"flags":[]}]
  $ ip -j -p route show 10.9.0.0/16
  [ {
          "dst": "10.9.0.0/16",
          "gateway": "10.0.0.9",
          "dev": "a0",
          "protocol": "static",
          "metric": 7,
          "flags": [ ]
      } ]
  $ ip -j addr show dev d0
  Device "d0" does not exist.
  [1]
  $ ip -j -p neigh show
  [ {
          "dst": "10.0.0.9",
          "dev": "a0",
          "lladdr": "02:00:00:00:00:09",
          "state": [ "PERMANENT" ]
      } ]
  $ ip -j rule show
  [{"priority":0,"src":"all","table":"local"},{"priority":32766,"src":"all","table":"main"},{"priority":32767,"src":"all","table":"default"}]
  $ ip -p rule show
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -o rule show
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -s neigh show 10.0.0.9 | sed -E 's/used [0-9]+\/[0-9]+\/[0-9]+/used X/'
  10.0.0.9 dev a0 lladdr 02:00:00:00:00:09  used Xprobes 0 PERMANENT 
  $ ip -s -s neigh show 10.0.0.9 | sed -E 's/used [0-9]+\/[0-9]+\/[0-9]+/used X/'
  10.0.0.9 dev a0 lladdr 02:00:00:00:00:09  used Xprobes 0 PERMANENT 
  $ ip -d neigh show 10.0.0.9
  10.0.0.9 dev a0 lladdr 02:00:00:00:00:09 PERMANENT 
  $ ip -s route show 10.9.0.0/16
  10.9.0.0/16 via 10.0.0.9 dev a0 proto static metric 7 
  $ ip -d -j route get 10.9.1.1
  [{"type":"unicast","dst":"10.9.1.1","gateway":"10.0.0.9","dev":"a0","table":"main","prefsrc":"10.0.0.1","flags":[],"uid":0,"cache":[]}]
  $ ip -s -d link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00 promiscuity 0  allmulti 0 minmtu 0 maxmtu 0 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
  $ ip -br -o link show lo
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  $ ip -h -s link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
  $ ip -iec -s link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
  $ ip -statistics -details addr show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00 promiscuity 0  allmulti 0 minmtu 0 maxmtu 0 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
  $ ip -0 addr show dev lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip -family inet addr show dev lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
  $ ip -family link addr show dev lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip -f bogus addr show
  Error: argument "bogus" is wrong: invalid protocol family
  [255]
  $ ip -V
  ip utility, iproute2-6.1.0, libbpf 1.1.2
  $ ip -bogus addr
  Option "-bogus" is unknown, try "ip -help".
  [255]
