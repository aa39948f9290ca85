Rule actions and bookkeeping: goto to a preference not there yet ([unresolved]) then resolved and unresolved again, goto into duplicates, nop, flush by protocol, rules naming devices that come and go ([detached]), and route lookups through them.
  $ ip link add a0 type veth peer name b0
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add 10.9.0.0/16 via 10.0.0.9 table 100
  $ ip rule add pref 100 goto 200
  $ ip rule
  0:	from all lookup local
  100:	from all goto 200 [unresolved]
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip route get 10.9.1.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip rule add pref 200 lookup 100
  $ ip rule show pref 100
  100:	from all goto 200
  $ ip route get 10.9.1.1
  10.9.1.1 via 10.0.0.9 dev a0 table 100 src 10.0.0.1 uid 0 
      cache 
  $ ip rule add pref 200 nop
  $ ip rule del pref 200 lookup 100
  $ ip rule show pref 100
  100:	from all goto 200
  $ ip rule del pref 200
  $ ip rule show pref 100
  100:	from all goto 200 [unresolved]
  $ ip rule add pref 150 lookup 100 protocol static
  $ ip rule add pref 160 lookup 100 protocol boot
  $ ip rule add pref 170 lookup 100 protocol 99
  $ ip -d rule show pref 160
  160:	from all lookup 100 proto boot
  $ ip rule show pref 170
  170:	from all lookup 100 proto openr
  $ ip rule flush protocol static
  $ ip rule
  0:	from all lookup local
  100:	from all goto 200 [unresolved]
  160:	from all lookup 100 proto boot
  170:	from all lookup 100 proto openr
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule flush protocol 99
  $ ip rule
  0:	from all lookup local
  100:	from all goto 200 [unresolved]
  160:	from all lookup 100 proto boot
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule add pref 300 iif c0 lookup 100
  $ ip rule add pref 301 oif c0 lookup 100
  $ ip rule show pref 300
  300:	from all iif c0 [detached] lookup 100
  $ ip link add c0 type veth peer name c1
  $ ip rule show pref 300
  300:	from all iif c0 lookup 100
  $ ip rule show pref 301
  301:	from all oif c0 lookup 100
  $ ip link set c0 name c9
  $ ip rule show pref 301
  301:	from all oif c0 [detached] lookup 100
  $ ip link set c9 name c0
  $ ip rule show pref 301
  301:	from all oif c0 lookup 100
  $ ip link del c0
  $ ip rule show iif c0
  300:	from all iif c0 [detached] lookup 100
  $ ip rule del iif c0
  $ ip rule del oif c0
  $ ip rule flush
  $ ip rule
  0:	from all lookup local
