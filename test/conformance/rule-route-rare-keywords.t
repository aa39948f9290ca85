Rare rule and route keywords: tun_id rules and their filter, nat/map-to ("route NAT is deprecated", kept as a masquerade action), type as an action word (unicast, blackhole, goto without a target, a number shown by its route type name), the dev/sup_pl/sup_group/order aliases and the words add does not take (dst, src, all), show filters iproute2 refuses; every route metric at once (shown in the kernel's order), expires and pref (IPv6 only, ignored), ttl-propagate, as to (MPLS only), via inet, locked metrics and time units.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip rule add tun_id 5 table 7
  $ ip rule add tun_id 0x10 table 7 pref 30
  $ ip rule show
  0:	from all lookup local
  30:	from all tun_id 16 lookup 7
  32765:	from all tun_id 5 lookup 7
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule show tun_id 5
  32765:	from all tun_id 5 lookup 7
  $ ip -j rule show tun_id 5
  [{"priority":32765,"src":"all","tun_id":5,"table":"7"}]
  $ ip rule del tun_id 5
  $ ip rule add nat 1.2.3.4 table 7
  Warning: route NAT is deprecated
  $ ip rule add from 1.2.3.4 map-to 5.6.7.8
  Warning: route NAT is deprecated
  $ ip rule add type nat table 7
  $ ip rule add type unicast table 7 pref 40
  $ ip rule add type blackhole pref 41
  $ ip rule add type goto pref 42
  Error: argument "pref" is wrong: invalid target
  [255]
  $ ip rule add type 5 pref 43
  $ ip rule add dev a0 table 7 pref 44
  $ ip rule add sup_pl 8 table 7 pref 45
  $ ip rule add sup_group 3 table 7 pref 46
  $ ip rule add order 47 table 7
  $ ip rule add dst 9.9.9.0/24 table 7 pref 48
  Error: argument "dst" is wrong: Failed to parse rule type
  [255]
  $ ip rule add src 9.9.8.0/24 table 7 pref 49
  Error: argument "src" is wrong: Failed to parse rule type
  [255]
  $ ip rule add all table 7 pref 50
  Error: argument "all" is wrong: Failed to parse rule type
  [255]
  $ ip rule show
  0:	from all lookup local
  27:	from all lookup 7 masquerade
  28:	from 1.2.3.4 lookup main masquerade
  29:	from all lookup 7 masquerade
  30:	from all tun_id 16 lookup 7
  40:	from all lookup 7
  41:	from all blackhole
  43:	from all multicast
  44:	from all iif a0 lookup 7
  45:	from all lookup 7 suppress_prefixlength 8
  46:	from all lookup 7 suppress_ifgroup 3
  47:	from all lookup 7
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule show all
  0:	from all lookup local
  27:	from all lookup 7 masquerade
  28:	from 1.2.3.4 lookup main masquerade
  29:	from all lookup 7 masquerade
  30:	from all tun_id 16 lookup 7
  40:	from all lookup 7
  41:	from all blackhole
  43:	from all multicast
  44:	from all iif a0 lookup 7
  45:	from all lookup 7 suppress_prefixlength 8
  46:	from all lookup 7 suppress_ifgroup 3
  47:	from all lookup 7
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule show dev a0
  44:	from all iif a0 lookup 7
  $ ip rule show nop
  Error: inet prefix is expected rather than "nop".
  [1]
  $ ip rule show type blackhole
  Error: inet prefix is expected rather than "type".
  [1]
  $ ip rule show table 7 pref 44
  44:	from all iif a0 lookup 7
  $ ip rule list lookup 7 | wc -l
  8
  $ ip rule del table 7; ip rule del table 7; ip rule del table 7; ip rule del table 7; ip rule del table 7; ip rule del table 7; ip rule del table 7; ip rule del table 7
  $ ip rule del pref 43; ip rule del pref 41; ip rule del pref 28; ip rule
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip route add 20.0.0.0/8 via 10.0.0.2 cwnd 10 initcwnd 5 initrwnd 6 window 1000 rtt 100ms rttvar 50ms ssthresh 20 reordering 4 hoplimit 30 quickack 1 rto_min 200ms fastopen_no_cookie 1 features ecn congctl reno advmss 1400 mtu 1300
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 via 10.0.0.2 dev a0 mtu 1300 window 1000 rtt 100ms rttvar 50ms ssthresh 20 cwnd 10 advmss 1400 reordering 4 hoplimit 30 initcwnd 5 features ecn rto_min lock 200ms initrwnd 6 quickack 1 congctl reno fastopen_no_cookie 1 
  $ ip -d route show 20.0.0.0/8
  unicast 20.0.0.0/8 via 10.0.0.2 dev a0 proto boot scope global mtu 1300 window 1000 rtt 100ms rttvar 50ms ssthresh 20 cwnd 10 advmss 1400 reordering 4 hoplimit 30 initcwnd 5 features ecn rto_min lock 200ms initrwnd 6 quickack 1 congctl reno fastopen_no_cookie 1 
  $ ip route get 20.1.1.1
  20.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache mtu 1300 window 1000 rtt 100ms rttvar 50ms ssthresh 20 cwnd 10 advmss 1400 reordering 4 hoplimit 30 initcwnd 5 features ecn rto_min lock 200ms initrwnd 6 quickack 1 congctl reno fastopen_no_cookie 1 
  $ ip route add 21.0.0.0/8 via 10.0.0.2 expires 100
  $ ip route add 22.0.0.0/8 via 10.0.0.2 pref high
  $ ip route add 23.0.0.0/8 via 10.0.0.2 ttl-propagate enabled
  $ ip route add 24.0.0.0/8 as to 1.2.3.4 via 10.0.0.2
  $ ip route add 25.0.0.0/8 via inet 10.0.0.2 dev a0
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 mtu 1300 window 1000 rtt 100ms rttvar 50ms ssthresh 20 cwnd 10 advmss 1400 reordering 4 hoplimit 30 initcwnd 5 features ecn rto_min lock 200ms initrwnd 6 quickack 1 congctl reno fastopen_no_cookie 1 
  21.0.0.0/8 via 10.0.0.2 dev a0 
  22.0.0.0/8 via 10.0.0.2 dev a0 
  23.0.0.0/8 via 10.0.0.2 dev a0 
  24.0.0.0/8 via 10.0.0.2 dev a0 
  25.0.0.0/8 via 10.0.0.2 dev a0 
  $ ip route add 27.0.0.0/8 via 10.0.0.2 mtu lock 1200 window lock 100 rtt lock 1s
  $ ip route show 27.0.0.0/8
  27.0.0.0/8 via 10.0.0.2 dev a0 mtu lock 1200 window lock 100 rtt lock 1s 
  $ ip route add 28.0.0.0/8 via 10.0.0.2 congctl lock cubic
  $ ip route show 28.0.0.0/8
  28.0.0.0/8 via 10.0.0.2 dev a0 congctl lock cubic 
  $ ip route add 29.0.0.0/8 via 10.0.0.2 rtt 3s rttvar 1.5s rto_min 0.5s
  $ ip route show 29.0.0.0/8
  29.0.0.0/8 via 10.0.0.2 dev a0 rtt 3s rttvar 1.5s rto_min lock 500ms 
  $ ip route get 29.0.0.1
  29.0.0.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache rtt 3s rttvar 1.5s rto_min lock 500ms 
