bridge mdb add/del argument handling of iproute2 6.1's mdb_modify(): unknown words are skipped, vid goes through atoi() into a short (65536 is 0, -1 is 65535), src is an IPv4 or IPv6 literal, the group by mdb_parse_grp(); the kernel's checks on the entry (vid range, group kinds, source with a port, temp entries on the bridge itself) and show's filters.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 1
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:80:02
  $ for p in p1 p2 q1 q2; do ip -n sw link set $p up; done; ip -n sw link set p1 master br0; ip -n sw link set p2 master br0; ip -n sw link set br0 up
  $ m() { bridge -n sw mdb "$@"; echo "rc $?"; }
  $ m add dev br0 port p1 grp 239.1.1.1 permanent frobnicate
  rc 0
  $ m add dev br0 port p1 grp 239.1.1.2 vid 65536
  rc 0
  $ m add dev br0 port p1 grp 239.1.1.3 vid -1
  Error: Invalid entry VLAN id.
  rc 255
  $ m add dev br0 port p1 grp 239.1.1.4 vid 4094
  rc 0
  $ m add dev br0 port p1 grp 239.1.1.5 vid 0x10
  rc 0
  $ m add dev br0 port p1 grp 239.1.1.6 src 10.0.0.1
  rc 0
  $ m add dev br0 port p1 grp 239.1.1.6 src 10.0.0.1 permanent
  Error: bridge: (S, G) group is already joined by port.
  rc 255
  $ m add dev br0 port p1 grp 239.1.1.7 src ::1 permanent
  Error: bridge: IPv4 invalid source address length.
  rc 255
  $ m add dev br0 port p1 grp 239.1.1.8 src bogus
  Invalid source address "bogus"
  rc 255
  $ m add dev br0 port p1 grp 239.1.1.x
  "239.1.1.x" is invalid lladdr.
  Invalid address "239.1.1.x"
  rc 255
  $ m add dev br0 port p1 grp 224.0.0.1 permanent
  Error: IPv4 entry group address is local multicast.
  rc 255
  $ m add dev br0 port p1 grp 224.0.1.1 permanent
  rc 0
  $ m add dev br0 port p1 grp 10.1.1.1 permanent
  Error: IPv4 entry group address is not multicast or 0.0.0.0.
  rc 255
  $ m add dev br0 port p1 grp 255.255.255.255 permanent
  Error: IPv4 entry group address is not multicast or 0.0.0.0.
  rc 255
  $ m add dev br0 port p1 grp 01:00:5e:00:00:01 permanent
  rc 0
  $ m add dev br0 port p1 grp 33:33:00:00:00:01 permanent
  rc 0
  $ m add dev br0 port p1 grp ff02::1 permanent
  Error: IPv6 entry group address is link-local all nodes.
  rc 255
  $ m add dev br0 port p1 grp ff0e::5 permanent
  rc 0
  $ m add dev br0 port br0 grp 239.1.1.9
  rc 0
  $ m add dev br0 port br0 grp 239.1.1.9 permanent
  Error: bridge: Flags are not allowed for host groups.
  rc 255
  $ m add dev br0 port br0 grp 239.1.1.10 src 10.0.0.2 permanent
  Error: bridge: Flags are not allowed for host groups.
  rc 255
  $ m add dev br0 port q1 grp 239.1.1.11 permanent
  Error: bridge: Net device is not a bridge port.
  rc 255
  $ m add dev p1 port p1 grp 239.1.1.12 permanent
  Error: Device does not support MDB operations.
  rc 255
  $ m add dev br0 port nosuch grp 239.1.1.13 permanent
  Cannot find device "nosuch"
  rc 255
  $ m add dev br0 grp 239.1.1.13 permanent
  Device, group address and port name are required arguments.
  rc 255
  $ m add dev br0 port p1 grp 239.1.1.1 permanent
  Error: bridge: (*, G) group is already joined by port.
  rc 255
  $ m replace dev br0 port p1 grp 239.1.1.1 temp
  Command "replace" is unknown, try "bridge mdb help".
  rc 255
  $ m del dev br0 port p1 grp 239.1.1.1 permanent
  rc 0
  $ m del dev br0 port p1 grp 239.1.1.1
  RTNETLINK answers: Invalid argument
  rc 255
  $ m del dev br0 port p2 grp 239.1.1.6 src 10.0.0.1
  RTNETLINK answers: Invalid argument
  rc 255
  $ m del dev br0 port p1 grp 239.1.1.6 src 10.0.0.9
  RTNETLINK answers: Invalid argument
  rc 255
  $ bridge -n sw mdb show | sort
  dev br0 port br0 grp 239.1.1.9 temp
  dev br0 port p1 grp 01:00:5e:00:00:01 permanent
  dev br0 port p1 grp 224.0.1.1 permanent
  dev br0 port p1 grp 239.1.1.2 temp
  dev br0 port p1 grp 239.1.1.4 temp vid 4094
  dev br0 port p1 grp 239.1.1.5 temp
  dev br0 port p1 grp 239.1.1.6 src 10.0.0.1 temp
  dev br0 port p1 grp 33:33:00:00:00:01 permanent
  dev br0 port p1 grp ff0e::5 permanent
  $ bridge -n sw mdb show dev br0 vid 4094; echo $?
  dev br0 port p1 grp 239.1.1.4 temp vid 4094
  0
  $ bridge -n sw mdb show dev p1; echo $?
  0
  $ bridge -n sw mdb show dev br0 port p1 | sort
  dev br0 port br0 grp 239.1.1.9 temp
  dev br0 port p1 grp 01:00:5e:00:00:01 permanent
  dev br0 port p1 grp 224.0.1.1 permanent
  dev br0 port p1 grp 239.1.1.2 temp
  dev br0 port p1 grp 239.1.1.4 temp vid 4094
  dev br0 port p1 grp 239.1.1.5 temp
  dev br0 port p1 grp 239.1.1.6 src 10.0.0.1 temp
  dev br0 port p1 grp 33:33:00:00:00:01 permanent
  dev br0 port p1 grp ff0e::5 permanent
  $ bridge -n sw mdb show nosuch; echo $?
  dev br0 port br0 grp 239.1.1.9 temp
  dev br0 port p1 grp ff0e::5 permanent
  dev br0 port p1 grp 33:33:00:00:00:01 permanent
  dev br0 port p1 grp 01:00:5e:00:00:01 permanent
  dev br0 port p1 grp 224.0.1.1 permanent
  dev br0 port p1 grp 239.1.1.6 src 10.0.0.1 temp
  dev br0 port p1 grp 239.1.1.5 temp
  dev br0 port p1 grp 239.1.1.4 temp vid 4094
  dev br0 port p1 grp 239.1.1.2 temp
  0
  $ bridge -n sw -d mdb show | sed -E 's/ +[0-9]+\.[0-9]+$//' | sort
  dev br0 port br0 grp 239.1.1.9 temp
  dev br0 port p1 grp 01:00:5e:00:00:01 permanent proto static 
  dev br0 port p1 grp 224.0.1.1 permanent proto static 
  dev br0 port p1 grp 239.1.1.2 temp proto static 
  dev br0 port p1 grp 239.1.1.4 temp proto static  vid 4094
  dev br0 port p1 grp 239.1.1.5 temp proto static 
  dev br0 port p1 grp 239.1.1.6 src 10.0.0.1 temp proto static 
  dev br0 port p1 grp 33:33:00:00:00:01 permanent proto static 
  dev br0 port p1 grp ff0e::5 permanent proto static 
  $ bridge -n sw -j mdb show | head -c 300; echo
  [{"mdb":[{"index":2,"dev":"br0","port":"br0","grp":"239.1.1.9","state":"temp","flags":[]},{"index":2,"dev":"br0","port":"p1","grp":"ff0e::5","state":"permanent","flags":[]},{"index":2,"dev":"br0","port":"p1","grp":"33:33:00:00:00:01","state":"permanent","flags":[]},{"index":2,"dev":"br0","port":"p1"
