What empties the IPv6 neighbour table besides down: arp off/on (a NOARP flip: neigh_changeaddr on NETDEV_CHANGE), a new MAC (NETDEV_CHANGEADDR), an MTU below 1280 (the inet6_dev goes: no nd_parms, no net.ipv6.neigh.DEV), and disable_ipv6; the ARP entries beside them follow their own rules.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ sysctl -qw net.ipv6.conf.b0.disable_ipv6=1
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:22 dev a0 nud stale
  $ ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:33 dev a0
  $ ip -6 neigh add 2001:db8::2 lladdr 02:00:00:00:00:22 dev a0 nud stale
  $ ip -6 neigh add 2001:db8::3 lladdr 02:00:00:00:00:33 dev a0
  $ ip neigh show nud all | grep -v ff02 | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:22 STALE 
  10.0.0.3 dev a0 lladdr 02:00:00:00:00:33 PERMANENT 
  2001:db8::2 dev a0 lladdr 02:00:00:00:00:22 STALE 
  2001:db8::3 dev a0 lladdr 02:00:00:00:00:33 PERMANENT 
  $ ip link set a0 arp off
  $ ip neigh show nud all | grep -v ff02 | sort
  $ ip link set a0 arp on
  $ ip -6 neigh add 2001:db8::2 lladdr 02:00:00:00:00:22 dev a0 nud stale
  $ ip -6 neigh add 2001:db8::3 lladdr 02:00:00:00:00:33 dev a0
  $ ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:33 dev a0
  $ ip link set a0 address 02:00:00:00:00:99
  $ ip neigh show nud all | grep -v ff02 | sort
  $ ip -6 neigh add 2001:db8::3 lladdr 02:00:00:00:00:33 dev a0
  $ ip link set a0 mtu 1200
  $ ip -6 neigh show nud all | sort
  $ sysctl net.ipv6.neigh.a0.unres_qlen
  sysctl: cannot stat /proc/sys/net/ipv6/neigh/a0/unres_qlen: No such file or directory
  [1]
  $ ip -6 neigh add 2001:db8::3 lladdr 02:00:00:00:00:33 dev a0
  Error: IPv6 is disabled on this device.
  [2]
  $ ip link set a0 mtu 1500
  $ sysctl net.ipv6.neigh.a0.unres_qlen
  net.ipv6.neigh.a0.unres_qlen = 101
  $ ip -6 neigh add 2001:db8::3 lladdr 02:00:00:00:00:33 dev a0
  $ ip -6 neigh show nud permanent
  2001:db8::3 dev a0 lladdr 02:00:00:00:00:33 PERMANENT 
  $ sysctl -qw net.ipv6.conf.a0.disable_ipv6=1
  $ ip -6 neigh show nud all | sort
  $ ip -6 neigh add 2001:db8::3 lladdr 02:00:00:00:00:33 dev a0
  Error: IPv6 is disabled on this device.
  [2]
  $ sysctl -qw net.ipv6.conf.a0.disable_ipv6=0
  $ ip -6 neigh add 2001:db8::3 lladdr 02:00:00:00:00:33 dev a0
  $ ip -6 neigh show nud permanent
  2001:db8::3 dev a0 lladdr 02:00:00:00:00:33 PERMANENT 
