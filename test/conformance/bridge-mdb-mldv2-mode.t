A bridge snooping MLDv2 (mcast_mld_version 2) learns a host's solicited-node group (its MLDv2 report: a TO_EX {} record) as a filter_mode exclude port group with no sources; back in MLDv1 mode the listing has no filter_mode; IPv6 disabled on the host's device sends no leave: the membership stays with its timer.
  $ ip netns add h1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_mld_version 2
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link set p1 master br0
  $ ip link set br0 up; ip link set p1 up; ip -n h1 link set e1 up
  $ sleep 2.5
  $ bridge -d mdb show | sort
  dev br0 port br0 grp ff02::1:ff00:10 temp
  dev br0 port br0 grp ff02::6a temp
  dev br0 port p1 grp ff02::1:ff00:102 temp filter_mode exclude proto kernel 
  $ bridge -d -s mdb show | sed -E 's/ 2[0-9]{2}\.[0-9]{2}$/ 2xx.xx/' | sort
  dev br0 port br0 grp ff02::1:ff00:10 temp  2xx.xx
  dev br0 port br0 grp ff02::6a temp  2xx.xx
  dev br0 port p1 grp ff02::1:ff00:102 temp filter_mode exclude proto kernel   2xx.xx
  $ ip link set br0 type bridge mcast_mld_version 1
  $ bridge -d mdb show | sort
  dev br0 port br0 grp ff02::1:ff00:10 temp
  dev br0 port br0 grp ff02::6a temp
  dev br0 port p1 grp ff02::1:ff00:102 temp proto kernel 
  $ ip link set br0 type bridge mcast_mld_version 2
  $ ip netns exec h1 sysctl -qw net.ipv6.conf.e1.disable_ipv6=1
  $ sleep 0.5
  $ bridge -d -s mdb show | sed -E 's/ 2[0-9]{2}\.[0-9]{2}$/ 2xx.xx/; s/ 1\.[0-9]{2}$/ 1.xx/' | sort
  dev br0 port br0 grp ff02::1:ff00:10 temp  2xx.xx
  dev br0 port br0 grp ff02::6a temp  2xx.xx
  dev br0 port p1 grp ff02::1:ff00:102 temp filter_mode exclude proto kernel   2xx.xx
  $ sleep 2.5
  $ bridge -d mdb show | sort
  dev br0 port br0 grp ff02::1:ff00:10 temp
  dev br0 port br0 grp ff02::6a temp
  dev br0 port p1 grp ff02::1:ff00:102 temp filter_mode exclude proto kernel 
