Rule evaluation: throw falls through, unreachable/prohibit in tables vs rules, goto skipping, suppress_prefixlength with default route, fwmark/mask, iif lo for local output, not.
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip route add default via 10.0.0.2
  $ ip route add default via 10.0.1.2 table 10
  $ ip route add throw 50.0.0.0/8 table 10
  $ ip route add 51.0.0.0/8 via 10.0.1.3 table 10
  $ ip route add prohibit 52.0.0.0/8 table 10
  $ ip rule add prio 100 table 10
  $ ip route get 50.1.1.1
  50.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 51.1.1.1
  51.1.1.1 via 10.0.1.3 dev a1 table 10 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 52.1.1.1
  RTNETLINK answers: Permission denied
  [2]
  $ ip route get 53.1.1.1
  53.1.1.1 via 10.0.1.2 dev a1 table 10 src 10.0.1.1 uid 0 
      cache 
  $ ip rule add prio 90 table 10 suppress_prefixlength 0
  $ ip route get 53.1.1.1
  53.1.1.1 via 10.0.1.2 dev a1 table 10 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 51.1.1.1
  51.1.1.1 via 10.0.1.3 dev a1 table 10 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 52.1.1.1
  RTNETLINK answers: Permission denied
  [2]
  $ ip rule del prio 90
  $ ip rule add prio 90 table 10 suppress_prefixlength 8
  $ ip route get 51.1.1.1
  51.1.1.1 via 10.0.1.3 dev a1 table 10 src 10.0.1.1 uid 0 
      cache 
  $ ip rule del prio 90
  $ ip rule add prio 80 iif lo table main
  $ ip route get 53.1.1.1
  53.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 53.1.1.1 from 10.0.0.9 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ ip rule del prio 80
  $ ip rule add prio 70 fwmark 0x100/0xf00 goto 32766
  $ ip route get 53.1.1.1 mark 0x1ff
  53.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 mark 0x1ff uid 0 
      cache 
  $ ip route get 53.1.1.1 mark 0x200
  53.1.1.1 via 10.0.1.2 dev a1 table 10 src 10.0.1.1 mark 0x200 uid 0 
      cache 
  $ ip rule add prio 60 not fwmark 0x1 table 10
  $ ip route get 53.1.1.1 mark 0x1
  53.1.1.1 via 10.0.1.2 dev a1 table 10 src 10.0.1.1 mark 1 uid 0 
      cache 
  $ ip route get 53.1.1.1 mark 0x3
  53.1.1.1 via 10.0.1.2 dev a1 table 10 src 10.0.1.1 mark 3 uid 0 
      cache 
  $ ip rule del prio 60
  $ ip rule add prio 50 goto 65
  $ ip rule add prio 65 to 53.0.0.0/8 table 10
  $ ip route get 53.1.1.1
  53.1.1.1 via 10.0.1.2 dev a1 table 10 src 10.0.1.1 uid 0 
      cache 
  $ ip rule show
  0:	from all lookup local
  50:	from all goto 65
  65:	from all to 53.0.0.0/8 lookup 10
  70:	from all fwmark 0x100/0xf00 goto 32766
  100:	from all lookup 10
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule del prio 65
  $ ip rule show
  0:	from all lookup local
  50:	from all goto 65 [unresolved]
  70:	from all fwmark 0x100/0xf00 goto 32766
  100:	from all lookup 10
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip route get 53.1.1.1
  53.1.1.1 via 10.0.1.2 dev a1 table 10 src 10.0.1.1 uid 0 
      cache 
  $ ip rule add prio 65 table main
  $ ip rule show
  0:	from all lookup local
  50:	from all goto 65
  65:	from all lookup main
  70:	from all fwmark 0x100/0xf00 goto 32766
  100:	from all lookup 10
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule add prio 40 table 99
  $ ip route get 53.1.1.1
  53.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip rule add prio 30 blackhole
  $ ip route get 53.1.1.1
  RTNETLINK answers: Invalid argument
  [2]
  $ ping -c1 -W1 53.1.1.1
  ping: connect: Invalid argument
  [2]
  $ ip rule del prio 30
  $ ip rule add prio 30 unreachable
  $ ping -c1 -W1 53.1.1.1
  ping: connect: Network is unreachable
  [2]
  $ ip rule del prio 30
  $ ip rule add prio 30 prohibit
  $ ping -c1 -W1 53.1.1.1
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  [2]
  $ ip route get 127.0.0.1
  local 127.0.0.1 dev lo table local src 127.0.0.1 uid 0 
      cache <local> 
  $ ip rule del prio 30
  $ ip rule del prio 0
  $ ip route get 10.0.0.1
  10.0.0.1 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ping -c1 -W1 10.0.0.1
  PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.
  
  --- 10.0.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
