Reverse-path lookups through unusual policy rules: uidrange 0-0 (the reverse and input lookups run with uid 0), suppress_prefixlength and suppress_ifgroup, goto and nop, rule actions unreachable/prohibit/blackhole (the reverse lookup fails: last_resort, refused only with rp_filter), not-rules and fwmark masks; ip route get iif on a router with strict and loose modes.
  $ ip netns add r
  $ ip link add r0 netns r address 02:00:00:00:01:01 type veth peer name a0 address 02:00:00:00:00:01
  $ ip link add r1 netns r address 02:00:00:00:01:02 type veth peer name b0 address 02:00:00:00:00:02
  $ for d in lo r0 r1; do ip -n r link set $d up; done; ip link set a0 up; ip link set b0 up
  $ ip -n r addr add 10.0.0.254/24 dev r0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n r addr add 10.255.0.1/32 dev lo
  $ ip -n r route add default via 10.0.1.2
  $ ip -n r route add 172.16.0.0/16 via 10.0.0.1 table 100
  $ g() { for m in 0 1 2; do ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=$m; echo "rp=$m $(ip -n r route get 10.255.0.1 from 172.16.0.9 iif r0 2>&1 | tr -s ' \n' ' ')"; done; }
  $ g
  rp=0 local 10.255.0.1 from 172.16.0.9 dev lo cache <local> iif r0 
  rp=1 RTNETLINK answers: Invalid argument 
  rp=2 local 10.255.0.1 from 172.16.0.9 dev lo cache <local> iif r0 
  $ ip -n r rule add uidrange 0-0 lookup 100 pref 100; g
  rp=0 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=1 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=2 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  $ ip -n r rule del pref 100; ip -n r rule add uidrange 1-100 lookup 100 pref 100; g
  rp=0 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=1 RTNETLINK answers: Invalid argument 
  rp=2 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  $ ip -n r rule del pref 100; ip -n r rule add lookup main suppress_prefixlength 0 pref 100; ip -n r rule add lookup 100 pref 110; g
  rp=0 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=1 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=2 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  $ ip -n r rule del pref 100; g
  rp=0 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=1 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=2 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  $ ip -n r rule del pref 110; ip -n r rule add goto 120 pref 100; ip -n r rule add lookup main pref 110; ip -n r rule add lookup 100 pref 120; g
  rp=0 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=1 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=2 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  $ ip -n r rule del pref 100; ip -n r rule add nop pref 100; g
  rp=0 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=1 RTNETLINK answers: Invalid argument 
  rp=2 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  $ ip -n r rule flush; ip -n r rule show
  0:	from all lookup local
  $ ip -n r rule add pref 0 lookup local; ip -n r rule add pref 32766 lookup main; ip -n r rule add pref 32767 lookup default
  $ ip -n r rule add to 172.16.0.0/16 unreachable pref 100; g
  rp=0 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=1 RTNETLINK answers: Invalid argument 
  rp=2 RTNETLINK answers: Invalid argument 
  $ ip -n r rule del pref 100; ip -n r rule add to 172.16.0.0/16 prohibit pref 100; g
  rp=0 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=1 RTNETLINK answers: Invalid argument 
  rp=2 RTNETLINK answers: Invalid argument 
  $ ip -n r rule del pref 100; ip -n r rule add to 172.16.0.0/16 blackhole pref 100; g
  rp=0 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=1 RTNETLINK answers: Invalid argument 
  rp=2 RTNETLINK answers: Invalid argument 
  $ ip -n r rule del pref 100; ip -n r rule add not to 172.16.0.0/16 lookup main pref 100; ip -n r rule add lookup 100 pref 110; g
  rp=0 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=1 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=2 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  $ ip -n r rule del pref 100; ip -n r rule del pref 110; ip -n r rule add from 10.255.0.1 lookup 100 pref 100; g
  rp=0 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=1 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=2 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  $ ip -n r rule del pref 100; ip -n r rule add to 10.255.0.1 lookup 100 pref 100; g
  rp=0 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=1 RTNETLINK answers: Invalid argument 
  rp=2 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  $ ip -n r rule del pref 100; ip -n r rule add fwmark 0x4/0x4 lookup 100 pref 100; g
  rp=0 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=1 RTNETLINK answers: Invalid argument 
  rp=2 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.src_valid_mark=1; for m in 0x4 0x5 0x3; do ip -n r route get 10.255.0.1 from 172.16.0.9 iif r0 mark $m 2>&1 | tr -s ' \n' ' '; echo; done
  local 10.255.0.1 from 172.16.0.9 dev lo table local mark 4 cache <local> iif r0 
  local 10.255.0.1 from 172.16.0.9 dev lo table local mark 5 cache <local> iif r0 
  local 10.255.0.1 from 172.16.0.9 dev lo table local mark 3 cache <local> iif r0 
  $ ip -n r rule del pref 100; ip -n r link set r0 group 5; ip -n r rule add lookup main suppress_ifgroup 5 pref 100; ip -n r rule add lookup 100 pref 110; g
  rp=0 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=1 RTNETLINK answers: Invalid argument 
  rp=2 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  $ ip -n r link set r1 group 5; g
  rp=0 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=1 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  rp=2 local 10.255.0.1 from 172.16.0.9 dev lo table local cache <local> iif r0 
  $ ip -n r rule show
  0:	from all lookup local
  0:	from all lookup local
  100:	from all lookup main suppress_ifgroup 5
  110:	from all lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
