ip route get of routes Linux makes without a FIB lookup (res->table stays NULL, RTA_TABLE 0: ip -d and -j print no table, where a looked-up route says main): the limited broadcast from a local source or out of a given device, a link-local group out of a device, destination 0.0.0.0, an on-link guess for a device with no route, a limited broadcast or a joined group arriving on a device; and the same forms for routes that were looked up.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip -d route get 255.255.255.255 from 10.0.0.1
  broadcast 255.255.255.255 from 10.0.0.1 dev a0 uid 0 
      cache <local,brd> 
  $ ip -d route get 255.255.255.255 oif a0
  broadcast 255.255.255.255 dev a0 src 10.0.0.1 uid 0 
      cache <local,brd> 
  $ ip -j route get 255.255.255.255 from 10.0.0.1
  [{"type":"broadcast","dst":"255.255.255.255","from":"10.0.0.1","dev":"a0","flags":[],"uid":0,"cache":["local","brd"]}]
  $ ip -d route get 224.0.0.5 oif a0
  multicast 224.0.0.5 dev a0 src 10.0.0.1 rt_offload_failed uid 0 
      cache <mc> 
  $ ip -d route get 239.1.1.1 oif a0
  multicast 239.1.1.1 dev a0 src 10.0.0.1 rt_offload_failed uid 0 
      cache <mc> 
  $ ip -d route get 224.0.0.5 from 10.0.0.1
  multicast 224.0.0.5 from 10.0.0.1 dev a0 rt_offload_failed uid 0 
      cache <mc> 
  $ ip -d route get 0.0.0.0
  local 0.0.0.0 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip -d route get 0.0.0.0 from 10.0.0.1
  local 0.0.0.0 from 10.0.0.1 dev lo uid 0 
      cache <local> 
  $ ip -d route get 192.0.2.1 oif a0
  unicast 192.0.2.1 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip -j -d route get 192.0.2.1 oif a0
  [{"type":"unicast","dst":"192.0.2.1","dev":"a0","prefsrc":"10.0.0.1","flags":[],"uid":0,"cache":[]}]
  $ ip -d route get 10.0.0.2
  unicast 10.0.0.2 dev a0 table main src 10.0.0.1 uid 0 
      cache 
  $ ip -d route get 10.0.0.255
  broadcast 10.0.0.255 dev a0 table main src 10.0.0.1 uid 0 
      cache <local,brd> 
  $ ip -d route get 10.0.0.1
  local 10.0.0.1 dev lo table main src 10.0.0.1 uid 0 
      cache <local> 
  $ ip -d route get 10.0.0.2 oif a0
  unicast 10.0.0.2 dev a0 table main src 10.0.0.1 uid 0 
      cache 
  $ ip -d route get 255.255.255.255 from 10.0.0.2 iif a0
  broadcast 255.255.255.255 from 10.0.0.2 dev lo 
      cache <local,brd> iif a0 
  $ ip -j route get 255.255.255.255 from 10.0.0.2 iif a0
  [{"type":"broadcast","dst":"255.255.255.255","from":"10.0.0.2","dev":"lo","flags":[],"cache":["local","brd"],"iif":"a0"}]
  $ ip -d route get 224.0.0.1 from 10.0.0.2 iif a0
  multicast 224.0.0.1 from 10.0.0.2 dev lo rt_offload_failed 
      cache <local,mc> iif a0 
  $ ip -d route get 10.0.0.255 from 10.0.0.2 iif a0
  broadcast 10.0.0.255 from 10.0.0.2 dev lo table main 
      cache <local,brd> iif a0 
  $ ip -d route get 10.0.0.1 from 10.0.0.2 iif a0
  local 10.0.0.1 from 10.0.0.2 dev lo table main 
      cache <local> iif a0 
  $ ip -d -o route get 255.255.255.255 from 10.0.0.1
  broadcast 255.255.255.255 from 10.0.0.1 dev a0 uid 0 \    cache <local,brd> 
  $ ip route add default via 10.0.0.2 table 7
  $ ip rule add from 10.0.0.1 lookup 7
  $ ip -d route get 255.255.255.255 from 10.0.0.1
  broadcast 255.255.255.255 from 10.0.0.1 dev a0 uid 0 
      cache <local,brd> 
  $ ip -d route get 198.51.100.1 from 10.0.0.1
  unicast 198.51.100.1 from 10.0.0.1 via 10.0.0.2 dev a0 table 7 uid 0 
      cache 
  $ ip -d route get 255.255.255.255 from 10.0.0.1 oif a0
  broadcast 255.255.255.255 from 10.0.0.1 dev a0 uid 0 
      cache <local,brd> 
  $ ip -d route get 198.51.100.1 from 10.0.0.1 oif a0
  unicast 198.51.100.1 from 10.0.0.1 via 10.0.0.2 dev a0 table 7 uid 0 
      cache 
