Random input-route checks 2: ip route get ... from ... iif under random routes and rp_filter/accept_local/route_localnet/forwarding/src_valid_mark settings (differential check against Linux).
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip route add 30.0.0.0/8 via 10.0.1.2
  $ ip route add 31.0.0.0/8 via 10.0.0.2
  $ ip route add 32.0.0.0/8 nexthop via 10.0.0.2 nexthop via 10.0.1.2
  $ ip route add 33.0.0.0/8 via 10.0.0.2 table 9
  $ ip rule add fwmark 9 table 9
  $ ip route add blackhole 34.0.0.0/8
  $ ip route add unreachable 35.0.0.0/8
  $ ip route add prohibit 36.0.0.0/8
  $ sysctl -qw net.ipv4.ip_forward=0
  $ sysctl -qw net.ipv4.conf.all.route_localnet=1
  $ for q in '10.0.1.255 from 35.1.1.1 iif lo' '127.0.0.1 from 36.1.1.1 iif lo mark 9' '255.255.255.255 from 224.0.0.1 iif lo' '10.0.0.255 from 10.0.0.255 iif lo tos 0x10' '30.2.2.2 from 0.0.0.0 iif a1' '255.255.255.255 from 35.1.1.1 iif lo mark 9' '10.0.0.1 from 127.0.0.1 iif a0 mark 9' '239.1.1.1 from 35.1.1.1 iif a1'; do echo "$q: $(eval ip route get $q 2>&1 | head -1)"; done
  10.0.1.255 from 35.1.1.1 iif lo: broadcast 10.0.1.255 from 35.1.1.1 dev lo table local 
  127.0.0.1 from 36.1.1.1 iif lo mark 9: local 127.0.0.1 from 36.1.1.1 dev lo table local mark 9 
  255.255.255.255 from 224.0.0.1 iif lo: RTNETLINK answers: Invalid argument
  10.0.0.255 from 10.0.0.255 iif lo tos 0x10: RTNETLINK answers: Invalid argument
  30.2.2.2 from 0.0.0.0 iif a1: RTNETLINK answers: Invalid argument
  255.255.255.255 from 35.1.1.1 iif lo mark 9: broadcast 255.255.255.255 from 35.1.1.1 dev lo mark 9 
  10.0.0.1 from 127.0.0.1 iif a0 mark 9: RTNETLINK answers: Invalid argument
  239.1.1.1 from 35.1.1.1 iif a1: RTNETLINK answers: Invalid argument
  $ sysctl -qw net.ipv4.conf.a1.route_localnet=1 net.ipv4.conf.default.rp_filter=2
  $ for q in '0.0.0.0 from 224.0.0.1 iif lo' '10.0.1.1 from 8.8.8.8 iif a1' '10.0.1.255 from 0.0.0.0 iif lo' '224.0.0.9 from 0.0.0.0 iif lo' '224.0.0.9 from 8.8.8.8 iif lo' '36.2.2.2 from 35.1.1.1 iif lo' '127.0.0.1 from 10.0.0.1 iif lo' '239.1.1.1 from 255.255.255.255 iif a1'; do echo "$q: $(eval ip route get $q 2>&1 | head -1)"; done
  0.0.0.0 from 224.0.0.1 iif lo: RTNETLINK answers: Invalid argument
  10.0.1.1 from 8.8.8.8 iif a1: local 10.0.1.1 from 8.8.8.8 dev lo table local 
  10.0.1.255 from 0.0.0.0 iif lo: RTNETLINK answers: Invalid argument
  224.0.0.9 from 0.0.0.0 iif lo: RTNETLINK answers: Invalid argument
  224.0.0.9 from 8.8.8.8 iif lo: RTNETLINK answers: Invalid argument
  36.2.2.2 from 35.1.1.1 iif lo: RTNETLINK answers: No route to host
  127.0.0.1 from 10.0.0.1 iif lo: RTNETLINK answers: Invalid argument
  239.1.1.1 from 255.255.255.255 iif a1: RTNETLINK answers: Invalid argument
  $ sysctl -qw net.ipv4.conf.all.log_martians=0 net.ipv4.conf.a1.accept_source_route=1
  $ for q in '30.2.2.2 from 36.1.1.1 iif lo mark 9' '30.2.2.2 from 10.0.1.9 iif lo' '31.2.2.2 from 34.1.1.1 iif a1' '8.8.8.8 from 31.1.1.1 iif a1' '30.2.2.2 from 0.0.0.0 iif a1 mark 9' '31.2.2.2 from 33.1.1.1 iif a0 mark 9' '30.2.2.2 from 0.0.0.0 iif a1 mark 9' '36.2.2.2 from 35.1.1.1 iif lo'; do echo "$q: $(eval ip route get $q 2>&1 | head -1)"; done
  30.2.2.2 from 36.1.1.1 iif lo mark 9: RTNETLINK answers: No route to host
  30.2.2.2 from 10.0.1.9 iif lo: RTNETLINK answers: No route to host
  31.2.2.2 from 34.1.1.1 iif a1: RTNETLINK answers: No route to host
  8.8.8.8 from 31.1.1.1 iif a1: RTNETLINK answers: No route to host
  30.2.2.2 from 0.0.0.0 iif a1 mark 9: RTNETLINK answers: Invalid argument
  31.2.2.2 from 33.1.1.1 iif a0 mark 9: RTNETLINK answers: No route to host
  30.2.2.2 from 0.0.0.0 iif a1 mark 9: RTNETLINK answers: Invalid argument
  36.2.2.2 from 35.1.1.1 iif lo: RTNETLINK answers: No route to host
  $ sysctl -qw net.ipv4.conf.a0.rp_filter=2
  $ for q in '30.2.2.2 from 30.1.1.1 iif a1' '36.2.2.2 from 33.1.1.1 iif a1 tos 0x10' '224.0.0.9 from 31.1.1.1 iif a1' '36.2.2.2 from 34.1.1.1 iif a1 tos 0x10' '35.2.2.2 from 127.0.0.1 iif a0 mark 9' '10.0.0.1 from 224.0.0.1 iif a1' '10.0.0.255 from 10.0.1.9 iif a1' '30.2.2.2 from 34.1.1.1 iif lo mark 9 tos 0x10'; do echo "$q: $(eval ip route get $q 2>&1 | head -1)"; done
  30.2.2.2 from 30.1.1.1 iif a1: RTNETLINK answers: No route to host
  36.2.2.2 from 33.1.1.1 iif a1 tos 0x10: RTNETLINK answers: No route to host
  224.0.0.9 from 31.1.1.1 iif a1: RTNETLINK answers: Invalid argument
  36.2.2.2 from 34.1.1.1 iif a1 tos 0x10: RTNETLINK answers: No route to host
  35.2.2.2 from 127.0.0.1 iif a0 mark 9: RTNETLINK answers: No route to host
  10.0.0.1 from 224.0.0.1 iif a1: RTNETLINK answers: Invalid argument
  10.0.0.255 from 10.0.1.9 iif a1: broadcast 10.0.0.255 from 10.0.1.9 dev lo table local 
  30.2.2.2 from 34.1.1.1 iif lo mark 9 tos 0x10: RTNETLINK answers: No route to host
  $ sysctl -qw net.ipv4.conf.a0.rp_filter=1
  $ for q in '224.0.0.9 from 10.0.0.9 iif lo' '30.2.2.2 from 10.0.0.9 iif a0 tos 0x10' '31.2.2.2 from 10.0.0.9 iif lo' '10.0.0.255 from 10.0.1.9 iif lo' '30.2.2.2 from 34.1.1.1 iif a0' '239.1.1.1 from 32.1.1.1 iif a0 mark 9 tos 0x10' '0.0.0.0 from 10.0.0.9 iif a0' '224.0.0.9 from 10.0.0.255 iif a1'; do echo "$q: $(eval ip route get $q 2>&1 | head -1)"; done
  224.0.0.9 from 10.0.0.9 iif lo: RTNETLINK answers: Invalid argument
  30.2.2.2 from 10.0.0.9 iif a0 tos 0x10: RTNETLINK answers: No route to host
  31.2.2.2 from 10.0.0.9 iif lo: RTNETLINK answers: No route to host
  10.0.0.255 from 10.0.1.9 iif lo: broadcast 10.0.0.255 from 10.0.1.9 dev lo table local 
  30.2.2.2 from 34.1.1.1 iif a0: RTNETLINK answers: No route to host
  239.1.1.1 from 32.1.1.1 iif a0 mark 9 tos 0x10: RTNETLINK answers: Invalid argument
  0.0.0.0 from 10.0.0.9 iif a0: RTNETLINK answers: Invalid argument
  224.0.0.9 from 10.0.0.255 iif a1: RTNETLINK answers: Invalid argument
  $ sysctl -qw net.ipv4.conf.a0.accept_source_route=1 net.ipv4.conf.default.route_localnet=0 net.ipv4.conf.all.src_valid_mark=1
  $ for q in '34.2.2.2 from 31.1.1.1 iif a1' '8.8.8.8 from 33.1.1.1 iif lo' '239.1.1.1 from 33.1.1.1 iif lo' '8.8.8.8 from 0.0.0.0 iif a1 mark 9' '31.2.2.2 from 33.1.1.1 iif a1 mark 9' '10.0.1.255 from 30.1.1.1 iif a1 mark 9' '224.0.0.9 from 36.1.1.1 iif lo tos 0x10' '30.2.2.2 from 0.0.0.0 iif a1 tos 0x10'; do echo "$q: $(eval ip route get $q 2>&1 | head -1)"; done
  34.2.2.2 from 31.1.1.1 iif a1: RTNETLINK answers: No route to host
  8.8.8.8 from 33.1.1.1 iif lo: RTNETLINK answers: No route to host
  239.1.1.1 from 33.1.1.1 iif lo: RTNETLINK answers: Invalid argument
  8.8.8.8 from 0.0.0.0 iif a1 mark 9: RTNETLINK answers: Invalid argument
  31.2.2.2 from 33.1.1.1 iif a1 mark 9: RTNETLINK answers: No route to host
  10.0.1.255 from 30.1.1.1 iif a1 mark 9: broadcast 10.0.1.255 from 30.1.1.1 dev lo table local mark 9 
  224.0.0.9 from 36.1.1.1 iif lo tos 0x10: RTNETLINK answers: Invalid argument
  30.2.2.2 from 0.0.0.0 iif a1 tos 0x10: RTNETLINK answers: Invalid argument
  $ nstat -az IpInAddrErrors IpInNoRoutes IpInDiscards IpInHdrErrors | tail -n +2
  IpInHdrErrors                   0                  0.0
  IpInAddrErrors                  0                  0.0
  IpInDiscards                    0                  0.0
