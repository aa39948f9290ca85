conf/default is copied into each device when its IPv4 state is made: veth peers made straight into another namespace take that namespace's default, macvlan, bridge and vxlan devices made after a change take it, earlier ones keep theirs, and a device moved between namespaces starts again from its new namespace's default (its own writes are lost).
  $ ip netns add x
  $ sysctl -qw net.ipv4.conf.default.rp_filter=2 net.ipv4.conf.default.arp_ignore=1 net.ipv4.conf.default.forwarding=1
  $ ip netns exec x sysctl -qw net.ipv4.conf.default.rp_filter=1 net.ipv4.conf.default.arp_announce=2
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name x0 netns x address 02:00:00:00:00:02
  $ sysctl net.ipv4.conf.h0.rp_filter net.ipv4.conf.h0.arp_ignore net.ipv4.conf.h0.forwarding net.ipv4.conf.h0.arp_announce
  net.ipv4.conf.h0.rp_filter = 2
  net.ipv4.conf.h0.arp_ignore = 1
  net.ipv4.conf.h0.forwarding = 1
  net.ipv4.conf.h0.arp_announce = 0
  $ ip netns exec x sysctl net.ipv4.conf.x0.rp_filter net.ipv4.conf.x0.arp_ignore net.ipv4.conf.x0.forwarding net.ipv4.conf.x0.arp_announce
  net.ipv4.conf.x0.rp_filter = 1
  net.ipv4.conf.x0.arp_ignore = 0
  net.ipv4.conf.x0.forwarding = 0
  net.ipv4.conf.x0.arp_announce = 2
  $ ip link add m0 link h0 address 02:00:00:00:00:03 type macvlan mode bridge
  $ ip link add br0 address 02:00:00:00:00:04 type bridge
  $ ip link add vx0 address 02:00:00:00:00:05 type vxlan id 5 dstport 4789 local 10.0.0.1
  $ sysctl -n net.ipv4.conf.m0.rp_filter net.ipv4.conf.br0.arp_ignore net.ipv4.conf.vx0.forwarding
  2
  1
  1
  $ sysctl -qw net.ipv4.conf.default.rp_filter=0 net.ipv4.conf.default.arp_ignore=2
  $ ip link add m1 link h0 address 02:00:00:00:00:06 type macvlan mode private
  $ sysctl -n net.ipv4.conf.m0.rp_filter net.ipv4.conf.m1.rp_filter net.ipv4.conf.m0.arp_ignore net.ipv4.conf.m1.arp_ignore net.ipv4.conf.br0.arp_ignore
  2
  0
  1
  2
  1
  $ sysctl -qw net.ipv4.conf.h0.arp_ignore=3 net.ipv4.conf.h0.proxy_arp=1
  $ ip link set h0 netns x
  $ ip netns exec x sysctl net.ipv4.conf.h0.rp_filter net.ipv4.conf.h0.arp_ignore net.ipv4.conf.h0.proxy_arp net.ipv4.conf.h0.arp_announce net.ipv4.conf.h0.forwarding
  net.ipv4.conf.h0.rp_filter = 1
  net.ipv4.conf.h0.arp_ignore = 0
  net.ipv4.conf.h0.proxy_arp = 0
  net.ipv4.conf.h0.arp_announce = 2
  net.ipv4.conf.h0.forwarding = 0
  $ sysctl -n net.ipv4.conf.m0.rp_filter
  2
  $ ip netns exec x sysctl -qw net.ipv4.conf.h0.arp_ignore=3
  $ ip netns add z; ip netns exec z sysctl -qw net.ipv4.conf.default.arp_ignore=5
  $ ip netns exec x ip link set h0 netns z
  $ ip netns exec z sysctl -n net.ipv4.conf.h0.arp_ignore net.ipv4.conf.h0.rp_filter net.ipv4.conf.h0.arp_announce
  5
  0
  0
  $ ip netns exec x ip link set x0 name y0
  $ ip netns exec x sysctl net.ipv4.conf.y0.rp_filter net.ipv4.conf.y0.arp_announce
  net.ipv4.conf.y0.rp_filter = 1
  net.ipv4.conf.y0.arp_announce = 2
  $ ip netns exec x sysctl -qw net.ipv4.conf.y0.arp_announce=1
  $ ip netns exec x ip link set y0 netns z
  $ ip -n z link set h0 netns x
  $ ip -n z link show | grep -c '@'
  1
  $ ip netns exec z sysctl net.ipv4.conf.y0.arp_announce net.ipv4.conf.y0.rp_filter net.ipv4.conf.y0.arp_ignore net.ipv4.conf.y0.forwarding
  net.ipv4.conf.y0.arp_announce = 0
  net.ipv4.conf.y0.rp_filter = 0
  net.ipv4.conf.y0.arp_ignore = 5
  net.ipv4.conf.y0.forwarding = 0
  $ ip netns exec x sysctl net.ipv4.conf.h0.arp_announce net.ipv4.conf.h0.rp_filter net.ipv4.conf.h0.arp_ignore
  net.ipv4.conf.h0.arp_announce = 2
  net.ipv4.conf.h0.rp_filter = 1
  net.ipv4.conf.h0.arp_ignore = 0
  $ sysctl -qw net.ipv4.conf.all.forwarding=0
  $ sysctl -n net.ipv4.conf.default.forwarding net.ipv4.conf.m1.forwarding net.ipv4.conf.br0.forwarding
  1
  1
  1
  $ ip link add br1 type bridge
  $ sysctl -n net.ipv4.conf.br1.forwarding net.ipv4.conf.br1.arp_ignore
  1
  2
  $ sysctl -qw net.ipv4.ip_forward=1
  $ sysctl -n net.ipv4.conf.default.forwarding net.ipv4.conf.br1.forwarding net.ipv4.conf.lo.forwarding
  1
  1
  1
  $ ip netns exec x sysctl -n net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding
  0
  0
