The link-local and loopback IPv6 addresses in each ip addr view: -o, -br, -6, -j, -d, tentative then valid, on a down link.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip -o addr
  1: lo    inet 127.0.0.1/8 scope host lo\       valid_lft forever preferred_lft forever
  1: lo    inet6 ::1/128 scope host \       valid_lft forever preferred_lft forever
  2: b0    inet6 fe80::ff:fe00:2/64 scope link tentative \       valid_lft forever preferred_lft forever
  3: a0    inet6 fe80::ff:fe00:1/64 scope link tentative \       valid_lft forever preferred_lft forever
  $ ip -br addr
  lo               UNKNOWN        127.0.0.1/8 ::1/128 
  b0@a0            UP             fe80::ff:fe00:2/64 
  a0@b0            UP             fe80::ff:fe00:1/64 
  $ ip -6 -br addr
  lo               UNKNOWN        ::1/128 
  b0@a0            UP             fe80::ff:fe00:2/64 
  a0@b0            UP             fe80::ff:fe00:1/64 
  $ sleep 3; ip -o -6 addr
  1: lo    inet6 ::1/128 scope host \       valid_lft forever preferred_lft forever
  2: b0    inet6 fe80::ff:fe00:2/64 scope link \       valid_lft forever preferred_lft forever
  3: a0    inet6 fe80::ff:fe00:1/64 scope link \       valid_lft forever preferred_lft forever
  $ ip -j -6 addr show dev a0
  [{"ifindex":3,"link":"b0","ifname":"a0","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"qdisc":"noqueue","operstate":"UP","group":"default","txqlen":1000,"addr_info":[{"family":"inet6","local":"fe80::ff:fe00:1","prefixlen":64,"scope":"link","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  $ ip -d -6 addr show dev lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00 promiscuity 0  allmulti 0 minmtu 0 maxmtu 0 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
      inet6 ::1/128 scope host 
         valid_lft forever preferred_lft forever
  $ ip -6 addr show scope link
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000
      inet6 fe80::ff:fe00:2/64 scope link 
         valid_lft forever preferred_lft forever
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000
      inet6 fe80::ff:fe00:1/64 scope link 
         valid_lft forever preferred_lft forever
  $ ip -6 addr show scope host
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 state UNKNOWN qlen 1000
      inet6 ::1/128 scope host 
         valid_lft forever preferred_lft forever
  $ ip -6 addr show tentative
  $ ip -6 addr show -tentative dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet6 fe80::ff:fe00:1/64 scope link 
         valid_lft forever preferred_lft forever
  $ ip -6 addr show permanent
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 state UNKNOWN qlen 1000
      inet6 ::1/128 scope host 
         valid_lft forever preferred_lft forever
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000
      inet6 fe80::ff:fe00:2/64 scope link 
         valid_lft forever preferred_lft forever
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000
      inet6 fe80::ff:fe00:1/64 scope link 
         valid_lft forever preferred_lft forever
  $ ip link set a0 down; ip -6 addr show dev a0
  $ ip -br addr show dev b0
  b0@a0            LOWERLAYERDOWN fe80::ff:fe00:2/64 
  $ ip -6 -o addr show dev b0
  2: b0    inet6 fe80::ff:fe00:2/64 scope link \       valid_lft forever preferred_lft forever
