The snooping knobs read back as set (ip -d link, JSON): mcast_querier, mcast_query_use_ifaddr, mcast_stats_enabled as booleans, the counts and intervals (clock_t kept as jiffies: 777 reads 776), mcast_hash_max; mcast_hash_elasticity is deprecated and always 16.
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_querier 1 mcast_query_use_ifaddr 1 mcast_stats_enabled 1
  $ ip -d link show br0 | grep -o 'mcast_querier [0-9]*\|mcast_query_use_ifaddr [0-9]*\|mcast_stats_enabled [0-9]*'
  mcast_query_use_ifaddr 1
  mcast_querier 1
  mcast_stats_enabled 1
  $ ip link set br0 type bridge mcast_querier 0 mcast_query_use_ifaddr 0 mcast_stats_enabled 0
  $ ip -d link show br0 | grep -o 'mcast_querier [0-9]*\|mcast_query_use_ifaddr [0-9]*\|mcast_stats_enabled [0-9]*'
  mcast_query_use_ifaddr 0
  mcast_querier 0
  mcast_stats_enabled 0
  $ ip link set br0 type bridge mcast_querier 5
  $ ip -d link show br0 | grep -o 'mcast_querier [0-9]*'
  mcast_querier 1
  $ ip link set br0 type bridge mcast_querier 0
  $ ip link set br0 type bridge mcast_last_member_count 5 mcast_startup_query_count 3 mcast_last_member_interval 250 mcast_membership_interval 1234 mcast_querier_interval 777 mcast_query_interval 999 mcast_query_response_interval 333 mcast_startup_query_interval 555 mcast_hash_max 512 mcast_hash_elasticity 4
  $ ip -d link show br0 | grep -o 'mcast_[a-z_]* [0-9]*' | grep -v snooping
  mcast_router 1
  mcast_query_use_ifaddr 0
  mcast_querier 0
  mcast_hash_elasticity 16
  mcast_hash_max 512
  mcast_last_member_count 5
  mcast_startup_query_count 3
  mcast_last_member_interval 250
  mcast_membership_interval 1234
  mcast_querier_interval 776
  mcast_query_interval 998
  mcast_query_response_interval 332
  mcast_startup_query_interval 554
  mcast_stats_enabled 0
  mcast_igmp_version 2
  mcast_mld_version 1
  $ ip -j -d link show br0 | grep -o '"mcast_[a-z_]*":[0-9]*' | grep -v snooping
  "mcast_router":1
  "mcast_query_use_ifaddr":0
  "mcast_querier":0
  "mcast_hash_elasticity":16
  "mcast_hash_max":512
  "mcast_last_member_cnt":5
  "mcast_startup_query_cnt":3
  "mcast_last_member_intvl":250
  "mcast_membership_intvl":1234
  "mcast_querier_intvl":776
  "mcast_query_intvl":998
  "mcast_query_response_intvl":332
  "mcast_startup_query_intvl":554
  "mcast_stats_enabled":0
  "mcast_igmp_version":2
  "mcast_mld_version":1
