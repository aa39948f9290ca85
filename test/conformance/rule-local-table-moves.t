Moving the local table's rule: lookups without prio 0, local rule re-added at another priority, a rule before it that captures local traffic, and l3mdev/oif matches for locally generated packets.
  $ ip link add a0 type veth peer name b0
  $ for d in lo a0 b0; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add 40.0.0.0/8 via 10.0.0.2 table 20
  $ ip route add 10.0.0.1/32 via 10.0.0.2 table 20
  $ ip rule add prio 100 lookup local
  $ ip rule del prio 0
  $ ip rule show
  100:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule add prio 50 to 10.0.0.1 table 20
  $ ip route get 10.0.0.1
  10.0.0.1 via 10.0.0.2 dev a0 table 20 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 127.0.0.1
  local 127.0.0.1 dev lo table local src 127.0.0.1 uid 0 
      cache <local> 
  $ ip rule add prio 10 to 127.0.0.0/8 table 20
  $ ip route get 127.0.0.1
  local 127.0.0.1 dev lo table local src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get 10.0.0.255
  broadcast 10.0.0.255 dev a0 table local src 10.0.0.1 uid 0 
      cache <local,brd> 
  $ ip rule del prio 50
  $ ip rule del prio 10
  $ ip route get 10.0.0.1
  local 10.0.0.1 dev lo table local src 10.0.0.1 uid 0 
      cache <local> 
  $ ip rule add prio 0 lookup local
  $ ip rule show
  0:	from all lookup local
  100:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule del prio 0
  $ ip rule del prio 100
  $ ip route get 10.0.0.1
  10.0.0.1 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 127.0.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ping -c1 -W1 127.0.0.1
  ping: connect: Network is unreachable
  [2]
  $ ip rule add lookup local
  $ ip rule show
  32766:	from all lookup main
  32766:	from all lookup local
  32767:	from all lookup default
  $ ip route get 127.0.0.1
  local 127.0.0.1 dev lo table local src 127.0.0.1 uid 0 
      cache <local> 
