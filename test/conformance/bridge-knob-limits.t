Limits of the bridge and bridge_slave knobs: ageing 0, timer ranges with and without STP, mcast router/versions/hash/counts/intervals, group address, port group_fwd_mask, mcast_router, priority and cost bounds.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip link set p1 master br0
  $ ip link set br0 type bridge ageing_time 0
  $ ip -d link show br0 | grep -o 'ageing_time [0-9]*'
  ageing_time 0
  $ ip link set br0 type bridge ageing_time 99999999999
  Error: argument "99999999999" is wrong: invalid ageing_time
  [255]
  $ ip link set br0 type bridge forward_delay 0 hello_time 0
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip link set br0 type bridge max_age 599
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip link set br0 type bridge max_age 4001
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip link set br0 type bridge stp_state 1 forward_delay 200
  $ ip link set br0 type bridge forward_delay 0
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip -d link show br0 | grep -o 'forward_delay [0-9]*\|hello_time [0-9]*\|max_age [0-9]*\|stp_state [0-9]'
  forward_delay 200
  hello_time 200
  max_age * (glob)
  stp_state 1
  $ ip link set br0 type bridge mcast_router 3
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set br0 type bridge mcast_igmp_version 1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set br0 type bridge mcast_mld_version 3
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set br0 type bridge mcast_hash_max 3
  $ ip link set br0 type bridge mcast_hash_max 5000
  $ ip -d link show br0 | grep -o 'mcast_hash_max [0-9]*\|mcast_hash_elasticity [0-9]*'
  mcast_hash_elasticity 16
  mcast_hash_max 5000
  $ ip link set br0 type bridge mcast_hash_elasticity 3
  $ ip link set br0 type bridge mcast_last_member_count 0 mcast_startup_query_count 0
  $ ip link set br0 type bridge mcast_query_response_interval 0
  $ ip link set br0 type bridge mcast_query_response_interval 99999
  $ ip -d link show br0 | grep -o 'mcast_[a-z_]*count [0-9]*\|mcast_query_response_interval [0-9]*'
  mcast_last_member_count 0
  mcast_startup_query_count 0
  mcast_query_response_interval 99998
  $ ip link set br0 type bridge group_address 01:80:c2:00:00:03
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set br0 type bridge group_address 01:80:c2:00:00:10
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set br0 type bridge group_address 02:80:c2:00:00:00
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set p1 type bridge_slave mcast_router 4
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set p1 type bridge_slave mcast_router 3
  $ ip -d link show p1 | grep -o 'mcast_router [0-9]*'
  mcast_router 3
  $ ip link set p1 type bridge_slave group_fwd_mask 0x1
  $ ip link set p1 type bridge_slave group_fwd_mask 0x8
  $ ip link set p1 type bridge_slave group_fwd_mask 0xffff
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -d link show p1 | grep -o 'group_fwd_mask [0-9a-fx]*'
  group_fwd_mask 0x8
  $ ip link set p1 type bridge_slave priority 63 cost 65535
  $ ip link set p1 type bridge_slave cost 65536
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip link set p1 type bridge_slave cost 4294967295
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip -d link show p1 | grep -o ' cost [0-9]*\|priority [0-9]*'
  priority 63
   cost 65535
