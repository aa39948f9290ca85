bridge mdb add/del/replace: group address forms (IPv4, IPv6, MAC, bad), permanent/temp, vid, src, filter_mode, source_list, proto, dst on a bridge without VLAN filtering; each exit status and error, then the mdb listing.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 1
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip link set p1 master br0
  $ ip link set br0 up; ip link set p1 up; ip link set q1 up
  $ for g in 239.1.1.1 224.0.0.1 224.0.0.255 10.0.0.1 255.255.255.255 ff0e::1 ff02::1 01:00:5e:01:01:01 02:00:00:00:00:01 xx 239.1.1; do echo "== grp $g"; bridge mdb add dev br0 port p1 grp $g permanent 2>&1; echo "rc $?"; done
  == grp 239.1.1.1
  rc 0
  == grp 224.0.0.1
  Error: IPv4 entry group address is local multicast.
  rc 255
  == grp 224.0.0.255
  Error: IPv4 entry group address is local multicast.
  rc 255
  == grp 10.0.0.1
  Error: IPv4 entry group address is not multicast or 0.0.0.0.
  rc 255
  == grp 255.255.255.255
  Error: IPv4 entry group address is not multicast or 0.0.0.0.
  rc 255
  == grp ff0e::1
  rc 0
  == grp ff02::1
  Error: IPv6 entry group address is link-local all nodes.
  rc 255
  == grp 01:00:5e:01:01:01
  rc 0
  == grp 02:00:00:00:00:01
  Error: L2 entry group is not multicast.
  rc 255
  == grp xx
  "xx" is invalid lladdr.
  Invalid address "xx"
  rc 255
  == grp 239.1.1
  Invalid address "239.1.1"
  rc 255
  $ for o in "" permanent temp "temp permanent" "vid 5" "vid 0" "vid 4095" "vid abc" "src 10.0.0.1" "src 239.1.1.1" "src xx" "filter_mode include" "filter_mode exclude" "filter_mode bogus" "source_list 10.0.0.1,10.0.0.2" "filter_mode include source_list 10.0.0.1" "proto static" "proto kernel" "proto 99" "proto bogus" "dst 10.0.0.1" "bogus"; do echo "== $o"; bridge mdb add dev br0 port p1 grp 239.2.2.2 $o 2>&1; echo "rc $?"; bridge mdb del dev br0 port p1 grp 239.2.2.2 2>/dev/null; done
  == 
  rc 0
  == permanent
  rc 0
  == temp
  rc 0
  == temp permanent
  rc 0
  == vid 5
  rc 0
  == vid 0
  rc 0
  == vid 4095
  Error: Invalid entry VLAN id.
  rc 255
  == vid abc
  rc 0
  == src 10.0.0.1
  rc 0
  == src 239.1.1.1
  Error: bridge: IPv4 multicast source address is not allowed.
  rc 255
  == src xx
  Invalid source address "xx"
  rc 255
  == filter_mode include
  rc 0
  == filter_mode exclude
  rc 0
  == filter_mode bogus
  rc 0
  == source_list 10.0.0.1,10.0.0.2
  rc 0
  == filter_mode include source_list 10.0.0.1
  rc 0
  == proto static
  rc 0
  == proto kernel
  rc 0
  == proto 99
  rc 0
  == proto bogus
  rc 0
  == dst 10.0.0.1
  rc 0
  == bogus
  rc 0
  $ bridge mdb add dev br0 port br0 grp 239.3.3.3 temp 2>&1; echo "rc $?"
  rc 0
  $ bridge mdb add dev br0 port q1 grp 239.3.3.3 2>&1; echo "rc $?"
  Error: bridge: Net device is not a bridge port.
  rc 255
  $ bridge mdb add dev p1 port p1 grp 239.3.3.3 2>&1; echo "rc $?"
  Error: Device does not support MDB operations.
  rc 255
  $ bridge mdb add dev br0 grp 239.3.3.3 2>&1; echo "rc $?"
  Device, group address and port name are required arguments.
  rc 255
  $ bridge mdb replace dev br0 port p1 grp 239.1.1.1 temp 2>&1; echo "rc $?"
  Command "replace" is unknown, try "bridge mdb help".
  rc 255
  $ bridge mdb replace dev br0 port p1 grp 239.4.4.4 permanent 2>&1; echo "rc $?"
  Command "replace" is unknown, try "bridge mdb help".
  rc 255
  $ bridge mdb add dev br0 port p1 grp 239.4.4.4 permanent 2>&1; echo "rc $?"
  rc 0
  $ bridge mdb show dev br0 | sed 's/ *[0-9]*\.[0-9][0-9]$//' | sort
  dev br0 port br0 grp 239.3.3.3 temp
  dev br0 port br0 grp ff02::1:ff00:9999 temp
  dev br0 port br0 grp ff02::6a temp
  dev br0 port p1 grp 01:00:5e:01:01:01 permanent
  dev br0 port p1 grp 239.1.1.1 permanent
  dev br0 port p1 grp 239.2.2.2 src 10.0.0.1 temp
  dev br0 port p1 grp 239.2.2.2 temp vid 5
  dev br0 port p1 grp 239.4.4.4 permanent
  dev br0 port p1 grp ff02::1:ff00:9101 temp
  dev br0 port p1 grp ff0e::1 permanent
  $ bridge mdb del dev br0 port p1 grp 239.9.9.9 2>&1; echo "rc $?"
  RTNETLINK answers: Invalid argument
  rc 255
  $ bridge mdb del dev br0 port p1 grp 239.1.1.1 vid 5 2>&1; echo "rc $?"
  RTNETLINK answers: Invalid argument
  rc 255
  $ bridge mdb del dev br0 port p1 grp 239.1.1.1 src 10.0.0.1 2>&1; echo "rc $?"
  RTNETLINK answers: Invalid argument
  rc 255
