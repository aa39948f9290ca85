Input route lookups (ip route get DST from SRC iif r0) over a matrix of martian and ordinary sources and destinations on a router, under several source-validation settings: every answer of ip_route_input_slow() (local, broadcast, multicast, unicast forwarded, unreachable, the EINVAL/EXDEV refusals) in one loop per setting.
  $ ip link add r0 address 02:00:00:00:01:01 type veth peer name a0 address 02:00:00:00:00:01
  $ ip link add r1 address 02:00:00:00:01:02 type veth peer name b0 address 02:00:00:00:00:02
  $ for d in lo r0 r1 a0 b0; do ip link set $d up; done
  $ ip addr add 10.0.0.254/24 dev r0; ip addr add 10.0.1.254/24 dev r1; ip addr add 10.255.0.1/32 dev lo
  $ ip route add 192.0.2.0/24 via 10.0.1.2; ip route add 198.51.100.0/24 via 10.0.0.1
  $ m() { for s in 0.0.0.0 127.0.0.1 224.0.0.5 255.255.255.255 240.0.0.1 0.1.2.3 10.0.0.254 10.0.1.254 10.255.0.1 10.0.0.255 10.0.1.2 10.0.0.1 192.0.2.7 198.51.100.9 169.254.1.1 10.0.0.0 203.0.113.1; do for d in 10.0.1.2 10.0.0.254 10.255.0.1 127.0.0.1 10.0.0.255 10.0.1.255 255.255.255.255 224.0.0.1 239.1.2.3 0.0.0.0 240.0.0.9 10.9.9.9 0.1.2.3 198.51.100.9; do echo "$s>$d $(ip route get $d from $s iif r0 2>&1 | tr -s ' \n' ' ')"; done; done | md5sum; }
  $ m
  ea8b0a6649b5b8fc061d2b612d6756e1  -
  $ sysctl -qw net.ipv4.ip_forward=1; m
  c987b9c0ea29771f52d0cde048613253  -
  $ sysctl -qw net.ipv4.conf.all.rp_filter=1; m
  4ad1590e6da80cb0ba31059613fc8909  -
  $ sysctl -qw net.ipv4.conf.all.rp_filter=2; m
  301af727f260078195a5979139d77561  -
  $ sysctl -qw net.ipv4.conf.r0.accept_local=1; m
  5eeef175fc0e6e5e0a9741d29f260957  -
  $ sysctl -qw net.ipv4.conf.r0.route_localnet=1; m
  dab5c30059401a127dfb74a83f153e3e  -
  $ sysctl -qw net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.all.bc_forwarding=1 net.ipv4.conf.r1.bc_forwarding=1; m
  7578fa6ce57e70e8fe9f5a6234963947  -
  $ ip route add local 10.77.0.0/24 dev lo; m
  7578fa6ce57e70e8fe9f5a6234963947  -
  $ sysctl -qw net.ipv4.conf.r0.accept_local=0 net.ipv4.conf.r0.route_localnet=0; m
  b645493116698b1dfa732ea2ada2657f  -
  $ sysctl -qw net.ipv4.ip_forward=0; m
  5f9c69622a5ff2c62c9fac9ca49a5700  -
  $ ip route add default via 10.0.1.2; sysctl -qw net.ipv4.ip_forward=1 net.ipv4.conf.all.rp_filter=1; m
  a8d30a8e24ca2a60694f9bac023fc1d9  -
