ip addr show variants: -d, -s, -o, -4 -br, up, master, type, label glob, scope host, to prefix, brief colors off.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add br0 address 02:00:00:00:00:0b type bridge
  $ ip link set b0 master br0
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.0.2/25 dev a0 label a0:x
  $ ip addr add 10.1.0.1/16 dev br0
  $ ip -4 addr show up
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/25 scope global a0:x
         valid_lft forever preferred_lft forever
  $ ip -4 addr show master br0
  $ ip -4 addr show type bridge
  4: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default qlen 1000
      inet 10.1.0.1/16 scope global br0
         valid_lft forever preferred_lft forever
  $ ip -4 addr show type veth
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/25 scope global a0:x
         valid_lft forever preferred_lft forever
  $ ip -4 -o addr show scope host
  1: lo    inet 127.0.0.1/8 scope host lo\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show to 10.0.0.0/24
  3: a0    inet 10.0.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.2/25 scope global a0:x\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show to 10.0.0.2
  3: a0    inet 10.0.0.2/25 scope global a0:x\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show to 10.0.0.0/25
  3: a0    inet 10.0.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.2/25 scope global a0:x\       valid_lft forever preferred_lft forever
  $ ip -4 -br addr
  lo               UNKNOWN        127.0.0.1/8 
  a0@b0            UP             10.0.0.1/24 10.0.0.2/25 
  br0              DOWN           10.1.0.1/16 
  $ ip -4 -d addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      veth numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/25 scope global a0:x
         valid_lft forever preferred_lft forever
  $ ip -4 -s addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/25 scope global a0:x
         valid_lft forever preferred_lft forever
      RX:  bytes packets errors dropped  missed   mcast           
              90       1      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
              90       1      0       0       0       0 
  $ ip -4 -j -d addr show dev br0
  [{"ifindex":4,"ifname":"br0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:0b","broadcast":"ff:ff:ff:ff:ff:ff","promiscuity":0,"allmulti":0,"min_mtu":68,"max_mtu":65535,"linkinfo":{"info_kind":"bridge","info_data":{"forward_delay":1500,"hello_time":200,"max_age":2000,"ageing_time":30000,"stp_state":0,"priority":32768,"vlan_filtering":0,"bridge_id":"8000.2:0:0:0:0:b","root_id":"8000.2:0:0:0:0:b","root_port":0,"root_path_cost":0,"topology_change":0,"topology_change_detected":0,"hello_timer":0.00,"tcn_timer":0.00,"topology_change_timer":0.00,"gc_timer":0.00,"group_fwd_mask":"0","group_addr":"01:80:c2:00:00:00","mcast_snooping":1,"no_linklocal_learn":0,"mcast_vlan_snooping":0,"mcast_router":1,"mcast_query_use_ifaddr":0,"mcast_querier":0,"mcast_hash_elasticity":16,"mcast_hash_max":4096,"mcast_last_member_cnt":2,"mcast_startup_query_cnt":2,"mcast_last_member_intvl":100,"mcast_membership_intvl":26000,"mcast_querier_intvl":25500,"mcast_query_intvl":12500,"mcast_query_response_intvl":1000,"mcast_startup_query_intvl":3124,"mcast_stats_enabled":0,"mcast_igmp_version":2,"mcast_mld_version":1,"nf_call_iptables":0,"nf_call_ip6tables":0,"nf_call_arptables":0}},"num_tx_queues":1,"num_rx_queues":1,"gso_max_size":65536,"gso_max_segs":65535,"tso_max_size":524280,"tso_max_segs":65535,"gro_max_size":65536,"addr_info":[{"family":"inet","local":"10.1.0.1","prefixlen":16,"scope":"global","label":"br0","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  $ ip -4 addr show dev b0
  $ ip -4 addr show label a0:x
      inet 10.0.0.2/25 scope global a0:x
         valid_lft forever preferred_lft forever
  $ ip -4 addr show a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/25 scope global a0:x
         valid_lft forever preferred_lft forever
  $ ip addr show b0
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
      inet6 fe80::ff:fe00:2/64 scope link tentative 
         valid_lft forever preferred_lft forever
  $ ip -6 addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet6 fe80::ff:fe00:1/64 scope link tentative 
         valid_lft forever preferred_lft forever
  $ ip -6 -o addr show dev a0
  3: a0    inet6 fe80::ff:fe00:1/64 scope link tentative \       valid_lft forever preferred_lft forever
  $ ip addr show dev a0 up
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/25 scope global a0:x
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link tentative 
         valid_lft forever preferred_lft forever
  $ ip addr show nomaster
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
      inet6 ::1/128 scope host 
         valid_lft forever preferred_lft forever
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/25 scope global a0:x
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link tentative 
         valid_lft forever preferred_lft forever
  4: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default qlen 1000
      link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
      inet 10.1.0.1/16 scope global br0
         valid_lft forever preferred_lft forever
  $ ip -4 addr show nomaster
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/25 scope global a0:x
         valid_lft forever preferred_lft forever
  4: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default qlen 1000
      inet 10.1.0.1/16 scope global br0
         valid_lft forever preferred_lft forever
  $ ip -4 addr list
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/25 scope global a0:x
         valid_lft forever preferred_lft forever
  4: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default qlen 1000
      inet 10.1.0.1/16 scope global br0
         valid_lft forever preferred_lft forever
  $ ip -4 a
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/25 scope global a0:x
         valid_lft forever preferred_lft forever
  4: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default qlen 1000
      inet 10.1.0.1/16 scope global br0
         valid_lft forever preferred_lft forever
  $ ip -4 addr ls dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/25 scope global a0:x
         valid_lft forever preferred_lft forever
  $ ip addr show dev a0 scope nosuch
  Error: argument "nosuch" is wrong: invalid "scope"
  [255]
  $ ip addr show dev a0 to zz
  Error: any valid prefix is expected rather than "zz".
  [1]
  $ ip addr show dev a0 foo
  Error: either "dev" is duplicate, or "foo" is a garbage.
  [255]
