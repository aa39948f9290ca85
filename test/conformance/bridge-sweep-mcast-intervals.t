ip link set type bridge mcast_*_interval options take get_u64 (strtoull: "-N" wraps); the kernel converts clock_t to jiffies (clock_t_to_jiffies saturates) and clamps some intervals; the -d listing and sysfs afterwards.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ show() { ip -d link show br0 | grep -o 'mcast_last_member_interval.*mcast_startup_query_interval [0-9]*'; }
  $ for o in mcast_last_member_interval mcast_membership_interval mcast_querier_interval mcast_query_interval mcast_query_response_interval mcast_startup_query_interval; do for v in -1 -100 18446744073709551615 18446744073709551616 1 0; do echo "== $o $v"; ip link set br0 type bridge $o $v 2>&1; echo "rc $?"; show; done; done
  == mcast_last_member_interval -1
  rc 0
  mcast_last_member_interval 1844674407370 mcast_membership_interval 26000 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_last_member_interval -100
  rc 0
  mcast_last_member_interval 1844674407370 mcast_membership_interval 26000 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_last_member_interval 18446744073709551615
  rc 0
  mcast_last_member_interval 1844674407370 mcast_membership_interval 26000 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_last_member_interval 18446744073709551616
  Error: argument "18446744073709551616" is wrong: invalid mcast_last_member_interval
  rc 255
  mcast_last_member_interval 1844674407370 mcast_membership_interval 26000 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_last_member_interval 1
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 26000 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_last_member_interval 0
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 26000 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_membership_interval -1
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 1844674407370 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_membership_interval -100
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 1844674407370 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_membership_interval 18446744073709551615
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 1844674407370 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_membership_interval 18446744073709551616
  Error: argument "18446744073709551616" is wrong: invalid mcast_membership_interval
  rc 255
  mcast_last_member_interval 0 mcast_membership_interval 1844674407370 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_membership_interval 1
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_membership_interval 0
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_querier_interval -1
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 1844674407370 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_querier_interval -100
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 1844674407370 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_querier_interval 18446744073709551615
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 1844674407370 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_querier_interval 18446744073709551616
  Error: argument "18446744073709551616" is wrong: invalid mcast_querier_interval
  rc 255
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 1844674407370 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_querier_interval 1
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_querier_interval 0
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_query_interval -1
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 8640000 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_query_interval -100
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 8640000 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_query_interval 18446744073709551615
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 8640000 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_query_interval 18446744073709551616
  Error: argument "18446744073709551616" is wrong: invalid mcast_query_interval
  rc 255
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 8640000 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_query_interval 1
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 100 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_query_interval 0
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 100 mcast_query_response_interval 1000 mcast_startup_query_interval 3124
  == mcast_query_response_interval -1
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 100 mcast_query_response_interval 1844674407370 mcast_startup_query_interval 3124
  == mcast_query_response_interval -100
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 100 mcast_query_response_interval 1844674407370 mcast_startup_query_interval 3124
  == mcast_query_response_interval 18446744073709551615
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 100 mcast_query_response_interval 1844674407370 mcast_startup_query_interval 3124
  == mcast_query_response_interval 18446744073709551616
  Error: argument "18446744073709551616" is wrong: invalid mcast_query_response_interval
  rc 255
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 100 mcast_query_response_interval 1844674407370 mcast_startup_query_interval 3124
  == mcast_query_response_interval 1
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 100 mcast_query_response_interval 0 mcast_startup_query_interval 3124
  == mcast_query_response_interval 0
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 100 mcast_query_response_interval 0 mcast_startup_query_interval 3124
  == mcast_startup_query_interval -1
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 100 mcast_query_response_interval 0 mcast_startup_query_interval 8640000
  == mcast_startup_query_interval -100
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 100 mcast_query_response_interval 0 mcast_startup_query_interval 8640000
  == mcast_startup_query_interval 18446744073709551615
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 100 mcast_query_response_interval 0 mcast_startup_query_interval 8640000
  == mcast_startup_query_interval 18446744073709551616
  Error: argument "18446744073709551616" is wrong: invalid mcast_startup_query_interval
  rc 255
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 100 mcast_query_response_interval 0 mcast_startup_query_interval 8640000
  == mcast_startup_query_interval 1
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 100 mcast_query_response_interval 0 mcast_startup_query_interval 100
  == mcast_startup_query_interval 0
  rc 0
  mcast_last_member_interval 0 mcast_membership_interval 0 mcast_querier_interval 0 mcast_query_interval 100 mcast_query_response_interval 0 mcast_startup_query_interval 100
