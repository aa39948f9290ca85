IPv6 conf all/default/DEV: all.forwarding, all.disable_ipv6, all.ignore_routes_with_linkdown and all.addr_gen_mode are copied into default and every device; other all knobs and every default write stay where written (no copy to devices made earlier, unlike IPv4); a new device copies default; ip -6 netconf and the device's addresses follow.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 up; ip link set b0 up
  $ for k in forwarding disable_ipv6 ignore_routes_with_linkdown addr_gen_mode accept_ra hop_limit proxy_ndp disable_policy; do sysctl net.ipv6.conf.all.$k net.ipv6.conf.default.$k net.ipv6.conf.a0.$k net.ipv6.conf.lo.$k | tr '\n' ' '; echo; done
  net.ipv6.conf.all.forwarding = 0 net.ipv6.conf.default.forwarding = 0 net.ipv6.conf.a0.forwarding = 0 net.ipv6.conf.lo.forwarding = 0 
  net.ipv6.conf.all.disable_ipv6 = 0 net.ipv6.conf.default.disable_ipv6 = 0 net.ipv6.conf.a0.disable_ipv6 = 0 net.ipv6.conf.lo.disable_ipv6 = 0 
  net.ipv6.conf.all.ignore_routes_with_linkdown = 0 net.ipv6.conf.default.ignore_routes_with_linkdown = 0 net.ipv6.conf.a0.ignore_routes_with_linkdown = 0 net.ipv6.conf.lo.ignore_routes_with_linkdown = 0 
  net.ipv6.conf.all.addr_gen_mode = 0 net.ipv6.conf.default.addr_gen_mode = 0 net.ipv6.conf.a0.addr_gen_mode = 0 net.ipv6.conf.lo.addr_gen_mode = 0 
  net.ipv6.conf.all.accept_ra = 1 net.ipv6.conf.default.accept_ra = 1 net.ipv6.conf.a0.accept_ra = 1 net.ipv6.conf.lo.accept_ra = 1 
  net.ipv6.conf.all.hop_limit = 64 net.ipv6.conf.default.hop_limit = 64 net.ipv6.conf.a0.hop_limit = 64 net.ipv6.conf.lo.hop_limit = 64 
  net.ipv6.conf.all.proxy_ndp = 0 net.ipv6.conf.default.proxy_ndp = 0 net.ipv6.conf.a0.proxy_ndp = 0 net.ipv6.conf.lo.proxy_ndp = 0 
  net.ipv6.conf.all.disable_policy = 0 net.ipv6.conf.default.disable_policy = 0 net.ipv6.conf.a0.disable_policy = 0 net.ipv6.conf.lo.disable_policy = 0 
  $ sysctl -w net.ipv6.conf.default.accept_ra=2 net.ipv6.conf.default.hop_limit=9 net.ipv6.conf.default.forwarding=1
  net.ipv6.conf.default.accept_ra = 2
  net.ipv6.conf.default.hop_limit = 9
  net.ipv6.conf.default.forwarding = 1
  $ sysctl net.ipv6.conf.a0.accept_ra net.ipv6.conf.a0.hop_limit net.ipv6.conf.a0.forwarding net.ipv6.conf.all.forwarding
  net.ipv6.conf.a0.accept_ra = 1
  net.ipv6.conf.a0.hop_limit = 64
  net.ipv6.conf.a0.forwarding = 0
  net.ipv6.conf.all.forwarding = 0
  $ sysctl -w net.ipv6.conf.all.accept_ra=0 net.ipv6.conf.all.hop_limit=7 net.ipv6.conf.all.proxy_ndp=1
  net.ipv6.conf.all.accept_ra = 0
  net.ipv6.conf.all.hop_limit = 7
  net.ipv6.conf.all.proxy_ndp = 1
  $ sysctl net.ipv6.conf.a0.accept_ra net.ipv6.conf.a0.hop_limit net.ipv6.conf.default.hop_limit net.ipv6.conf.a0.proxy_ndp
  net.ipv6.conf.a0.accept_ra = 1
  net.ipv6.conf.a0.hop_limit = 64
  net.ipv6.conf.default.hop_limit = 9
  net.ipv6.conf.a0.proxy_ndp = 0
  $ sysctl -w net.ipv6.conf.all.forwarding=1
  net.ipv6.conf.all.forwarding = 1
  $ sysctl net.ipv6.conf.default.forwarding net.ipv6.conf.a0.forwarding net.ipv6.conf.b0.forwarding net.ipv6.conf.lo.forwarding net.ipv6.conf.all.accept_ra
  net.ipv6.conf.default.forwarding = 1
  net.ipv6.conf.a0.forwarding = 1
  net.ipv6.conf.b0.forwarding = 1
  net.ipv6.conf.lo.forwarding = 1
  net.ipv6.conf.all.accept_ra = 0
  $ sysctl -w net.ipv6.conf.b0.forwarding=0; sysctl -w net.ipv6.conf.default.forwarding=0
  net.ipv6.conf.b0.forwarding = 0
  net.ipv6.conf.default.forwarding = 0
  $ ip -6 netconf
  inet6 lo forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding on proxy_neigh on ignore_routes_with_linkdown off 
  inet6 default forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ sysctl -w net.ipv6.conf.all.forwarding=0; ip -6 netconf show dev b0
  net.ipv6.conf.all.forwarding = 0
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ sysctl -w net.ipv6.conf.all.ignore_routes_with_linkdown=1
  net.ipv6.conf.all.ignore_routes_with_linkdown = 1
  $ sysctl net.ipv6.conf.default.ignore_routes_with_linkdown net.ipv6.conf.a0.ignore_routes_with_linkdown net.ipv6.conf.lo.ignore_routes_with_linkdown
  net.ipv6.conf.default.ignore_routes_with_linkdown = 1
  net.ipv6.conf.a0.ignore_routes_with_linkdown = 1
  net.ipv6.conf.lo.ignore_routes_with_linkdown = 1
  $ sysctl -w net.ipv6.conf.a0.ignore_routes_with_linkdown=0; ip -6 netconf show dev a0
  net.ipv6.conf.a0.ignore_routes_with_linkdown = 0
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ sysctl -w net.ipv6.conf.all.addr_gen_mode=1
  net.ipv6.conf.all.addr_gen_mode = 1
  $ sysctl net.ipv6.conf.default.addr_gen_mode net.ipv6.conf.a0.addr_gen_mode net.ipv6.conf.lo.addr_gen_mode
  net.ipv6.conf.default.addr_gen_mode = 1
  net.ipv6.conf.a0.addr_gen_mode = 1
  net.ipv6.conf.lo.addr_gen_mode = 1
  $ ip -d link show a0 | grep -o 'addrgenmode [a-z_]*'
  addrgenmode none
  $ sysctl -w net.ipv6.conf.all.disable_policy=1
  net.ipv6.conf.all.disable_policy = 1
  $ sysctl net.ipv6.conf.default.disable_policy net.ipv6.conf.a0.disable_policy
  net.ipv6.conf.default.disable_policy = 0
  net.ipv6.conf.a0.disable_policy = 0
  $ ip link add c0 address 02:00:00:00:00:03 type veth peer name d0 address 02:00:00:00:00:04
  $ for k in forwarding accept_ra hop_limit ignore_routes_with_linkdown addr_gen_mode disable_policy proxy_ndp; do sysctl -n net.ipv6.conf.c0.$k | tr '\n' ' '; done; echo
  0 2 9 1 1 0 0 
  $ sysctl -w net.ipv6.conf.all.disable_ipv6=1
  net.ipv6.conf.all.disable_ipv6 = 1
  $ sysctl net.ipv6.conf.default.disable_ipv6 net.ipv6.conf.a0.disable_ipv6 net.ipv6.conf.c0.disable_ipv6 net.ipv6.conf.lo.disable_ipv6
  net.ipv6.conf.default.disable_ipv6 = 1
  net.ipv6.conf.a0.disable_ipv6 = 1
  net.ipv6.conf.c0.disable_ipv6 = 1
  net.ipv6.conf.lo.disable_ipv6 = 1
  $ ip -6 addr show; ip -6 route show
  $ sysctl -w net.ipv6.conf.a0.disable_ipv6=0; sleep 2; ip -6 addr show dev a0 | grep inet6
  net.ipv6.conf.a0.disable_ipv6 = 0
  [1]
  $ sysctl -w net.ipv6.conf.default.disable_ipv6=0
  net.ipv6.conf.default.disable_ipv6 = 0
  $ sysctl net.ipv6.conf.b0.disable_ipv6 net.ipv6.conf.c0.disable_ipv6
  net.ipv6.conf.b0.disable_ipv6 = 1
  net.ipv6.conf.c0.disable_ipv6 = 1
  $ ip link add e0 address 02:00:00:00:00:05 type veth peer name f0 address 02:00:00:00:00:06
  $ sysctl net.ipv6.conf.e0.disable_ipv6 net.ipv6.conf.e0.addr_gen_mode
  net.ipv6.conf.e0.disable_ipv6 = 0
  net.ipv6.conf.e0.addr_gen_mode = 1
  $ sysctl -w net.ipv6.conf.all.disable_ipv6=0
  net.ipv6.conf.all.disable_ipv6 = 0
  $ sysctl net.ipv6.conf.b0.disable_ipv6 net.ipv6.conf.c0.disable_ipv6 net.ipv6.conf.lo.disable_ipv6 net.ipv6.conf.default.disable_ipv6
  net.ipv6.conf.b0.disable_ipv6 = 0
  net.ipv6.conf.c0.disable_ipv6 = 0
  net.ipv6.conf.lo.disable_ipv6 = 0
  net.ipv6.conf.default.disable_ipv6 = 0
  $ ip -6 addr show dev lo
  $ ip -6 netconf show dev lo
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown on 
  $ ip -6 monitor netconf > mon 2>&1 & sleep 0.3
  $ sysctl -qw net.ipv6.conf.all.ignore_routes_with_linkdown=0; sleep 0.1; sysctl -qw net.ipv6.conf.default.ignore_routes_with_linkdown=1; sleep 0.1; sysctl -qw net.ipv6.conf.c0.ignore_routes_with_linkdown=1; sleep 0.1
  $ sysctl -qw net.ipv6.conf.all.ignore_routes_with_linkdown=1; sleep 0.1; sysctl -qw net.ipv6.conf.all.ignore_routes_with_linkdown=1; sleep 0.1; sysctl -qw net.ipv6.conf.default.ignore_routes_with_linkdown=1; sleep 0.1
  $ kill %1; sleep 0.2; cat mon
  inet6 lo ignore_routes_with_linkdown off 
  inet6 b0 ignore_routes_with_linkdown off 
  inet6 d0 ignore_routes_with_linkdown off 
  inet6 c0 ignore_routes_with_linkdown off 
  inet6 f0 ignore_routes_with_linkdown off 
  inet6 e0 ignore_routes_with_linkdown off 
  inet6 all ignore_routes_with_linkdown off 
  inet6 default ignore_routes_with_linkdown on 
  inet6 c0 ignore_routes_with_linkdown on 
  inet6 lo ignore_routes_with_linkdown on 
  inet6 b0 ignore_routes_with_linkdown on 
  inet6 a0 ignore_routes_with_linkdown on 
  inet6 d0 ignore_routes_with_linkdown on 
  inet6 f0 ignore_routes_with_linkdown on 
  inet6 e0 ignore_routes_with_linkdown on 
  inet6 all ignore_routes_with_linkdown on 
  $ sysctl net.ipv6.conf.default.ignore_routes_with_linkdown net.ipv6.conf.c0.ignore_routes_with_linkdown net.ipv6.conf.e0.ignore_routes_with_linkdown
  net.ipv6.conf.default.ignore_routes_with_linkdown = 1
  net.ipv6.conf.c0.ignore_routes_with_linkdown = 1
  net.ipv6.conf.e0.ignore_routes_with_linkdown = 1
