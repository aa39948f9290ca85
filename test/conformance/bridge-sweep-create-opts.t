Options given at creation: ip link add type bridge with many options at once, bridge_slave options at enslave time (ip link set master BR type bridge_slave ...), and ip link add ... master BR; the -d listing of each.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge forward_delay 400 hello_time 300 max_age 1000 ageing_time 1000 priority 4096 group_fwd_mask 0x4000 mcast_snooping 0 mcast_router 2 mcast_querier 1 mcast_hash_max 1024 nf_call_iptables 1 no_linklocal_learn 1
  $ ip -d link show br0 | grep -o 'bridge forward_delay.*' | sed 's/hello_timer.*gc_timer *[0-9.]* //'
  bridge forward_delay 400 hello_time 300 max_age * ageing_time 1000 stp_state 0 priority 4096 vlan_filtering 0 bridge_id 1000.2:0:0:0:99:99 designated_root 1000.2:0:0:0:99:99 root_port 0 root_path_cost 0 topology_change 0 topology_change_detected 0 group_fwd_mask 0x4000 group_address 01:80:c2:00:00:00 mcast_snooping 0 no_linklocal_learn 1 mcast_vlan_snooping 0 mcast_router 2 mcast_query_use_ifaddr 0 mcast_querier 1 mcast_hash_elasticity 16 mcast_hash_max 1024 mcast_last_member_count 2 mcast_startup_query_count 2 mcast_last_member_interval 100 mcast_membership_interval 26000 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124 mcast_stats_enabled 0 mcast_igmp_version 2 mcast_mld_version 1 nf_call_iptables 1 nf_call_ip6tables 0 nf_call_arptables 0 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 65536 tso_max_segs 65535 gro_max_size 65536  (glob)
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip link set p1 master br0 type bridge_slave cost 7 priority 9 learning off hairpin on 2>&1; echo rc $?
  RTNETLINK answers: Operation not supported
  rc 2
  $ ip -d link show p1 | grep -o 'bridge_slave .*' | sed 's/ hold_timer.*//'
  $ ip link add p2 address 02:00:00:00:90:02 master br0 type veth peer name q2 address 02:00:00:00:91:02 2>&1; echo rc $?
  rc 0
  $ ip link show p2 | head -1
  6: p2@q2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
  $ ip link add br1 type bridge_slave 2>&1; echo rc $?
  Error: Unknown device type.
  rc 2
  $ ip link add br1 address 02:00:00:00:99:98 master br0 type bridge 2>&1; echo rc $?
  Error: Can not enslave a bridge to a bridge.
  rc 2
  $ ip link set p2 type bridge_slave cost 0 2>&1; echo rc $?
  RTNETLINK answers: Numerical result out of range
  rc 2
  $ ip link set q2 type bridge_slave cost 5 2>&1; echo rc $?
  RTNETLINK answers: Operation not supported
  rc 2
  $ ip link set p2 nomaster type bridge_slave cost 5 2>&1; echo rc $?
  rc 0
  $ ip link set p2 master br0 type bridge stp_state 1 2>&1; echo rc $?
  RTNETLINK answers: Operation not supported
  rc 2
  $ ip -d link show br0 | grep -o 'stp_state [0-9]'
  stp_state 0
  $ ip link add br2 type bridge stp_state 1 forward_delay 100 2>&1; echo rc $?
  rc 0
  $ ip link add br3 type bridge stp_state 1 hello_time 50 2>&1; echo rc $?
  RTNETLINK answers: Numerical result out of range
  rc 2
  $ ip link add br4 type bridge max_age 100 2>&1; echo rc $?
  RTNETLINK answers: Numerical result out of range
  rc 2
  $ ip link add br5 type bridge mcast_igmp_version 4 2>&1; echo rc $?
  RTNETLINK answers: Invalid argument
  rc 2
  $ ip link show type bridge | grep -o '^[0-9]*: [a-z0-9]*'
  2: br0
  8: br2
  $ bridge link show
