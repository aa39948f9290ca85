Snooping MLD: the hosts' and the bridge's own solicited-node groups and ff02::6a are learnt from their MLDv2 reports (sorted: their order is the reports' timing), ff02::1 never; -d shows the hosts' as proto kernel, the bridge's without; a port going down takes its entries, coming back relearns them from the host's next reports; mcast_snooping 0 keeps the bridge's own.
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link add p2 address 02:00:00:00:02:01 type veth peer name e2 netns h2 address 02:00:00:00:02:02
  $ ip link set p1 master br0; ip link set p2 master br0
  $ ip link set br0 up; ip link set p1 up; ip link set p2 up
  $ ip -n h1 link set e1 up; ip -n h2 link set e2 up
  $ sleep 3
  $ bridge mdb show | sort
  dev br0 port br0 grp ff02::1:ff00:10 temp
  dev br0 port br0 grp ff02::6a temp
  dev br0 port p1 grp ff02::1:ff00:102 temp
  dev br0 port p2 grp ff02::1:ff00:202 temp
  $ bridge -d mdb show | sort
  dev br0 port br0 grp ff02::1:ff00:10 temp
  dev br0 port br0 grp ff02::6a temp
  dev br0 port p1 grp ff02::1:ff00:102 temp proto kernel 
  dev br0 port p2 grp ff02::1:ff00:202 temp proto kernel 
  $ bridge -j mdb show dev br0 | grep -o '"port":"[a-z0-9]*","grp":"[^"]*"' | sort
  "port":"br0","grp":"ff02::1:ff00:10"
  "port":"br0","grp":"ff02::6a"
  "port":"p1","grp":"ff02::1:ff00:102"
  "port":"p2","grp":"ff02::1:ff00:202"
  $ bridge -s mdb show | sed -E 's/ 2[0-9]{2}\.[0-9]{2}$/ 25x.xx/' | sort
  dev br0 port br0 grp ff02::1:ff00:10 temp  25x.xx
  dev br0 port br0 grp ff02::6a temp  25x.xx
  dev br0 port p1 grp ff02::1:ff00:102 temp  25x.xx
  dev br0 port p2 grp ff02::1:ff00:202 temp  25x.xx
  $ bridge mdb show | grep -c ff02::1:
  3
  $ ip link set p1 down
  $ bridge mdb show | sort
  dev br0 port br0 grp ff02::1:ff00:10 temp
  dev br0 port br0 grp ff02::6a temp
  dev br0 port p2 grp ff02::1:ff00:202 temp
  $ ip link set p1 up
  $ sleep 3
  $ bridge mdb show | sort
  dev br0 port br0 grp ff02::1:ff00:10 temp
  dev br0 port br0 grp ff02::6a temp
  dev br0 port p1 grp ff02::1:ff00:102 temp
  dev br0 port p2 grp ff02::1:ff00:202 temp
  $ ip -n h2 link set e2 down
  $ sleep 1
  $ bridge mdb show | sort
  dev br0 port br0 grp ff02::1:ff00:10 temp
  dev br0 port br0 grp ff02::6a temp
  dev br0 port p1 grp ff02::1:ff00:102 temp
  $ ip link set br0 type bridge mcast_snooping 0
  $ bridge mdb show | sort
  dev br0 port br0 grp ff02::1:ff00:10 temp
  dev br0 port br0 grp ff02::6a temp
  $ ip link set br0 type bridge mcast_snooping 1
  $ ip -n h2 link set e2 up
  $ sleep 3
  $ bridge mdb show | sort
  dev br0 port br0 grp ff02::1:ff00:10 temp
  dev br0 port br0 grp ff02::6a temp
  dev br0 port p2 grp ff02::1:ff00:202 temp
