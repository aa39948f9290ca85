The source address a route gives (FIB_RES_PREFSRC: fib_info_update_nhc_saddr() -> inet_select_addr(dev, gateway, route scope)): the primary address in the gateway's subnet, else the device's first primary of fitting scope, never a secondary; link-scope addresses only for link-scope routes; without one on the device, another device's global address; the answer follows address changes.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.5.1/24 dev a0; ip addr add 10.0.5.7/24 dev a0
  $ ip route add 20.0.0.0/8 via 10.0.5.2; ip route add 21.0.0.0/8 via 10.0.0.2; ip route add 22.0.0.0/8 dev a0; ip route add 23.0.0.0/8 via 10.0.9.9 dev a0 onlink
  $ for d in 20 21 22 23; do ip route get $d.1.1.1 | head -1; done
  20.1.1.1 via 10.0.5.2 dev a0 src 10.0.5.1 uid 0 
  21.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  22.1.1.1 dev a0 src 10.0.0.1 uid 0 
  23.1.1.1 via 10.0.9.9 dev a0 src 10.0.0.1 uid 0 
  $ ip addr add 172.16.0.1/16 dev a1 scope link; ip addr add 192.168.9.1/24 dev lo
  $ ip route add 24.0.0.0/8 dev a1; ip route add 25.0.0.0/8 via 172.16.0.2; ip route add 26.0.0.0/8 dev a1 scope link
  $ for d in 24 25 26; do ip route get $d.1.1.1 2>&1 | head -1; done
  24.1.1.1 dev a1 src 172.16.0.1 uid 0 
  25.1.1.1 via 172.16.0.2 dev a1 src 192.168.9.1 uid 0 
  26.1.1.1 dev a1 src 172.16.0.1 uid 0 
  $ ip addr add 172.17.0.1/16 dev a1 scope host; ip route add 27.0.0.0/8 dev a1 scope host
  $ for d in 24 25 26 27; do ip route get $d.1.1.1 2>&1 | head -1; done
  24.1.1.1 dev a1 src 172.16.0.1 uid 0 
  25.1.1.1 via 172.16.0.2 dev a1 src 192.168.9.1 uid 0 
  26.1.1.1 dev a1 src 172.16.0.1 uid 0 
  27.1.1.1 dev a1 src 172.17.0.1 uid 0 
  $ ip addr add 172.18.0.1/16 dev a1
  $ for d in 24 25 26 27; do ip route get $d.1.1.1 2>&1 | head -1; done
  24.1.1.1 dev a1 src 172.16.0.1 uid 0 
  25.1.1.1 via 172.16.0.2 dev a1 src 172.18.0.1 uid 0 
  26.1.1.1 dev a1 src 172.16.0.1 uid 0 
  27.1.1.1 dev a1 src 172.17.0.1 uid 0 
  $ ip addr del 10.0.5.1/24 dev a0
  $ for d in 20 21 22 23; do ip route get $d.1.1.1 | head -1; done
  20.1.1.1 via 10.0.5.2 dev a0 src 10.0.0.1 uid 0 
  21.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  22.1.1.1 dev a0 src 10.0.0.1 uid 0 
  23.1.1.1 via 10.0.9.9 dev a0 src 10.0.0.1 uid 0 
  $ sysctl -qw net.ipv4.conf.a0.promote_secondaries=1; ip addr add 10.0.5.1/24 dev a0; ip addr add 10.0.5.8/24 dev a0; ip addr del 10.0.5.7/24 dev a0; ip addr del 10.0.5.1/24 dev a0
  Error: ipv4: Address not found.
  $ ip -4 addr show dev a0 | grep inet
      inet 10.0.0.1/24 scope global a0
      inet 10.0.5.8/24 scope global a0
  $ for d in 20 21 22 23; do ip route get $d.1.1.1 | head -1; done
  20.1.1.1 via 10.0.5.2 dev a0 src 10.0.5.8 uid 0 
  21.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  22.1.1.1 dev a0 src 10.0.0.1 uid 0 
  23.1.1.1 via 10.0.9.9 dev a0 src 10.0.0.1 uid 0 
  $ ip addr flush dev a0; ip addr add 10.0.0.1/24 dev a0; ip route add 28.0.0.0/8 dev a0
  $ ip route get 28.1.1.1 | head -1; ip route get 28.1.1.1 oif a0 | head -1
  28.1.1.1 dev a0 src 10.0.0.1 uid 0 
  28.1.1.1 dev a0 src 10.0.0.1 uid 0 
  $ ip addr del 192.168.9.1/24 dev lo; ip addr flush dev a0
  $ ip route add 29.0.0.0/8 dev a1 2>&1; ip route get 29.1.1.1 2>&1 | head -1
  29.1.1.1 dev a1 src 172.16.0.1 uid 0 
  $ ip addr flush dev a1; ip route add 30.0.0.0/8 dev a1; ip route get 30.1.1.1 2>&1 | head -1
  30.1.1.1 dev a1 uid 0 
  $ ip route get 30.1.1.1 from 127.0.0.1 2>&1 | head -1
  RTNETLINK answers: Invalid argument
