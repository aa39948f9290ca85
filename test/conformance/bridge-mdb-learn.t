Snooping learns from the hosts' and the bridge's own MLD reports: solicited-node groups on the ports (proto kernel with -d), the bridge's ff02::6a and solicited-node group as port br0 (host joined, no proto), newest first; -s timers near mcast_membership_interval; -j with the router object; bridge mdb add/del of temp and permanent entries at the head of the list; mcast_snooping 0 keeps the permanent and host entries.
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link add p2 address 02:00:00:00:02:01 type veth peer name e2 netns h2 address 02:00:00:00:02:02
  $ ip link set p1 master br0
  $ ip link set p2 master br0
  $ ip link set br0 up; ip link set p1 up; ip link set p2 up
  $ ip -n h1 link set e1 up; ip -n h2 link set e2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev e1; ip -n h2 addr add 10.0.0.2/24 dev e2
  $ sleep 3
  $ bridge mdb show
  dev br0 port p2 grp ff02::1:ff00:202 temp
  dev br0 port p1 grp ff02::1:ff00:102 temp
  dev br0 port br0 grp ff02::6a temp
  dev br0 port br0 grp ff02::1:ff00:10 temp
  $ bridge -d mdb show
  dev br0 port p2 grp ff02::1:ff00:202 temp proto kernel 
  dev br0 port p1 grp ff02::1:ff00:102 temp proto kernel 
  dev br0 port br0 grp ff02::6a temp
  dev br0 port br0 grp ff02::1:ff00:10 temp
  $ bridge -s mdb show | sed -E 's/  2[0-9]{2}\.[0-9]{2}$/  25x.xx/'
  dev br0 port p2 grp ff02::1:ff00:202 temp  25x.xx
  dev br0 port p1 grp ff02::1:ff00:102 temp  25x.xx
  dev br0 port br0 grp ff02::6a temp  25x.xx
  dev br0 port br0 grp ff02::1:ff00:10 temp  25x.xx
  $ bridge mdb
  dev br0 port p2 grp ff02::1:ff00:202 temp
  dev br0 port p1 grp ff02::1:ff00:102 temp
  dev br0 port br0 grp ff02::6a temp
  dev br0 port br0 grp ff02::1:ff00:10 temp
  $ bridge -j mdb show
  [{"mdb":[{"index":2,"dev":"br0","port":"p2","grp":"ff02::1:ff00:202","state":"temp","flags":[]},{"index":2,"dev":"br0","port":"p1","grp":"ff02::1:ff00:102","state":"temp","flags":[]},{"index":2,"dev":"br0","port":"br0","grp":"ff02::6a","state":"temp","flags":[]},{"index":2,"dev":"br0","port":"br0","grp":"ff02::1:ff00:10","state":"temp","flags":[]}],"router":{}}]
  $ bridge mdb show dev br0
  dev br0 port p2 grp ff02::1:ff00:202 temp
  dev br0 port p1 grp ff02::1:ff00:102 temp
  dev br0 port br0 grp ff02::6a temp
  dev br0 port br0 grp ff02::1:ff00:10 temp
  $ ip -d link show br0 | tail -n +3 | grep -o 'mcast_snooping [0-9]*.*mcast_mld_version [0-9]*'
  mcast_snooping 1 no_linklocal_learn 0 mcast_vlan_snooping 0 mcast_router 1 mcast_query_use_ifaddr 0 mcast_querier 0 mcast_hash_elasticity 16 mcast_hash_max 4096 mcast_last_member_count 2 mcast_startup_query_count 2 mcast_last_member_interval 100 mcast_membership_interval 26000 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124 mcast_stats_enabled 0 mcast_igmp_version 2 mcast_mld_version 1
  $ bridge mdb add dev br0 port p1 grp 239.1.1.1
  $ bridge mdb show
  dev br0 port p1 grp 239.1.1.1 temp
  dev br0 port p2 grp ff02::1:ff00:202 temp
  dev br0 port p1 grp ff02::1:ff00:102 temp
  dev br0 port br0 grp ff02::6a temp
  dev br0 port br0 grp ff02::1:ff00:10 temp
  $ bridge mdb add dev br0 port p2 grp 239.1.1.2 permanent
  $ bridge mdb show
  dev br0 port p2 grp 239.1.1.2 permanent
  dev br0 port p1 grp 239.1.1.1 temp
  dev br0 port p2 grp ff02::1:ff00:202 temp
  dev br0 port p1 grp ff02::1:ff00:102 temp
  dev br0 port br0 grp ff02::6a temp
  dev br0 port br0 grp ff02::1:ff00:10 temp
  $ bridge mdb del dev br0 port p1 grp 239.1.1.1
  $ bridge mdb show
  dev br0 port p2 grp 239.1.1.2 permanent
  dev br0 port p2 grp ff02::1:ff00:202 temp
  dev br0 port p1 grp ff02::1:ff00:102 temp
  dev br0 port br0 grp ff02::6a temp
  dev br0 port br0 grp ff02::1:ff00:10 temp
  $ ip link set br0 type bridge mcast_snooping 0
  $ bridge mdb show
  dev br0 port p2 grp 239.1.1.2 permanent
  dev br0 port br0 grp ff02::6a temp
  dev br0 port br0 grp ff02::1:ff00:10 temp
  $ ip -d link show br0 | grep -o 'mcast_snooping [0-9]'
  mcast_snooping 0
