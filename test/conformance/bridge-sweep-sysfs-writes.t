Writing every writable /sys/class/net/BR/bridge/* and brport/* file with out-of-range, negative, hex and oversize values: what each write returns (sh's error) and what the file reads back.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link set p1 master br0
  $ ip netns exec sw sh -c 'cd /sys/class/net/br0/bridge; for f in forward_delay hello_time max_age ageing_time stp_state priority group_fwd_mask multicast_snooping multicast_router multicast_querier multicast_query_use_ifaddr hash_max hash_elasticity multicast_last_member_count multicast_startup_query_count multicast_last_member_interval multicast_membership_interval multicast_querier_interval multicast_query_interval multicast_query_response_interval multicast_startup_query_interval multicast_stats_enabled multicast_igmp_version multicast_mld_version nf_call_iptables nf_call_ip6tables nf_call_arptables no_linklocal_learn vlan_filtering vlan_protocol default_pvid vlan_stats_enabled; do for v in 2 5 65536 4294967296; do printf "%s=%s: " $f "$v"; printf "$v" > $f 2>/dev/null; echo "$? $(cat $f)"; done; done' 2>&1
  forward_delay=2: 0 2
  forward_delay=5: 0 4
  forward_delay=65536: 0 65536
  forward_delay=4294967296: 0 4294967296
  hello_time=2: 1 200
  hello_time=5: 1 200
  hello_time=65536: 1 200
  hello_time=4294967296: 1 200
  max_age=2: 1 2000
  max_age=5: 1 2000
  max_age=65536: 1 2000
  max_age=4294967296: 1 2000
  ageing_time=2: 0 2
  ageing_time=5: 0 4
  ageing_time=65536: 0 65536
  ageing_time=4294967296: 0 4294967296
  stp_state=2: 0 1
  stp_state=5: 0 1
  stp_state=65536: 0 1
  stp_state=4294967296: 0 1
  priority=2: 0 2
  priority=5: 0 5
  priority=65536: 0 0
  priority=4294967296: 0 0
  group_fwd_mask=2: 1 0x0
  group_fwd_mask=5: 1 0x0
  group_fwd_mask=65536: 0 0x0
  group_fwd_mask=4294967296: 0 0x0
  multicast_snooping=2: 0 1
  multicast_snooping=5: 0 1
  multicast_snooping=65536: 0 1
  multicast_snooping=4294967296: 0 1
  multicast_router=2: 0 2
  multicast_router=5: 1 2
  multicast_router=65536: 1 2
  multicast_router=4294967296: 1 2
  multicast_querier=2: 0 1
  multicast_querier=5: 0 1
  multicast_querier=65536: 0 1
  multicast_querier=4294967296: 0 1
  multicast_query_use_ifaddr=2: 0 1
  multicast_query_use_ifaddr=5: 0 1
  multicast_query_use_ifaddr=65536: 0 1
  multicast_query_use_ifaddr=4294967296: 0 1
  hash_max=2: 0 2
  hash_max=5: 0 5
  hash_max=65536: 0 65536
  hash_max=4294967296: 0 0
  hash_elasticity=2: 0 16
  hash_elasticity=5: 0 16
  hash_elasticity=65536: 0 16
  hash_elasticity=4294967296: 0 16
  multicast_last_member_count=2: 0 2
  multicast_last_member_count=5: 0 5
  multicast_last_member_count=65536: 0 65536
  multicast_last_member_count=4294967296: 0 0
  multicast_startup_query_count=2: 0 2
  multicast_startup_query_count=5: 0 5
  multicast_startup_query_count=65536: 0 65536
  multicast_startup_query_count=4294967296: 0 0
  multicast_last_member_interval=2: 0 2
  multicast_last_member_interval=5: 0 4
  multicast_last_member_interval=65536: 0 65536
  multicast_last_member_interval=4294967296: 0 4294967296
  multicast_membership_interval=2: 0 2
  multicast_membership_interval=5: 0 4
  multicast_membership_interval=65536: 0 65536
  multicast_membership_interval=4294967296: 0 4294967296
  multicast_querier_interval=2: 0 2
  multicast_querier_interval=5: 0 4
  multicast_querier_interval=65536: 0 65536
  multicast_querier_interval=4294967296: 0 4294967296
  multicast_query_interval=2: 0 100
  multicast_query_interval=5: 0 100
  multicast_query_interval=65536: 0 65536
  multicast_query_interval=4294967296: 0 8640000
  multicast_query_response_interval=2: 0 2
  multicast_query_response_interval=5: 0 4
  multicast_query_response_interval=65536: 0 65536
  multicast_query_response_interval=4294967296: 0 4294967296
  multicast_startup_query_interval=2: 0 100
  multicast_startup_query_interval=5: 0 100
  multicast_startup_query_interval=65536: 0 65536
  multicast_startup_query_interval=4294967296: 0 8640000
  multicast_stats_enabled=2: 0 1
  multicast_stats_enabled=5: 0 1
  multicast_stats_enabled=65536: 0 1
  multicast_stats_enabled=4294967296: 0 1
  multicast_igmp_version=2: 0 2
  multicast_igmp_version=5: 1 2
  multicast_igmp_version=65536: 1 2
  multicast_igmp_version=4294967296: 1 2
  multicast_mld_version=2: 0 2
  multicast_mld_version=5: 1 2
  multicast_mld_version=65536: 1 2
  multicast_mld_version=4294967296: 1 2
  nf_call_iptables=2: 0 1
  nf_call_iptables=5: 0 1
  nf_call_iptables=65536: 0 1
  nf_call_iptables=4294967296: 0 1
  nf_call_ip6tables=2: 0 1
  nf_call_ip6tables=5: 0 1
  nf_call_ip6tables=65536: 0 1
  nf_call_ip6tables=4294967296: 0 1
  nf_call_arptables=2: 0 1
  nf_call_arptables=5: 0 1
  nf_call_arptables=65536: 0 1
  nf_call_arptables=4294967296: 0 1
  no_linklocal_learn=2: 0 1
  no_linklocal_learn=5: 0 1
  no_linklocal_learn=65536: 0 1
  no_linklocal_learn=4294967296: 0 1
  vlan_filtering=2: sh: 1: cannot create vlan_filtering: Permission denied
  cat: vlan_filtering: No such file or directory
  2 
  vlan_filtering=5: sh: 1: cannot create vlan_filtering: Permission denied
  cat: vlan_filtering: No such file or directory
  2 
  vlan_filtering=65536: sh: 1: cannot create vlan_filtering: Permission denied
  cat: vlan_filtering: No such file or directory
  2 
  vlan_filtering=4294967296: sh: 1: cannot create vlan_filtering: Permission denied
  cat: vlan_filtering: No such file or directory
  2 
  vlan_protocol=2: sh: 1: cannot create vlan_protocol: Permission denied
  cat: vlan_protocol: No such file or directory
  2 
  vlan_protocol=5: sh: 1: cannot create vlan_protocol: Permission denied
  cat: vlan_protocol: No such file or directory
  2 
  vlan_protocol=65536: sh: 1: cannot create vlan_protocol: Permission denied
  cat: vlan_protocol: No such file or directory
  2 
  vlan_protocol=4294967296: sh: 1: cannot create vlan_protocol: Permission denied
  cat: vlan_protocol: No such file or directory
  2 
  default_pvid=2: sh: 1: cannot create default_pvid: Permission denied
  cat: default_pvid: No such file or directory
  2 
  default_pvid=5: sh: 1: cannot create default_pvid: Permission denied
  cat: default_pvid: No such file or directory
  2 
  default_pvid=65536: sh: 1: cannot create default_pvid: Permission denied
  cat: default_pvid: No such file or directory
  2 
  default_pvid=4294967296: sh: 1: cannot create default_pvid: Permission denied
  cat: default_pvid: No such file or directory
  2 
  vlan_stats_enabled=2: sh: 1: cannot create vlan_stats_enabled: Permission denied
  cat: vlan_stats_enabled: No such file or directory
  2 
  vlan_stats_enabled=5: sh: 1: cannot create vlan_stats_enabled: Permission denied
  cat: vlan_stats_enabled: No such file or directory
  2 
  vlan_stats_enabled=65536: sh: 1: cannot create vlan_stats_enabled: Permission denied
  cat: vlan_stats_enabled: No such file or directory
  2 
  vlan_stats_enabled=4294967296: sh: 1: cannot create vlan_stats_enabled: Permission denied
  cat: vlan_stats_enabled: No such file or directory
  2 
  $ ip netns exec sw sh -c 'cd /sys/class/net/p1/brport; for f in path_cost priority hairpin_mode bpdu_guard root_block learning unicast_flood multicast_fast_leave multicast_router multicast_flood broadcast_flood multicast_to_unicast proxyarp proxyarp_wifi group_fwd_mask neigh_suppress isolated; do for v in 2 5 65536 4294967296; do printf "%s=%s: " $f "$v"; printf "$v" > $f 2>/dev/null; echo "$? $(cat $f)"; done; done' 2>&1
  path_cost=2: 0 2
  path_cost=5: 0 5
  path_cost=65536: 1 5
  path_cost=4294967296: 1 5
  priority=2: 0 2
  priority=5: 0 5
  priority=65536: 1 5
  priority=4294967296: 1 5
  hairpin_mode=2: 0 1
  hairpin_mode=5: 0 1
  hairpin_mode=65536: 0 1
  hairpin_mode=4294967296: 0 1
  bpdu_guard=2: 0 1
  bpdu_guard=5: 0 1
  bpdu_guard=65536: 0 1
  bpdu_guard=4294967296: 0 1
  root_block=2: 0 1
  root_block=5: 0 1
  root_block=65536: 0 1
  root_block=4294967296: 0 1
  learning=2: 0 1
  learning=5: 0 1
  learning=65536: 0 1
  learning=4294967296: 0 1
  unicast_flood=2: 0 1
  unicast_flood=5: 0 1
  unicast_flood=65536: 0 1
  unicast_flood=4294967296: 0 1
  multicast_fast_leave=2: 0 1
  multicast_fast_leave=5: 0 1
  multicast_fast_leave=65536: 0 1
  multicast_fast_leave=4294967296: 0 1
  multicast_router=2: 0 2
  multicast_router=5: 1 2
  multicast_router=65536: 1 2
  multicast_router=4294967296: 1 2
  multicast_flood=2: 0 1
  multicast_flood=5: 0 1
  multicast_flood=65536: 0 1
  multicast_flood=4294967296: 0 1
  broadcast_flood=2: 0 1
  broadcast_flood=5: 0 1
  broadcast_flood=65536: 0 1
  broadcast_flood=4294967296: 0 1
  multicast_to_unicast=2: 0 1
  multicast_to_unicast=5: 0 1
  multicast_to_unicast=65536: 0 1
  multicast_to_unicast=4294967296: 0 1
  proxyarp=2: 0 1
  proxyarp=5: 0 1
  proxyarp=65536: 0 1
  proxyarp=4294967296: 0 1
  proxyarp_wifi=2: 0 1
  proxyarp_wifi=5: 0 1
  proxyarp_wifi=65536: 0 1
  proxyarp_wifi=4294967296: 0 1
  group_fwd_mask=2: 1 0x0
  group_fwd_mask=5: 0 0x5
  group_fwd_mask=65536: 0 0x0
  group_fwd_mask=4294967296: 0 0x0
  neigh_suppress=2: 0 1
  neigh_suppress=5: 0 1
  neigh_suppress=65536: 0 1
  neigh_suppress=4294967296: 0 1
  isolated=2: 0 1
  isolated=5: 0 1
  isolated=65536: 0 1
  isolated=4294967296: 0 1
