bridge fdb on macvlans (macvlan_fdb_add()/macvlan_fdb_del(), ndo_dflt_fdb_dump()): unicast addresses only on a passthru macvlan, multicast on any, replace refused, duplicates EEXIST, deletes, and how the lower device's and the macvlan's address lists and promiscuity follow; bridge fdb show of each.
  $ ip netns add h; ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n h link add e0 address 02:00:00:00:00:01 type veth peer name e1 address 02:00:00:00:00:02
  $ ip -n h link add e2 address 02:00:00:00:00:03 type veth peer name e3 address 02:00:00:00:00:04
  $ ip -n h link add mvb link e0 address 02:00:00:00:0a:01 type macvlan mode bridge
  $ ip -n h link add mvp link e2 type macvlan mode passthru
  $ for d in e0 e1 e2 e3 mvb mvp; do ip -n h link set $d up; done
  $ f() { bridge -n h fdb "$@"; echo "rc $?"; }
  $ f add 02:00:00:00:00:55 dev mvb self
  RTNETLINK answers: Operation not supported
  rc 255
  $ f add 01:00:5e:01:02:03 dev mvb self
  rc 0
  $ f add 01:00:5e:01:02:03 dev mvb self
  RTNETLINK answers: File exists
  rc 255
  $ f replace 01:00:5e:01:02:04 dev mvb self
  RTNETLINK answers: Operation not supported
  rc 255
  $ f add 33:33:00:00:00:09 dev mvb
  rc 0
  $ f add 02:00:00:00:00:55 dev mvp self
  rc 0
  $ f add 02:00:00:00:00:55 dev mvp self
  RTNETLINK answers: File exists
  rc 255
  $ f add 01:00:5e:07:07:07 dev mvp self permanent
  rc 0
  $ f append 02:00:00:00:00:56 dev mvp self
  rc 0
  $ f show dev mvb
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  01:00:5e:01:02:03 self permanent
  33:33:00:00:00:09 self permanent
  rc 0
  $ f show dev mvp
  02:00:00:00:00:55 self permanent
  02:00:00:00:00:56 self permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  01:00:5e:07:07:07 self permanent
  rc 0
  $ f show dev e2
  02:00:00:00:00:55 self permanent
  02:00:00:00:00:56 self permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  01:00:5e:07:07:07 self permanent
  rc 0
  $ ip -n h -d link show e2 | grep -o 'promiscuity [0-9]*'
  promiscuity 2
  $ ip -n h maddr show dev mvb | grep link
  	link  33:33:00:00:00:01 users 2
  	link  01:00:5e:00:00:01 users 2
  	link  01:00:5e:01:02:03 users 2 static
  	link  33:33:00:00:00:09 users 2 static
  $ ip -n h maddr show dev e0 | grep link
  	link  33:33:00:00:00:01 users 2
  	link  01:00:5e:00:00:01 users 2
  	link  01:00:5e:01:02:03
  	link  33:33:00:00:00:09
  $ f del 02:00:00:00:00:55 dev mvp self
  rc 0
  $ f del 02:00:00:00:00:55 dev mvp self
  RTNETLINK answers: No such file or directory
  rc 255
  $ f del 01:00:5e:01:02:03 dev mvb self
  rc 0
  $ f del 01:00:5e:01:02:03 dev mvb self
  RTNETLINK answers: No such file or directory
  rc 255
  $ f del 02:00:00:00:0a:01 dev mvb self
  RTNETLINK answers: Operation not supported
  rc 255
  $ f show dev mvp
  02:00:00:00:00:56 self permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  01:00:5e:07:07:07 self permanent
  rc 0
  $ f show dev mvb
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  33:33:00:00:00:09 self permanent
  rc 0
  $ f get 01:00:5e:07:07:07 dev mvp self
  Error: Fdb get operation not supported by device.
  rc 254
  $ f flush dev mvp self
  RTNETLINK answers: Operation not supported
  rc 255
  $ f show dev mvp
  02:00:00:00:00:56 self permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  01:00:5e:07:07:07 self permanent
  rc 0
