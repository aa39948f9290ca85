The bridge querier's IGMPv2/v3 and MLDv1/v2 queries with large intervals: Max Resp Code, QQIC and MLD Maximum Response Delay as the kernel encodes them (u8 truncation or exponential form), seen by tcpdump.
  $ ip netns add h1
  $ ip link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 1
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name e0 netns h1 address 02:00:00:00:00:01
  $ ip link set p1 master br0; ip link set p1 up; ip -n h1 link set e0 up
  $ ip addr add 10.0.0.254/24 dev br0
  $ q() { ip link set br0 down; ip link set br0 type bridge mcast_querier 1 "$@"; ip netns exec h1 timeout 2 tcpdump -c 2 -nvxi e0 'igmp or icmp6[0] == 130' 2>/dev/null > cap & sleep 0.5; ip link set br0 up; wait; grep -o 'igmp query.*\|max resp.*\|IGMPv[0-9].*\|multicast listener query.*\|v2,.*' cap | sort -u; sed -n '/0x0010/p;/0x0020/p;/0x0030/p;/0x0040/p;/0x0050/p' cap | sort -u | tr -s ' ' | cut -c1-60; }
  $ q mcast_igmp_version 3 mcast_query_response_interval 2000 mcast_query_interval 20000 mcast_startup_query_interval 20000
  igmp query v3 [max resp time 5m7s]
  	0x0010: e000 0001 9404 0000 11c8 eb6f 0000 0000
  	0x0010: e000 0016 9404 0000 2200 f993 0000 0001
  	0x0020: 02c8 0000
  	0x0020: 0400 0000 e000 006a
  $ q mcast_igmp_version 3 mcast_query_response_interval 3200 mcast_query_interval 50000 mcast_startup_query_interval 50000
  igmp query v3 [max resp time 6.4s]
  	0x0010: e000 0001 9404 0000 1140 ebcb 0000 0000
  	0x0010: e000 0016 9404 0000 2200 f993 0000 0001
  	0x0020: 02f4 0000
  	0x0020: 0400 0000 e000 006a
  $ q mcast_igmp_version 2 mcast_query_response_interval 3200 mcast_query_interval 50000 mcast_startup_query_interval 50000
  igmp query v2 [max resp time 64]
  	0x0010: e000 0001 9404 0000 1140 eebf 0000 0000
