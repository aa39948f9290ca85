ip -human and -iec scale the link counters of ip -s link with print_num(): k/M/G
suffixes by 1000, or Ki/Mi/Gi by 1024 with -iec; the columns keep their header
widths (size_columns() does not widen them with -human).
  $ ip link set lo up
  $ ping -c 10 -i 0.01 -s 60000 -q 127.0.0.1 >/dev/null; echo $?
  0
  $ ip -s link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      RX:  bytes packets errors dropped  missed   mcast           
         1200560      20      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
         1200560      20      0       0       0       0 
  $ ip -h -s link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      RX:  bytes packets errors dropped  missed   mcast           
           1.20M      20      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
           1.20M      20      0       0       0       0 
  $ ip -iec -s link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      RX:  bytes packets errors dropped  missed   mcast           
         1200560      20      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
         1200560      20      0       0       0       0 
  $ ip -h -iec -s link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      RX:  bytes packets errors dropped  missed   mcast           
          1.14Mi      20      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
          1.14Mi      20      0       0       0       0 
  $ ip -human-readable -s -s link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      RX:  bytes packets errors dropped  missed   mcast           
           1.20M      20      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
           1.20M      20      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       0 
  $ ip -h -iec -s -s link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      RX:  bytes packets errors dropped  missed   mcast           
          1.14Mi      20      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
          1.14Mi      20      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       0 
  $ ip -h -s addr show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
      inet6 ::1/128 scope host 
         valid_lft forever preferred_lft forever
      RX:  bytes packets errors dropped  missed   mcast           
           1.20M      20      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
           1.20M      20      0       0       0       0 
  $ ip -h -s -o link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\    RX:  bytes packets errors dropped  missed   mcast           \         1.20M      20      0       0       0       0 \    TX:  bytes packets errors dropped carrier collsns           \         1.20M      20      0       0       0       0 
  $ ip -h -s -j link show lo
  [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK","UP","LOWER_UP"],"mtu":65536,"qdisc":"noqueue","operstate":"UNKNOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"loopback","address":"00:00:00:00:00:00","broadcast":"00:00:00:00:00:00","stats64":{"rx":{"bytes":1200560,"packets":20,"errors":0,"dropped":0,"over_errors":0,"multicast":0},"tx":{"bytes":1200560,"packets":20,"errors":0,"dropped":0,"carrier_errors":0,"collisions":0}}}]
  $ ping -c 30 -i 0.01 -s 60000 -q 127.0.0.1 >/dev/null; echo $?
  0
  $ ip -h -s link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      RX:  bytes packets errors dropped  missed   mcast           
           4.80M      80      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
           4.80M      80      0       0       0       0 
  $ ip -h -iec -s link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      RX:  bytes packets errors dropped  missed   mcast           
          4.58Mi      80      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
          4.58Mi      80      0       0       0       0 
  $ ping -c 600 -i 0 -s 16 -q 127.0.0.1 >/dev/null; echo $?
  0
  $ ip -h -s link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      RX:  bytes packets errors dropped  missed   mcast           
           4.86M   1.28k      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
           4.86M   1.28k      0       0       0       0 
  $ ip -h -iec -s link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      RX:  bytes packets errors dropped  missed   mcast           
          4.63Mi  1.25ki      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
          4.63Mi  1.25ki      0       0       0       0 
  $ ip -he
  Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
         ip [ -force ] -batch filename
  where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |
                     link | macsec | maddress | monitor | mptcp | mroute | mrule |
                     neighbor | neighbour | netconf | netns | nexthop | ntable |
                     ntbl | route | rule | sr | tap | tcpmetrics |
                     token | tunnel | tuntap | vrf | xfrm }
         OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                      -h[uman-readable] | -iec | -j[son] | -p[retty] |
                      -f[amily] { inet | inet6 | mpls | bridge | link } |
                      -4 | -6 | -M | -B | -0 |
                      -l[oops] { maximum-addr-flush-attempts } | -br[ief] |
                      -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |
                      -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |
                      -c[olor]}
  [255]
