uids at their edges: a uidrange may end at 4294967294 but not take (uid_t)-1 (make_kuid() gives INVALID_UID, refused as an invalid range), iproute2 parses only decimal ranges while ip route get's uid takes 0x and 0 prefixes; a lookup for uid 4294967295 runs with INVALID_UID, which is above every range, and rt_fill_info() then omits RTA_UID, as for an input lookup without one; an input lookup with a uid reports it, but its policy lookup runs as the namespace's root (sock_net_uid()).
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip route add default via 10.0.0.2
  $ ip route add default via 10.0.0.3 table 10
  $ ip rule add uidrange 0-4294967295 table 10 pref 10
  Error: Invalid uid range.
  [2]
  $ ip rule add uidrange 4294967295 table 10 pref 10
  Error: argument "4294967295" is wrong: invalid UID range
  [255]
  $ ip rule add uidrange 4294967296 table 10 pref 12
  Error: argument "4294967296" is wrong: invalid UID range
  [255]
  $ ip rule add uidrange -1 table 10 pref 12
  Error: argument "-1" is wrong: invalid UID range
  [255]
  $ ip rule add uidrange 5-4 table 10 pref 12
  Error: Invalid uid range.
  [2]
  $ ip rule add uidrange 0x10-0x20 table 10 pref 12
  Error: argument "0x10-0x20" is wrong: invalid UID range
  [255]
  $ ip rule add uidrange 1000-4294967294 table 10 pref 11
  $ ip rule show
  0:	from all lookup local
  11:	from all uidrange 1000-4294967294 lookup 10
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -j rule show pref 11
  [{"priority":11,"src":"all","uid_start":1000,"uid_end":4294967294,"table":"10"}]
  $ for u in 0 999 1000 4294967294 4294967295; do ip route get 8.8.8.8 uid $u | head -1; done
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 999 
  8.8.8.8 via 10.0.0.3 dev a0 table 10 src 10.0.0.1 uid 1000 
  8.8.8.8 via 10.0.0.3 dev a0 table 10 src 10.0.0.1 uid 4294967294 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 
  $ ip -j route get 8.8.8.8 uid 4294967295
  [{"dst":"8.8.8.8","gateway":"10.0.0.2","dev":"a0","prefsrc":"10.0.0.1","flags":[],"cache":[]}]
  $ ip -j route get 8.8.8.8 uid 4294967294
  [{"dst":"8.8.8.8","gateway":"10.0.0.3","dev":"a0","table":"10","prefsrc":"10.0.0.1","flags":[],"uid":4294967294,"cache":[]}]
  $ ip route get 8.8.8.8 uid 0x3e8
  8.8.8.8 via 10.0.0.3 dev a0 table 10 src 10.0.0.1 uid 1000 
      cache 
  $ ip route get 8.8.8.8 uid 01750
  8.8.8.8 via 10.0.0.3 dev a0 table 10 src 10.0.0.1 uid 1000 
      cache 
  $ ip route get 8.8.8.8 uid 4294967296
  Error: argument "4294967296" is wrong: invalid UID
  [255]
  $ ip route get 8.8.8.8 fibmatch uid 4294967295
  default via 10.0.0.2 dev a0 
  $ ip route get 8.8.8.8 from 10.0.0.9 iif a0 uid 4294967295
  8.8.8.8 from 10.0.0.9 via 10.0.0.2 dev a0 
      cache <redirect> iif a0 
  $ ip route get 8.8.8.8 from 10.0.0.9 iif a0 uid 5000
  8.8.8.8 from 10.0.0.9 via 10.0.0.2 dev a0 uid 5000 
      cache <redirect> iif a0 
  $ ip route get 8.8.8.8 from 10.0.0.9 iif a0
  8.8.8.8 from 10.0.0.9 via 10.0.0.2 dev a0 
      cache <redirect> iif a0 
  $ ip rule del uidrange 1000-4294967294
  $ ip rule add uidrange 0-0 table 10 pref 11
  $ ip route get 8.8.8.8
  8.8.8.8 via 10.0.0.3 dev a0 table 10 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 8.8.8.8 uid 1
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 1 
      cache 
  $ ip route get 8.8.8.8 uid 4294967295
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 
      cache 
  $ ip route get 8.8.8.8 from 10.0.0.9 iif a0
  8.8.8.8 from 10.0.0.9 via 10.0.0.3 dev a0 table 10 
      cache iif a0 
  $ ip route get 8.8.8.8 from 10.0.0.9 iif a0 uid 7
  8.8.8.8 from 10.0.0.9 via 10.0.0.3 dev a0 table 10 uid 7 
      cache iif a0 
  $ ip -j route get 8.8.8.8 from 10.0.0.9 iif a0 uid 4294967295
  [{"dst":"8.8.8.8","from":"10.0.0.9","gateway":"10.0.0.3","dev":"a0","table":"10","flags":[],"cache":[],"iif":"a0"}]
