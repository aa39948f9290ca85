ip -N (numeric) on link, addr, neigh and netconf listings: ll_type_n2a() prints [N] for the link type, rtnl_rtscope_n2a() the scope number, rtnl_rtprot_n2a() the neighbour protocol number.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip link set x0 up; ip link set lo up; ip addr add 10.0.0.1/24 dev x0 scope link; ip addr add 10.0.1.1/24 dev x0 scope 17
  $ ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev x0 protocol static
  $ ip -N link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group 0 qlen 1000
      link/[772] 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip -N -o link show x0
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group 0 qlen 1000\    link/[1] 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip -N -br link show x0
  x0@y0            LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  $ ip -N -j link show lo
  [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK","UP","LOWER_UP"],"mtu":65536,"qdisc":"noqueue","operstate":"UNKNOWN","linkmode":"DEFAULT","group":"0","txqlen":1000,"link_type":"[772]","address":"00:00:00:00:00:00","broadcast":"00:00:00:00:00:00"}]
  $ ip -N addr show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group 0 qlen 1000
      link/[772] 00:00:00:00:00:00 brd 00:00:00:00:00:00
      inet 127.0.0.1/8 scope 254 lo
         valid_lft forever preferred_lft forever
      inet6 ::1/128 scope 254 
         valid_lft forever preferred_lft forever
  $ ip -N -4 addr show dev x0
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group 0 qlen 1000
      inet 10.0.0.1/24 scope 253 x0
         valid_lft forever preferred_lft forever
      inet 10.0.1.1/24 scope 17 x0
         valid_lft forever preferred_lft forever
  $ ip -N -j -4 addr show dev x0
  [{"ifindex":3,"link":"y0","ifname":"x0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP","M-DOWN"],"mtu":1500,"qdisc":"noqueue","operstate":"LOWERLAYERDOWN","group":"0","txqlen":1000,"addr_info":[{"family":"inet","local":"10.0.0.1","prefixlen":24,"scope":"253","label":"x0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.0.1.1","prefixlen":24,"scope":"17","label":"x0","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  $ ip -N -4 -o addr show
  1: lo    inet 127.0.0.1/8 scope 254 lo\       valid_lft forever preferred_lft forever
  3: x0    inet 10.0.0.1/24 scope 253 x0\       valid_lft forever preferred_lft forever
  3: x0    inet 10.0.1.1/24 scope 17 x0\       valid_lft forever preferred_lft forever
  $ ip -N neigh show dev x0
  10.0.0.2 lladdr 02:00:00:00:00:02 PERMANENT proto 4 
  $ ip -N -d link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group 0 qlen 1000
      link/[772] 00:00:00:00:00:00 brd 00:00:00:00:00:00 promiscuity 0  allmulti 0 minmtu 0 maxmtu 0 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -N -4 addr show scope link
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group 0 qlen 1000
      inet 10.0.0.1/24 scope 253 x0
         valid_lft forever preferred_lft forever
  $ ip -N -4 netconf show dev x0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
