`bridge mdb add ... src S` (iproute2 6.1's only source option): (S, G) entries added by the user on a bridge in IGMPv3 mode, permanent or temp, listed with -d (filter_mode include, proto static) and -s (timer); the errors: a source in IGMPv2 mode, a bad source address, a multicast or zero source, a family mismatch, a duplicate; deletion.
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 address 02:00:00:00:01:02
  $ ip link add p2 address 02:00:00:00:02:01 type veth peer name e2 address 02:00:00:00:02:02
  $ ip link set p1 master br0; ip link set p2 master br0
  $ ip link set br0 up; ip link set p1 up; ip link set p2 up; ip link set e1 up; ip link set e2 up
  $ bridge mdb add dev br0 port p1 grp 232.2.2.2 src 10.0.0.9 permanent
  $ bridge -d mdb show
  dev br0 port p1 grp 232.2.2.2 src 10.0.0.9 permanent proto static 
  $ ip link set br0 type bridge mcast_igmp_version 3
  $ bridge mdb add dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 permanent
  $ bridge mdb add dev br0 port p2 grp 232.1.1.1 src 10.0.0.8
  $ bridge mdb show
  dev br0 port p2 grp 232.1.1.1 src 10.0.0.8 temp
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 permanent
  dev br0 port p1 grp 232.2.2.2 src 10.0.0.9 permanent
  $ bridge -d mdb show
  dev br0 port p2 grp 232.1.1.1 src 10.0.0.8 temp filter_mode include proto static 
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 permanent filter_mode include proto static 
  dev br0 port p1 grp 232.2.2.2 src 10.0.0.9 permanent filter_mode include proto static 
  $ bridge -d -s mdb show | sed -E 's/ 2[0-9]{2}\.[0-9]{2}$/ 2xx.xx/'
  dev br0 port p2 grp 232.1.1.1 src 10.0.0.8 temp filter_mode include proto static   2xx.xx
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 permanent filter_mode include proto static     0.00
  dev br0 port p1 grp 232.2.2.2 src 10.0.0.9 permanent filter_mode include proto static     0.00
  $ bridge -d -j mdb show
  [{"mdb":[{"index":2,"dev":"br0","port":"p2","grp":"232.1.1.1","src":"10.0.0.8","state":"temp","filter_mode":"include","protocol":"static","flags":[]},{"index":2,"dev":"br0","port":"p1","grp":"232.1.1.1","src":"10.0.0.9","state":"permanent","filter_mode":"include","protocol":"static","flags":[]},{"index":2,"dev":"br0","port":"p1","grp":"232.2.2.2","src":"10.0.0.9","state":"permanent","filter_mode":"include","protocol":"static","flags":[]}],"router":{}}]
  $ bridge mdb add dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 permanent
  Error: bridge: (S, G) group is already joined by port.
  [255]
  $ bridge mdb add dev br0 port p1 grp 232.1.1.1 src 10.0.0.300
  Invalid source address "10.0.0.300"
  [255]
  $ bridge mdb add dev br0 port p1 grp 232.1.1.1 src 239.1.1.1
  Error: bridge: IPv4 multicast source address is not allowed.
  [255]
  $ bridge mdb add dev br0 port p1 grp 232.1.1.1 src 0.0.0.0
  $ bridge mdb add dev br0 port p1 grp 232.1.1.1 src 2001:db8::1
  Error: bridge: IPv4 invalid source address length.
  [255]
  $ bridge mdb add dev br0 port p1 grp ff0e::1 src 10.0.0.1
  Error: bridge: IPv6 invalid source address length.
  [255]
  $ bridge mdb add dev br0 port p1 grp 01:00:5e:01:01:01 src 10.0.0.1 permanent
  Error: bridge: Invalid protocol used with source address.
  [255]
  $ bridge mdb add dev br0 port br0 grp 232.1.1.1 src 10.0.0.9
  Error: bridge: Groups with sources cannot be manually host joined.
  [255]
  $ bridge mdb add dev br0 port p1 grp 232.1.1.1 permanent
  Error: bridge: (*, G) group is already joined by port.
  [255]
  $ bridge -d mdb show
  dev br0 port p1 grp 232.1.1.1 temp filter_mode exclude proto static 
  dev br0 port p2 grp 232.1.1.1 src 10.0.0.8 temp filter_mode include proto static 
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 permanent filter_mode include proto static 
  dev br0 port p1 grp 232.2.2.2 src 10.0.0.9 permanent filter_mode include proto static 
  $ bridge mdb del dev br0 port p1 grp 232.1.1.1 src 10.0.0.9
  $ bridge mdb del dev br0 port p1 grp 232.1.1.1 src 10.0.0.9
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge -d mdb show
  dev br0 port p1 grp 232.1.1.1 temp filter_mode exclude proto static 
  dev br0 port p2 grp 232.1.1.1 src 10.0.0.8 temp filter_mode include proto static 
  dev br0 port p1 grp 232.2.2.2 src 10.0.0.9 permanent filter_mode include proto static 
  $ bridge mdb del dev br0 port p1 grp 232.1.1.1
  $ bridge mdb del dev br0 port p2 grp 232.1.1.1 src 10.0.0.8
  $ bridge mdb show
  dev br0 port p1 grp 232.2.2.2 src 10.0.0.9 permanent
