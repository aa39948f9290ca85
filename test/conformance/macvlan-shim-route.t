The macvlan shim a lab uses so a host reaches its own containers: the parent cannot talk to its macvlan children, a bridge-mode macvlan of the host with a /32 route can; source address selection, ARP on each side, ip route get, rp_filter on the shim, and the outside peer reaching both.
  $ ip netns add c1
  $ ip netns add ext
  $ for n in c1 ext; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add eth0 address 02:00:00:00:00:10 type veth peer name x0 netns ext address 02:00:00:00:00:20
  $ ip link add link eth0 name mvc address 02:00:00:00:00:31 type macvlan mode bridge
  $ ip link set mvc netns c1
  $ ip link set lo up; ip link set eth0 up; ip -n ext link set x0 up; ip -n c1 link set lo up; ip -n c1 link set mvc up
  $ ip addr add 10.0.0.1/24 dev eth0
  $ ip -n ext addr add 10.0.0.254/24 dev x0
  $ ip -n c1 addr add 10.0.0.50/24 dev mvc
  $ ip -n c1 route add default via 10.0.0.254
  $ ping -c 1 -W 1 10.0.0.50 | sed -n 2p
  $ ip neigh show 10.0.0.50
  10.0.0.50 dev eth0 INCOMPLETE 
  $ ip link add link eth0 name shim address 02:00:00:00:00:32 type macvlan mode bridge
  $ ip addr add 10.0.0.2/32 dev shim
  $ ip link set shim up
  $ ip route add 10.0.0.50/32 dev shim
  $ ip route get 10.0.0.50
  10.0.0.50 dev shim src 10.0.0.2 uid 0 
      cache 
  $ ip neigh flush dev eth0
  $ ping -c 1 -W 1 10.0.0.50 | sed -n 2p
  64 bytes from 10.0.0.50: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip neigh show dev shim
  10.0.0.50 lladdr 02:00:00:00:00:31 REACHABLE 
  $ ip -n c1 neigh show | sort
  10.0.0.2 dev mvc lladdr 02:00:00:00:00:32 DELAY 
  $ ip netns exec c1 ping -c 1 -W 1 10.0.0.2 | sed -n 2p
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec c1 ping -c 1 -W 1 10.0.0.1 | sed -n 2p
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip -n c1 route get 10.0.0.1
  10.0.0.1 dev mvc src 10.0.0.50 uid 0 
      cache 
  $ sysctl -qw net.ipv4.conf.all.rp_filter=1 net.ipv4.conf.shim.rp_filter=1 net.ipv4.conf.eth0.rp_filter=1
  $ ip netns exec c1 ping -c 1 -W 1 10.0.0.1 | sed -n 2p
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip route get 10.0.0.1 from 10.0.0.50 iif shim
  local 10.0.0.1 from 10.0.0.50 dev lo 
      cache <local> iif shim 
  $ ip netns exec ext ping -c 1 -W 1 10.0.0.50 | sed -n 2p
  64 bytes from 10.0.0.50: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec ext ping -c 1 -W 1 10.0.0.2 | sed -n 2p
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip -n ext neigh show | sort
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:10 REACHABLE 
  10.0.0.50 dev x0 lladdr 02:00:00:00:00:31 REACHABLE 
  $ ip -s link show shim | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             574       8      0       0       0       3 
      TX:  bytes packets errors dropped carrier collsns           
             476       6      0       0       0       0 
  $ ip route del 10.0.0.50/32 dev shim
  $ ip route get 10.0.0.50
  10.0.0.50 dev eth0 src 10.0.0.1 uid 0 
      cache 
  $ ip link set shim down
  $ ip route show
  10.0.0.0/24 dev eth0 proto kernel scope link src 10.0.0.1 
