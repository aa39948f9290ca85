sysfs files of bridges and ports beyond the attributes: uevent (DEVTYPE=bridge), gro_flush_timeout and friends, the queues/ and power/ directories, subsystem and the /sys/class/net links into /sys/devices/virtual/net, brforward's binary fdb records (br_fdb_fillbuf()), the port's brport/ listing with backup_port and the bridge link, and the file modes ls -l shows (0444 without a store(), flush 0200).
  $ ip netns add n
  $ ip -n n link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n n link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip -n n link add link q1 name mv0 address 02:00:00:00:00:11 type macvlan mode bridge
  $ ip -n n link set p1 master br0
  $ ip netns exec n sh -c 'cd /sys/class/net/br0; for f in gro_flush_timeout napi_defer_hard_irqs threaded uevent phys_port_id phys_port_name phys_switch_id; do echo "== $f"; cat $f 2>&1; done'
  == gro_flush_timeout
  0
  == napi_defer_hard_irqs
  0
  == threaded
  0
  == uevent
  DEVTYPE=bridge
  INTERFACE=br0
  IFINDEX=2
  == phys_port_id
  cat: phys_port_id: No such file or directory
  == phys_port_name
  cat: phys_port_name: No such file or directory
  == phys_switch_id
  cat: phys_switch_id: No such file or directory
  [1]
  $ ip netns exec n sh -c 'for d in p1 mv0 lo; do cat /sys/class/net/$d/uevent; done'
  INTERFACE=p1
  IFINDEX=4
  INTERFACE=mv0
  IFINDEX=5
  INTERFACE=lo
  IFINDEX=1
  $ ip netns exec n ls /sys/class/net/br0/queues /sys/class/net/p1/queues /sys/class/net/mv0/queues /sys/class/net/lo/queues
  /sys/class/net/br0/queues:
  rx-0
  tx-0
  
  /sys/class/net/lo/queues:
  rx-0
  tx-0
  
  /sys/class/net/mv0/queues:
  rx-0
  tx-0
  
  /sys/class/net/p1/queues:
  rx-0
  tx-0
  $ ip netns exec n ls /sys/class/net/br0/power /sys/class/net/br0/queues/tx-0 /sys/class/net/br0/queues/rx-0
  /sys/class/net/br0/power:
  autosuspend_delay_ms
  control
  runtime_active_time
  runtime_status
  runtime_suspended_time
  
  /sys/class/net/br0/queues/rx-0:
  rps_cpus
  rps_flow_cnt
  
  /sys/class/net/br0/queues/tx-0:
  traffic_class
  tx_maxrate
  tx_timeout
  xps_cpus
  xps_rxqs
  $ ip netns exec n readlink /sys/class/net/br0/subsystem /sys/class/net/br0/power
  ../../../../class/net
  [1]
  $ ip netns exec n sh -c 'ls -l /sys/class/net/ | cut -c1-10,40- | sed "s/ *[A-Z][a-z][a-z] .* [0-9][0-9]:[0-9][0-9] / /"'
  total 0
  lrwxrwxrwxr0 -> ../../devices/virtual/net/br0
  lrwxrwxrwxo -> ../../devices/virtual/net/lo
  lrwxrwxrwxv0 -> ../../devices/virtual/net/mv0
  lrwxrwxrwx1 -> ../../devices/virtual/net/p1
  lrwxrwxrwx1 -> ../../devices/virtual/net/q1
  $ ip netns exec n ls /sys/class/net/lo
  addr_assign_type
  addr_len
  address
  broadcast
  carrier
  carrier_changes
  carrier_down_count
  carrier_up_count
  dev_id
  dev_port
  dormant
  duplex
  flags
  gro_flush_timeout
  ifalias
  ifindex
  iflink
  link_mode
  mtu
  name_assign_type
  napi_defer_hard_irqs
  netdev_group
  operstate
  power
  proto_down
  queues
  speed
  statistics
  subsystem
  testing
  threaded
  tx_queue_len
  type
  uevent
  $ ip netns exec n sh -c 'od -A d -t x1 /sys/class/net/br0/brforward'
  0000000 02 00 00 00 90 01 01 01 00 00 00 00 00 00 00 00
  0000016
  $ ip netns exec n sh -c 'echo 1 > /sys/class/net/br0/threaded; cat /sys/class/net/br0/threaded'
  sh: 1: echo: echo: I/O error
  0
  $ ip netns exec n sh -c 'cat /sys/class/net/br0/flags /sys/class/net/br0/carrier_changes'
  0x1002
  1
  $ ip netns exec n sh -c 'cd /sys/class/net/p1/power; for f in *; do echo "$f: $(cat $f 2>&1)"; done'
  autosuspend_delay_ms: cat: autosuspend_delay_ms: Input/output error
  control: auto
  runtime_active_time: 0
  runtime_status: unsupported
  runtime_suspended_time: 0
  $ ip netns exec n sh -c 'cd /sys/class/net/p1/queues/rx-0; for f in *; do echo "$f: $(cat $f 2>&1)"; done'
  rps_cpus: 0
  rps_flow_cnt: 0
  $ ip netns exec n sh -c 'cd /sys/class/net/p1/queues/tx-0; for f in *; do echo "$f: $(cat $f 2>&1)"; done'
  traffic_class: 0
  tx_maxrate: 0
  tx_timeout: 0
  xps_cpus: 0
  xps_rxqs: 0
  $ ip netns exec n ls /sys/class/net/p1/queues/tx-0/byte_queue_limits
  ls: cannot access '/sys/class/net/p1/queues/tx-0/byte_queue_limits': No such file or directory
  [2]
  $ ip netns exec n ls /sys/class/net/br0/subsystem/
  br0
  lo
  mv0
  p1
  q1
  $ ip netns exec n ls /sys/class/net/p1/subsystem/p1/brport/ | head -3
  backup_port
  bpdu_guard
  bridge
  $ ip netns exec n ls /sys/class/net/p1/brport/
  backup_port
  bpdu_guard
  bridge
  broadcast_flood
  change_ack
  config_pending
  designated_bridge
  designated_cost
  designated_port
  designated_root
  flush
  forward_delay_timer
  group_fwd_mask
  hairpin_mode
  hold_timer
  isolated
  learning
  message_age_timer
  multicast_fast_leave
  multicast_flood
  multicast_router
  multicast_to_unicast
  neigh_suppress
  path_cost
  port_id
  port_no
  priority
  proxyarp
  proxyarp_wifi
  root_block
  state
  unicast_flood
  $ ip netns exec n readlink /sys/class/net/p1/brport/bridge
  ../../br0
  $ ip netns exec n sh -c 'cat /sys/class/net/p1/brport/backup_port /sys/class/net/p1/brport/mab /sys/class/net/p1/brport/locked /sys/class/net/p1/brport/multicast_eht_hosts_limit /sys/class/net/p1/brport/neigh_vlan_suppress /sys/class/net/p1/brport/backup_nhid /sys/class/net/p1/brport/group_fwd_mask /sys/class/net/p1/brport/multicast_eht_hosts_cnt'
  cat: /sys/class/net/p1/brport/mab: No such file or directory
  cat: /sys/class/net/p1/brport/locked: No such file or directory
  cat: /sys/class/net/p1/brport/multicast_eht_hosts_limit: No such file or directory
  cat: /sys/class/net/p1/brport/neigh_vlan_suppress: No such file or directory
  cat: /sys/class/net/p1/brport/backup_nhid: No such file or directory
  0x0
  cat: /sys/class/net/p1/brport/multicast_eht_hosts_cnt: No such file or directory
  [1]
  $ ip netns exec n ls /sys/class/net/br0/bridge/
  ageing_time
  bridge_id
  flush
  forward_delay
  gc_timer
  group_addr
  group_fwd_mask
  hash_elasticity
  hash_max
  hello_time
  hello_timer
  max_age
  multicast_igmp_version
  multicast_last_member_count
  multicast_last_member_interval
  multicast_membership_interval
  multicast_mld_version
  multicast_querier
  multicast_querier_interval
  multicast_query_interval
  multicast_query_response_interval
  multicast_query_use_ifaddr
  multicast_router
  multicast_snooping
  multicast_startup_query_count
  multicast_startup_query_interval
  multicast_stats_enabled
  nf_call_arptables
  nf_call_ip6tables
  nf_call_iptables
  no_linklocal_learn
  priority
  root_id
  root_path_cost
  root_port
  stp_state
  tcn_timer
  topology_change
  topology_change_detected
  topology_change_timer
  $ ip -n n -d link show p1 | grep -o 'numtxqueues [0-9]* numrxqueues [0-9]*'
  numtxqueues 2 numrxqueues 2
  $ ip netns exec n sh -c 'ls -l /sys/class/net/br0/ | cut -c1-10,46- | sed "s/^\(..........\) *[A-Z][a-z][a-z] .* [0-9][0-9]:[0-9][0-9] /\1 /"'
  total 0
  -r--r--r--_assign_type
  -r--r--r--_len
  -r--r--r--ess
  -r--r--r--rward
  drwxr-xr-xge
  drwxr-xr-x
  -r--r--r--dcast
  -rw-r--r--ier
  -r--r--r--ier_changes
  -r--r--r--ier_down_count
  -r--r--r--ier_up_count
  -r--r--r--id
  -r--r--r--port
  -r--r--r--ant
  -r--r--r--ex
  -rw-r--r--s
  -rw-r--r--flush_timeout
  -rw-r--r--ias
  -r--r--r--dex
  -r--r--r--nk
  -r--r--r--_mode
  lrwxrwxrwxr_p1 -> ../p1
  -rw-r--r--
  -r--r--r--_assign_type
  -rw-r--r--_defer_hard_irqs
  -rw-r--r--ev_group
  -r--r--r--state
  drwxr-xr-xr
  -rw-r--r--o_down
  drwxr-xr-xes
  -r--r--r--d
  drwxr-xr-xistics
  lrwxrwxrwxystem -> ../../../../class/net
  -r--r--r--ing
  -rw-r--r--aded
  -rw-r--r--ueue_len
  -r--r--r--
  -rw-r--r--nt
  $ ip netns exec n sh -c 'ls -l /sys/class/net/br0/bridge/ | cut -c1-10,46- | sed "s/^\(..........\) *[A-Z][a-z][a-z] .* [0-9][0-9]:[0-9][0-9] /\1 /"'
  total 0
  -rw-r--r--ng_time
  -r--r--r--ge_id
  --w-------h
  -rw-r--r--ard_delay
  -r--r--r--imer
  -rw-r--r--p_addr
  -rw-r--r--p_fwd_mask
  -rw-r--r--_elasticity
  -rw-r--r--_max
  -rw-r--r--o_time
  -r--r--r--o_timer
  -rw-r--r--age
  -rw-r--r--icast_igmp_version
  -rw-r--r--icast_last_member_count
  -rw-r--r--icast_last_member_interval
  -rw-r--r--icast_membership_interval
  -rw-r--r--icast_mld_version
  -rw-r--r--icast_querier
  -rw-r--r--icast_querier_interval
  -rw-r--r--icast_query_interval
  -rw-r--r--icast_query_response_interval
  -rw-r--r--icast_query_use_ifaddr
  -rw-r--r--icast_router
  -rw-r--r--icast_snooping
  -rw-r--r--icast_startup_query_count
  -rw-r--r--icast_startup_query_interval
  -rw-r--r--icast_stats_enabled
  -rw-r--r--all_arptables
  -rw-r--r--all_ip6tables
  -rw-r--r--all_iptables
  -rw-r--r--inklocal_learn
  -rw-r--r--rity
  -r--r--r--_id
  -r--r--r--_path_cost
  -r--r--r--_port
  -rw-r--r--state
  -r--r--r--timer
  -r--r--r--logy_change
  -r--r--r--logy_change_detected
  -r--r--r--logy_change_timer
  $ ip netns exec n sh -c 'ls -l /sys/class/net/p1/brport/ | cut -c1-10,46- | sed "s/^\(..........\) *[A-Z][a-z][a-z] .* [0-9][0-9]:[0-9][0-9] /\1 /"'
  total 0
  -rw-r--r--up_port
  -rw-r--r--_guard
  lrwxrwxrwxge -> ../../br0
  -rw-r--r--dcast_flood
  -r--r--r--ge_ack
  -r--r--r--ig_pending
  -r--r--r--gnated_bridge
  -r--r--r--gnated_cost
  -r--r--r--gnated_port
  -r--r--r--gnated_root
  --w-------h
  -r--r--r--ard_delay_timer
  -rw-r--r--p_fwd_mask
  -rw-r--r--pin_mode
  -r--r--r--_timer
  -rw-r--r--ated
  -rw-r--r--ning
  -r--r--r--age_age_timer
  -rw-r--r--icast_fast_leave
  -rw-r--r--icast_flood
  -rw-r--r--icast_router
  -rw-r--r--icast_to_unicast
  -rw-r--r--h_suppress
  -rw-r--r--_cost
  -r--r--r--_id
  -r--r--r--_no
  -rw-r--r--rity
  -rw-r--r--yarp
  -rw-r--r--yarp_wifi
  -rw-r--r--_block
  -r--r--r--e
  -rw-r--r--ast_flood
  $ ip netns exec n sh -c 'ls -l /sys/class/net/p1/statistics/ /sys/class/net/p1/power/ | cut -c1-10,46- | sed "s/^\(..........\) *[A-Z][a-z][a-z] .* [0-9][0-9]:[0-9][0-9] /\1 /"'
  /sys/class
  total 0
  -rw-r--r--suspend_delay_ms
  -rw-r--r--rol
  -r--r--r--ime_active_time
  -r--r--r--ime_status
  -r--r--r--ime_suspended_time
  
  /sys/class
  total 0
  -r--r--r--isions
  -r--r--r--icast
  -r--r--r--ytes
  -r--r--r--ompressed
  -r--r--r--rc_errors
  -r--r--r--ropped
  -r--r--r--rrors
  -r--r--r--ifo_errors
  -r--r--r--rame_errors
  -r--r--r--ength_errors
  -r--r--r--issed_errors
  -r--r--r--ohandler
  -r--r--r--ver_errors
  -r--r--r--ackets
  -r--r--r--borted_errors
  -r--r--r--ytes
  -r--r--r--arrier_errors
  -r--r--r--ompressed
  -r--r--r--ropped
  -r--r--r--rrors
  -r--r--r--ifo_errors
  -r--r--r--eartbeat_errors
  -r--r--r--ackets
  -r--r--r--indow_errors
