Multicast router ports: a port with mcast_router 2 (permanent) is listed by bridge -d mdb show ("router ports on BR:"), with -s its timer and type, in JSON under "router"; mcast_router 0/1 takes it out; the bridge's own mcast_router; bad values refused; a disabled port.
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 address 02:00:00:00:01:02
  $ ip link add p2 address 02:00:00:00:02:01 type veth peer name e2 address 02:00:00:00:02:02
  $ ip link set p1 master br0; ip link set p2 master br0
  $ ip link set br0 up; ip link set p1 up; ip link set p2 up; ip link set e1 up; ip link set e2 up
  $ bridge mdb add dev br0 port p1 grp 239.1.1.1 permanent
  $ bridge -d mdb show
  dev br0 port p1 grp 239.1.1.1 permanent proto static 
  $ bridge link set dev p2 mcast_router 2
  $ bridge mdb show
  dev br0 port p1 grp 239.1.1.1 permanent
  $ bridge -d mdb show
  dev br0 port p1 grp 239.1.1.1 permanent proto static 
  router ports on br0: p2 
  $ bridge -d -s mdb show
  dev br0 port p1 grp 239.1.1.1 permanent proto static     0.00
  router ports on br0: p2    0.00 permanent
  $ bridge -s mdb show
  dev br0 port p1 grp 239.1.1.1 permanent    0.00
  $ bridge -j mdb show
  [{"mdb":[{"index":2,"dev":"br0","port":"p1","grp":"239.1.1.1","state":"permanent","flags":[]}],"router":{}}]
  $ bridge -j -d mdb show
  [{"mdb":[{"index":2,"dev":"br0","port":"p1","grp":"239.1.1.1","state":"permanent","protocol":"static","flags":[]}],"router":{"br0":[{"port":"p2"}]}}]
  $ bridge -j -d -s mdb show
  [{"mdb":[{"index":2,"dev":"br0","port":"p1","grp":"239.1.1.1","state":"permanent","protocol":"static","flags":[],"timer":"   0.00"}],"router":{"br0":[{"port":"p2","timer":"   0.00","type":"permanent"}]}}]
  $ bridge link set dev p1 mcast_router 2
  $ bridge -d mdb show
  dev br0 port p1 grp 239.1.1.1 permanent proto static 
  router ports on br0: p2 p1 
  $ bridge -d -s mdb show
  dev br0 port p1 grp 239.1.1.1 permanent proto static     0.00
  router ports on br0: p2    0.00 permanent
  router ports on br0: p1    0.00 permanent
  $ bridge -d link show dev p1 | grep -o 'mcast_router [0-9]'
  mcast_router 2
  $ bridge link set dev p1 mcast_router 3
  $ bridge link set dev p1 mcast_router 1
  $ bridge -d mdb show
  dev br0 port p1 grp 239.1.1.1 permanent proto static 
  router ports on br0: p2 
  $ ip link set p2 down
  $ bridge -d mdb show
  dev br0 port p1 grp 239.1.1.1 permanent proto static 
  $ ip link set p2 up
  $ bridge -d mdb show
  dev br0 port p1 grp 239.1.1.1 permanent proto static 
  router ports on br0: p2 
  $ bridge link set dev p2 mcast_router 0
  $ bridge -d mdb show
  dev br0 port p1 grp 239.1.1.1 permanent proto static 
  $ ip link set br0 type bridge mcast_router 2
  $ bridge -d mdb show
  dev br0 port p1 grp 239.1.1.1 permanent proto static 
  $ ip link set br0 type bridge mcast_router 0
  $ bridge link set dev p2 mcast_router 2
  $ bridge -d mdb show
  dev br0 port p1 grp 239.1.1.1 permanent proto static 
  $ ip link set p2 type bridge_slave mcast_router 0
  $ bridge -d mdb show
  dev br0 port p1 grp 239.1.1.1 permanent proto static 
