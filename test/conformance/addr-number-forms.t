Number forms iproute2 takes for address, neighbour-table and macvlan options (get_u32()/get_unsigned() with base 0: hex, octal; lifetimes; scope numbers), and what it refuses.
  $ ip link add e0 address 02:00:00:00:01:00 type veth peer name x0 address 02:00:00:00:02:00; ip link set e0 up
  $ ip addr add 10.0.0.1/24 dev e0 valid_lft 0x64 preferred_lft 010; ip -4 addr show dev e0 | grep -o 'valid_lft [0-9a-z]* preferred_lft [0-9a-z]*'
  valid_lft 100sec preferred_lft 8sec
  $ ip addr add 10.0.1.1/24 dev e0 metric 0x10; ip addr add 10.0.2.1/24 dev e0 metric 010; ip route show dev e0 | sort
  10.0.0.0/24 proto kernel scope link src 10.0.0.1 linkdown 
  10.0.1.0/24 proto kernel scope link src 10.0.1.1 metric 16 linkdown 
  10.0.2.0/24 proto kernel scope link src 10.0.2.1 metric 8 linkdown 
  $ ip addr add 10.0.3.1/24 dev e0 scope 0x10; ip addr add 10.0.4.1/24 dev e0 scope 0377; ip addr add 10.0.5.1/24 dev e0 scope 0x100; ip -4 -o addr show dev e0 | grep -o 'inet [0-9./]* .*scope [0-9a-z]*'
  Error: argument "0x100" is wrong: invalid scope value.
  inet 10.0.4.1/24 scope nowhere
  inet 10.0.3.1/24 scope 16
  inet 10.0.0.1/24 scope global
  inet 10.0.1.1/24 metric 16 scope global
  inet 10.0.2.1/24 metric 8 scope global
  $ ip addr add 10.0.6.1/24 dev e0 valid_lft 1x; ip addr add 10.0.6.1/24 dev e0 metric -1; ip addr add 10.0.6.1/24 dev e0 valid_lft -1
  Error: argument "1x" is wrong: valid_lft value
  Error: argument "-1" is wrong: "metric" value is invalid
  
  Error: argument "-1" is wrong: valid_lft value
  [255]
  $ ip addr add 10.0.6.1/0x18 dev e0; ip addr add 10.0.6.1/024 dev e0; ip -4 -o addr show dev e0 | grep -c 10.0.6
  2
  $ ip ntable change name arp_cache dev e0 queue 0x10 ucast_probes 010 retrans 0x400 locktime 0x64
  $ ip ntable show dev e0 | grep -o 'ucast_probes [0-9]*\|retrans [0-9]*\|locktime [0-9]*\|queue [0-9]*'
  retrans 1024
  queue 16
  ucast_probes 8
  queue 64
  locktime 100
  retrans 1000
  queue 101
  ucast_probes 3
  queue 64
  locktime 0
  $ ip ntable change name arp_cache dev e0 queue 1x; ip ntable change name arp_cache dev e0 mcast_probes -1
  Error: argument "1x" is wrong: "queue" value is invalid
  Error: argument "-1" is wrong: "mcast_probes" value is invalid
  [255]
  $ ip link add mv0 link e0 type macvlan mode bridge bcqueuelen 0x10; ip -d link show mv0 | grep -o 'bcqueuelen [0-9]* usedbcqueuelen [0-9]*'
  bcqueuelen 16 usedbcqueuelen 16
  $ ip link add mv1 link e0 type macvlan mode bridge bcqueuelen 010; ip -d link show mv1 | grep -o 'bcqueuelen [0-9]* usedbcqueuelen [0-9]*'
  bcqueuelen 8 usedbcqueuelen 16
  $ ip link add mv2 link e0 type macvlan bcqueuelen 1x; ip link add mv2 link e0 type macvlan bcqueuelen -1
  Error: argument of "bcqueuelen" must be a positive integer [0-4294967295], not "1x"
  Error: argument of "bcqueuelen" must be a positive integer [0-4294967295], not "-1"
  [1]
  $ ip link set e0 mtu 0x500; ip link set e0 txqueuelen 010; ip link show e0 | head -1
  3: e0@x0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1280 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 8
  $ ip neigh add 10.0.0.9 lladdr 2:0:0:0:0:9 dev e0; ip neigh add 10.0.0.10 lladdr 0200.0000.0010 dev e0; ip neigh add 10.0.0.11 lladdr 02-00-00-00-00-11 dev e0; ip neigh add 10.0.0.12 lladdr 020000000012 dev e0; ip neigh show dev e0 | sort
  Error: Invalid link address.
  Error: Invalid link address.
  Error: Invalid link address.
  10.0.0.9 lladdr 02:00:00:00:00:09 PERMANENT 
