ip addr show link filters (type, master, nomaster) with -4/-6/-0 and -o: rtnl_linkdump_req_filter_fn() sends them to the kernel only for AF_UNSPEC/AF_PACKET dumps, and -o skips print_linkinfo(), so after -4 -o they select nothing; -j leaves {} for a rejected link.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip link add br0 type bridge; ip link set y0 master br0
  $ ip addr add 10.0.0.1/24 dev x0; ip addr add 10.0.6.1/24 dev br0
  $ ip -4 addr show type veth
  3: x0@y0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default qlen 1000
      inet 10.0.0.1/24 scope global x0
         valid_lft forever preferred_lft forever
  $ ip -4 -o addr show type veth
  3: x0    inet 10.0.0.1/24 scope global x0\       valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0\       valid_lft forever preferred_lft forever
  $ ip -o addr show type veth
  3: x0    inet 10.0.0.1/24 scope global x0\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show type bridge
  3: x0    inet 10.0.0.1/24 scope global x0\       valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show master br0
  3: x0    inet 10.0.0.1/24 scope global x0\       valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show
  3: x0    inet 10.0.0.1/24 scope global x0\       valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0\       valid_lft forever preferred_lft forever
  $ ip -o -4 addr show type veth
  3: x0    inet 10.0.0.1/24 scope global x0\       valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show up
  $ ip -4 -o addr show type veth dev x0
  3: x0    inet 10.0.0.1/24 scope global x0\       valid_lft forever preferred_lft forever
  $ ip -4 -br addr show type veth
  x0@y0            DOWN           10.0.0.1/24 
  $ ip -4 -j addr show type veth
  [{"ifindex":3,"link":"y0","ifname":"x0","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.0.0.1","prefixlen":24,"scope":"global","label":"x0","valid_life_time":4294967295,"preferred_life_time":4294967295}]},{}]
  $ ip -4 -o link show type veth
  2: y0@x0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: x0@y0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip -o link show type veth
  2: y0@x0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: x0@y0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip -4 addr show master br0
  $ ip -4 addr show nomaster
  3: x0@y0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default qlen 1000
      inet 10.0.0.1/24 scope global x0
         valid_lft forever preferred_lft forever
  4: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default qlen 1000
      inet 10.0.6.1/24 scope global br0
         valid_lft forever preferred_lft forever
  $ ip -4 -o addr show nomaster
  3: x0    inet 10.0.0.1/24 scope global x0\       valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0\       valid_lft forever preferred_lft forever
  $ ip -o addr show to 10.0.0.0/8 type veth
  3: x0    inet 10.0.0.1/24 scope global x0\       valid_lft forever preferred_lft forever
  $ ip -o addr show to 10.0.0.0/8 master br0
  $ ip -6 -o addr show type bridge
  $ ip -0 -o addr show type bridge
  4: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default qlen 1000\    link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  $ ip -4 -o addr flush type bridge; ip -o -4 addr
