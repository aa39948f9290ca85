Every bridge_slave flag turned on at once (and a backup port, a group_fwd_mask, a cost and priority), as ip -d link, ip -d -j link, bridge -d link and bridge -d -j link print them, then all off again.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:80:02
  $ ip -n sw link set p1 master br0; ip -n sw link set p2 master br0
  $ ip -n sw link set p1 type bridge_slave hairpin on guard on root_block on fastleave on learning on flood on mcast_flood on bcast_flood on mcast_to_unicast on proxy_arp on proxy_arp_wifi on mcast_router 2 neigh_suppress on group_fwd_mask 0x4000 vlan_tunnel on isolated on locked on backup_port p2 cost 77 priority 9; echo $?
  0
  $ ip -n sw -d link show p1 | sed -n '3,$p' | sed -E 's/(forward_delay|hold|message_age)_timer +[0-9.]+/\1_timer X/g'
      veth 
      bridge_slave state disabled priority 9 cost 77 hairpin on guard on root_block on fastleave on learning on flood on port_id 0x2401 port_no 0x1 designated_port 9217 designated_cost 0 designated_bridge 8000.2:0:0:0:99:99 designated_root 8000.2:0:0:0:99:99 hold_timer X message_age_timer X forward_delay_timer X topology_change_ack 0 config_pending 0 proxy_arp on proxy_arp_wifi on mcast_router 2 mcast_fast_leave on mcast_flood on bcast_flood on mcast_to_unicast on neigh_suppress on group_fwd_mask 0x4000 group_fwd_mask_str lldp vlan_tunnel on isolated on locked on backup_port p2 addrgenmode eui64 numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n sw -d -j link show p1 | grep -o '"info_slave_data":{[^}]*}' | sed -E 's/"(forward_delay|hold|message_age)_timer":[0-9.]+/"\1_timer":X/g'
  "info_slave_data":{"state":"disabled","priority":9,"cost":77,"hairpin":true,"guard":true,"root_block":true,"fastleave":true,"learning":true,"flood":true,"id":"0x2401","no":"0x1","designated_port":9217,"designated_cost":0,"bridge_id":"8000.2:0:0:0:99:99","root_id":"8000.2:0:0:0:99:99","hold_timer":X,"message_age_timer":X,"forward_delay_timer":X,"topology_change_ack":0,"config_pending":0,"proxy_arp":true,"proxy_arp_wifi":true,"multicast_router":2,"mcast_flood":true,"bcast_flood":true,"mcast_to_unicast":true,"neigh_suppress":true,"group_fwd_mask":"0x4000","group_fwd_mask_str":"lldp","vlan_tunnel":true,"isolated":true,"locked":true,"backup_port":"p2"}
  $ bridge -n sw -d link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 9 cost 77 
      hairpin on guard on root_block on fastleave on learning on flood on mcast_flood on bcast_flood on mcast_router 2 mcast_to_unicast on neigh_suppress on vlan_tunnel on backup_port p2 isolated on locked on 
  $ bridge -n sw -d -j link show dev p1
  [{"ifindex":4,"link":"q1","ifname":"p1","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"master":"br0","state":"disabled","priority":9,"cost":77,"hairpin":true,"guard":true,"root_block":true,"fastleave":true,"learning":true,"flood":true,"mcast_flood":true,"bcast_flood":true,"mcast_router":2,"mcast_to_unicast":true,"neigh_suppress":true,"vlan_tunnel":true,"backup_port":"p2","isolated":true,"locked":true}]
  $ ip -n sw link set p1 type bridge_slave hairpin off guard off root_block off fastleave off learning off flood off mcast_flood off bcast_flood off mcast_to_unicast off proxy_arp off proxy_arp_wifi off mcast_router 0 neigh_suppress off group_fwd_mask 0 vlan_tunnel off isolated off locked off nobackup_port; echo $?
  0
  $ ip -n sw -d link show p1 | sed -n '3,$p' | sed -E 's/(forward_delay|hold|message_age)_timer +[0-9.]+/\1_timer X/g'
      veth 
      bridge_slave state disabled priority 9 cost 77 hairpin off guard off root_block off fastleave off learning off flood off port_id 0x2401 port_no 0x1 designated_port 9217 designated_cost 0 designated_bridge 8000.2:0:0:0:99:99 designated_root 8000.2:0:0:0:99:99 hold_timer X message_age_timer X forward_delay_timer X topology_change_ack 0 config_pending 0 proxy_arp off proxy_arp_wifi off mcast_router 0 mcast_fast_leave off mcast_flood off bcast_flood off mcast_to_unicast off neigh_suppress off group_fwd_mask 0 group_fwd_mask_str 0x0 vlan_tunnel off isolated off locked off addrgenmode eui64 numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ bridge -n sw -d link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 9 cost 77 
      hairpin off guard off root_block off fastleave off learning off flood off mcast_flood off bcast_flood off mcast_router 0 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  $ ip netns exec sw sh -c 'cd /sys/class/net/p1/brport; grep . * 2>/dev/null | grep -v timer'
  bpdu_guard:0
  broadcast_flood:0
  change_ack:0
  config_pending:0
  designated_bridge:8000.020000009999
  designated_cost:0
  designated_port:9217
  designated_root:8000.020000009999
  group_fwd_mask:0x0
  hairpin_mode:0
  isolated:0
  learning:0
  multicast_fast_leave:0
  multicast_flood:0
  multicast_router:0
  multicast_to_unicast:0
  neigh_suppress:0
  path_cost:77
  port_id:0x2401
  port_no:0x1
  priority:9
  proxyarp:0
  proxyarp_wifi:0
  root_block:0
  state:0
  unicast_flood:0
