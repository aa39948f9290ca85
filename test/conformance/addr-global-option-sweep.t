ip's global options on addr show/flush in a loop (-s, -s -s, -d, -h, -iec, -r, -N, -c, -p -j, -o -d, -br -d, -br -s, -t, -4 -s, -0 -s, -a, -details -oneline spelled out, abbreviations, bad options).
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip link set x0 up; ip link set y0 up; ip addr add 10.0.0.1/24 dev x0 label x0:v; ip addr add 10.0.0.2/24 dev y0
  $ ping -c 2 -i 0.2 -q 10.0.0.2 >/dev/null; echo $?
  1
  $ for o in "-s" "-s -s" "-d" "-h -s" "-iec -s" "-r" "-N" "-c=never" "-color" "-p -j" "-o -d" "-br -d" "-br -s" "-t" "-4 -s" "-0 -s" "-s -4 -o" "-a" "-details -oneline" "-stat" "-statistics -statistics" "-de" "-bri" "-j -s" "-resolve" "-family inet" "-family bogus" "-f" "-zz" "-s -br -o"; do echo "== $o"; ip $o addr show dev x0 2>&1 | sed -E 's/ +$//'; echo "rc ${PIPESTATUS[0]}"; done
  == -s
  3: x0@y0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global x0:v
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link
         valid_lft forever preferred_lft forever
      RX:  bytes packets errors dropped  missed   mcast
             586       7      0       0       0       0
      TX:  bytes packets errors dropped carrier collsns
             586       7      0       0       0       0
  rc 0
  == -s -s
  3: x0@y0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global x0:v
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link
         valid_lft forever preferred_lft forever
      RX:  bytes packets errors dropped  missed   mcast
             586       7      0       0       0       0
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0
      TX:  bytes packets errors dropped carrier collsns
             586       7      0       0       0       0
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       2
  rc 0
  == -d
  3: x0@y0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535
      veth numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536
      inet 10.0.0.1/24 scope global x0:v
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link
         valid_lft forever preferred_lft forever
  rc 0
  == -h -s
  3: x0@y0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global x0:v
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link
         valid_lft forever preferred_lft forever
      RX:  bytes packets errors dropped  missed   mcast
             586       7      0       0       0       0
      TX:  bytes packets errors dropped carrier collsns
             586       7      0       0       0       0
  rc 0
  == -iec -s
  3: x0@y0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global x0:v
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link
         valid_lft forever preferred_lft forever
      RX:  bytes packets errors dropped  missed   mcast
             586       7      0       0       0       0
      TX:  bytes packets errors dropped carrier collsns
             586       7      0       0       0       0
  rc 0
  == -r
  3: x0@y0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global x0:v
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link
         valid_lft forever preferred_lft forever
  rc 0
  == -N
  3: x0@y0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group 0 qlen 1000
      link/[1] 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope 0 x0:v
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope 253
         valid_lft forever preferred_lft forever
  rc 0
  == -c=never
  3: x0@y0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global x0:v
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link
         valid_lft forever preferred_lft forever
  rc 0
  == -color
  3: [36mx0@y0: [0m<BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state [32mUP [0mgroup default qlen 1000
      link/ether [33m02:00:00:00:00:01[0m brd [33mff:ff:ff:ff:ff:ff[0m
      inet [35m10.0.0.1[0m/24 scope global x0:v
         valid_lft forever preferred_lft forever
      inet6 [34mfe80::ff:fe00:1[0m/64 scope link
         valid_lft forever preferred_lft forever
  rc 0
  == -p -j
  [ {
          "ifindex": 3,
          "link": "y0",
          "ifname": "x0",
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
                  "scope": "global",
                  "label": "x0:v",
                  "valid_life_time": 4294967295,
                  "preferred_life_time": 4294967295
              },{
                  "family": "inet6",
                  "local": "fe80::ff:fe00:1",
                  "prefixlen": 64,
                  "scope": "link",
                  "valid_life_time": 4294967295,
                  "preferred_life_time": 4294967295
              } ]
      } ]
  rc 0
  == -o -d
  3: x0    inet 10.0.0.1/24 scope global x0:v\       valid_lft forever preferred_lft forever
  3: x0    inet6 fe80::ff:fe00:1/64 scope link \       valid_lft forever preferred_lft forever
  rc 0
  == -br -d
  x0@y0            UP             10.0.0.1/24 fe80::ff:fe00:1/64
  rc 0
  == -br -s
  x0@y0            UP             10.0.0.1/24 fe80::ff:fe00:1/64
  rc 0
  == -t
  3: x0@y0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global x0:v
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link
         valid_lft forever preferred_lft forever
  rc 0
  == -4 -s
  3: x0@y0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.1/24 scope global x0:v
         valid_lft forever preferred_lft forever
      RX:  bytes packets errors dropped  missed   mcast
             586       7      0       0       0       0
      TX:  bytes packets errors dropped carrier collsns
             586       7      0       0       0       0
  rc 0
  == -0 -s
  3: x0@y0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast
             586       7      0       0       0       0
      TX:  bytes packets errors dropped carrier collsns
             586       7      0       0       0       0
  rc 0
  == -s -4 -o
  3: x0    inet 10.0.0.1/24 scope global x0:v\       valid_lft forever preferred_lft forever
  rc 0
  == -a
  3: x0@y0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global x0:v
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link
         valid_lft forever preferred_lft forever
  rc 0
  == -details -oneline
  3: x0    inet 10.0.0.1/24 scope global x0:v\       valid_lft forever preferred_lft forever
  3: x0    inet6 fe80::ff:fe00:1/64 scope link \       valid_lft forever preferred_lft forever
  rc 0
  == -stat
  3: x0@y0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global x0:v
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link
         valid_lft forever preferred_lft forever
      RX:  bytes packets errors dropped  missed   mcast
             586       7      0       0       0       0
      TX:  bytes packets errors dropped carrier collsns
             586       7      0       0       0       0
  rc 0
  == -statistics -statistics
  3: x0@y0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global x0:v
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link
         valid_lft forever preferred_lft forever
      RX:  bytes packets errors dropped  missed   mcast
             586       7      0       0       0       0
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0
      TX:  bytes packets errors dropped carrier collsns
             586       7      0       0       0       0
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       2
  rc 0
  == -de
  3: x0@y0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535
      veth numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536
      inet 10.0.0.1/24 scope global x0:v
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link
         valid_lft forever preferred_lft forever
  rc 0
  == -bri
  x0@y0            UP             10.0.0.1/24 fe80::ff:fe00:1/64
  rc 0
  == -j -s
  [{"ifindex":3,"link":"y0","ifname":"x0","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"qdisc":"noqueue","operstate":"UP","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff","addr_info":[{"family":"inet","local":"10.0.0.1","prefixlen":24,"scope":"global","label":"x0:v","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet6","local":"fe80::ff:fe00:1","prefixlen":64,"scope":"link","valid_life_time":4294967295,"preferred_life_time":4294967295}],"stats64":{"rx":{"bytes":586,"packets":7,"errors":0,"dropped":0,"over_errors":0,"multicast":0},"tx":{"bytes":586,"packets":7,"errors":0,"dropped":0,"carrier_errors":0,"collisions":0}}}]
  rc 0
  == -resolve
  3: x0@y0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global x0:v
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link
         valid_lft forever preferred_lft forever
  rc 0
  == -family inet
  3: x0@y0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.1/24 scope global x0:v
         valid_lft forever preferred_lft forever
  rc 0
  == -family bogus
  Error: argument "bogus" is wrong: invalid protocol family
  rc 255
  == -f
  Error: argument "addr" is wrong: invalid protocol family
  rc 255
  == -zz
  Option "-zz" is unknown, try "ip -help".
  rc 255
  == -s -br -o
  x0@y0            UP             10.0.0.1/24 fe80::ff:fe00:1/64
  rc 0
