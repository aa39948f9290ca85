IPv6 (S, G) entries added by hand (`bridge mdb add ... grp ff0e::1 src 2001:db8::1`) in MLDv1 and MLDv2 mode, a (*, G) EXCLUDE port joining them (added_by_star_ex in MLDv2 mode only), the source checks (multicast, an IPv4 source for an IPv6 group, :: as the (*, G)), vid and deletion.
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 address 02:00:00:00:01:02
  $ ip link add p2 address 02:00:00:00:02:01 type veth peer name e2 address 02:00:00:00:02:02
  $ ip link set p1 master br0; ip link set p2 master br0
  $ ip link set br0 up; ip link set p1 up; ip link set p2 up; ip link set e1 up; ip link set e2 up
  $ bridge mdb add dev br0 port p1 grp ff0e::1 src 2001:db8::1 permanent
  $ bridge mdb add dev br0 port p2 grp ff0e::1 permanent
  $ bridge -d mdb show | sort
  dev br0 port p1 grp ff0e::1 src 2001:db8::1 permanent proto static 
  dev br0 port p2 grp ff0e::1 permanent proto static 
  $ ip link set br0 type bridge mcast_mld_version 2
  $ bridge -d mdb show | sort
  dev br0 port p1 grp ff0e::1 src 2001:db8::1 permanent filter_mode include proto static 
  dev br0 port p2 grp ff0e::1 permanent filter_mode exclude proto static 
  $ bridge mdb add dev br0 port p1 grp ff0e::1 src 2001:db8::2
  $ bridge -d mdb show | sort
  dev br0 port p1 grp ff0e::1 src 2001:db8::1 permanent filter_mode include proto static 
  dev br0 port p1 grp ff0e::1 src 2001:db8::2 temp filter_mode include proto static 
  dev br0 port p2 grp ff0e::1 permanent filter_mode exclude proto static 
  dev br0 port p2 grp ff0e::1 src 2001:db8::2 temp filter_mode include proto kernel  added_by_star_ex
  $ bridge mdb add dev br0 port p1 grp ff0e::1 src ff02::1
  Error: bridge: IPv6 multicast source address is not allowed.
  [255]
  $ bridge mdb add dev br0 port p1 grp ff0e::1 src 10.0.0.1
  Error: bridge: IPv6 invalid source address length.
  [255]
  $ bridge mdb add dev br0 port p1 grp ff0e::1 src 2001:db8::zz
  Invalid source address "2001:db8::zz"
  [255]
  $ bridge mdb add dev br0 port p1 grp ff0e::1 src ::
  $ bridge mdb add dev br0 port p1 grp ff0e::2 src :: permanent
  $ bridge mdb add dev br0 port p1 grp ff0e::1 src 2001:db8::3 vid 5
  $ bridge -d mdb show | sort
  dev br0 port p1 grp ff0e::1 src 2001:db8::1 permanent filter_mode include proto static 
  dev br0 port p1 grp ff0e::1 src 2001:db8::2 temp filter_mode include proto static 
  dev br0 port p1 grp ff0e::1 src 2001:db8::3 temp filter_mode include proto static  vid 5
  dev br0 port p1 grp ff0e::1 temp filter_mode exclude proto static 
  dev br0 port p1 grp ff0e::2 permanent filter_mode exclude proto static 
  dev br0 port p2 grp ff0e::1 permanent filter_mode exclude proto static 
  dev br0 port p2 grp ff0e::1 src 2001:db8::2 temp filter_mode include proto kernel  added_by_star_ex
  $ bridge mdb del dev br0 port p1 grp ff0e::1 src 2001:db8::2
  $ bridge mdb del dev br0 port p2 grp ff0e::1
  $ bridge -d mdb show | sort
  dev br0 port p1 grp ff0e::1 src 2001:db8::1 permanent filter_mode include proto static 
  dev br0 port p1 grp ff0e::1 src 2001:db8::3 temp filter_mode include proto static  vid 5
  dev br0 port p1 grp ff0e::1 temp filter_mode exclude proto static 
  dev br0 port p1 grp ff0e::2 permanent filter_mode exclude proto static 
  $ bridge mdb del dev br0 port p1 grp ff0e::1 src 2001:db8::1
  $ bridge -d mdb show | sort
  dev br0 port p1 grp ff0e::1 src 2001:db8::3 temp filter_mode include proto static  vid 5
  dev br0 port p1 grp ff0e::1 temp filter_mode exclude proto static 
  dev br0 port p1 grp ff0e::2 permanent filter_mode exclude proto static 
