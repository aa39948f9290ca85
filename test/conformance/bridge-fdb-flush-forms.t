bridge fdb flush (iproute2 6.1 fdb_flush(), kernel rtnl_fdb_del() bulk -> br_fdb_delete_bulk()): its state and flag filters and their negations, on the bridge or a port with brport, self and master, vlan, contradictory filters, a non-bridge device, then what is left.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:80:02
  $ ip -n sw link set p1 master br0; ip -n sw link set p2 master br0
  $ fill() { for i in 1 2; do bridge -n sw fdb replace 02:00:00:00:0$i:01 dev p$i master static; bridge -n sw fdb replace 02:00:00:00:0$i:02 dev p$i master dynamic; bridge -n sw fdb replace 02:00:00:00:0$i:03 dev p$i master permanent; bridge -n sw fdb replace 02:00:00:00:0$i:04 dev p$i master extern_learn; bridge -n sw fdb replace 02:00:00:00:0$i:05 dev p$i master sticky static; done; }
  $ show() { bridge -n sw fdb show br br0 | grep ' 02:00:00:00:0[12]:0\|^02:00:00:00:0[12]:0' | sort | tr '\n' ';'; echo; }
  $ fill; show
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not permitted
  02:00:00:00:01:01 dev p1 master br0 static;02:00:00:00:01:03 dev p1 master br0 permanent;02:00:00:00:01:04 dev p1 extern_learn master br0 ;02:00:00:00:01:05 dev p1 sticky master br0 static;02:00:00:00:02:01 dev p2 master br0 static;02:00:00:00:02:03 dev p2 master br0 permanent;02:00:00:00:02:04 dev p2 extern_learn master br0 ;02:00:00:00:02:05 dev p2 sticky master br0 static;
  $ f() { bridge -n sw fdb flush "$@"; echo "rc $?"; }
  $ f dev br0 dynamic; show
  rc 0
  02:00:00:00:01:01 dev p1 master br0 static;02:00:00:00:01:03 dev p1 master br0 permanent;02:00:00:00:01:05 dev p1 sticky master br0 static;02:00:00:00:02:01 dev p2 master br0 static;02:00:00:00:02:03 dev p2 master br0 permanent;02:00:00:00:02:05 dev p2 sticky master br0 static;
  $ fill; f dev br0 static nopermanent; show
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not permitted
  rc 0
  02:00:00:00:01:03 dev p1 master br0 permanent;02:00:00:00:01:04 dev p1 extern_learn master br0 ;02:00:00:00:02:03 dev p2 master br0 permanent;02:00:00:00:02:04 dev p2 extern_learn master br0 ;
  $ fill; f dev br0 nostatic nodynamic; show
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not permitted
  rc 0
  02:00:00:00:01:04 dev p1 extern_learn master br0 ;02:00:00:00:02:04 dev p2 extern_learn master br0 ;
  $ fill; f dev br0 brport p1; show
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not permitted
  rc 0
  02:00:00:00:02:01 dev p2 master br0 static;02:00:00:00:02:03 dev p2 master br0 permanent;02:00:00:00:02:04 dev p2 extern_learn master br0 ;02:00:00:00:02:05 dev p2 sticky master br0 static;
  $ fill; f dev p2 master; show
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not permitted
  rc 0
  02:00:00:00:01:01 dev p1 master br0 static;02:00:00:00:01:03 dev p1 master br0 permanent;02:00:00:00:01:04 dev p1 extern_learn master br0 ;02:00:00:00:01:05 dev p1 sticky master br0 static;
  $ fill; f dev p2; show
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not supported
  rc 255
  02:00:00:00:01:01 dev p1 master br0 static;02:00:00:00:01:03 dev p1 master br0 permanent;02:00:00:00:01:04 dev p1 extern_learn master br0 ;02:00:00:00:01:05 dev p1 sticky master br0 static;02:00:00:00:02:01 dev p2 master br0 static;02:00:00:00:02:03 dev p2 master br0 permanent;02:00:00:00:02:04 dev p2 extern_learn master br0 ;02:00:00:00:02:05 dev p2 sticky master br0 static;
  $ fill; f dev p2 self
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not supported
  rc 255
  $ fill; f dev br0 self; show
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not permitted
  rc 0
  $ fill; f dev br0 extern_learn; show
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not permitted
  rc 0
  02:00:00:00:01:01 dev p1 master br0 static;02:00:00:00:01:03 dev p1 master br0 permanent;02:00:00:00:01:05 dev p1 sticky master br0 static;02:00:00:00:02:01 dev p2 master br0 static;02:00:00:00:02:03 dev p2 master br0 permanent;02:00:00:00:02:05 dev p2 sticky master br0 static;
  $ fill; f dev br0 noextern_learn dynamic; show
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not permitted
  rc 0
  02:00:00:00:01:01 dev p1 master br0 static;02:00:00:00:01:03 dev p1 master br0 permanent;02:00:00:00:01:04 dev p1 extern_learn master br0 ;02:00:00:00:01:05 dev p1 sticky master br0 static;02:00:00:00:02:01 dev p2 master br0 static;02:00:00:00:02:03 dev p2 master br0 permanent;02:00:00:00:02:04 dev p2 extern_learn master br0 ;02:00:00:00:02:05 dev p2 sticky master br0 static;
  $ fill; f dev br0 sticky; show
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not permitted
  rc 0
  02:00:00:00:01:01 dev p1 master br0 static;02:00:00:00:01:03 dev p1 master br0 permanent;02:00:00:00:01:04 dev p1 extern_learn master br0 ;02:00:00:00:02:01 dev p2 master br0 static;02:00:00:00:02:03 dev p2 master br0 permanent;02:00:00:00:02:04 dev p2 extern_learn master br0 ;
  $ fill; f dev br0 added_by_user nostatic; show
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not permitted
  rc 0
  02:00:00:00:01:01 dev p1 master br0 static;02:00:00:00:01:03 dev p1 master br0 permanent;02:00:00:00:01:05 dev p1 sticky master br0 static;02:00:00:00:02:01 dev p2 master br0 static;02:00:00:00:02:03 dev p2 master br0 permanent;02:00:00:00:02:05 dev p2 sticky master br0 static;
  $ fill; f dev br0 noadded_by_user; show
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not permitted
  rc 0
  02:00:00:00:01:01 dev p1 master br0 static;02:00:00:00:01:03 dev p1 master br0 permanent;02:00:00:00:01:04 dev p1 extern_learn master br0 ;02:00:00:00:01:05 dev p1 sticky master br0 static;02:00:00:00:02:01 dev p2 master br0 static;02:00:00:00:02:03 dev p2 master br0 permanent;02:00:00:00:02:04 dev p2 extern_learn master br0 ;02:00:00:00:02:05 dev p2 sticky master br0 static;
  $ fill; f dev br0 offloaded; show
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not permitted
  rc 0
  02:00:00:00:01:01 dev p1 master br0 static;02:00:00:00:01:03 dev p1 master br0 permanent;02:00:00:00:01:04 dev p1 extern_learn master br0 ;02:00:00:00:01:05 dev p1 sticky master br0 static;02:00:00:00:02:01 dev p2 master br0 static;02:00:00:00:02:03 dev p2 master br0 permanent;02:00:00:00:02:04 dev p2 extern_learn master br0 ;02:00:00:00:02:05 dev p2 sticky master br0 static;
  $ fill; f dev br0 permanent nopermanent
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not permitted
  rc 0
  $ fill; f dev br0 vlan 1
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not permitted
  rc 0
  $ fill; f dev br0 vlan 4095
  RTNETLINK answers: Operation not permitted
  RTNETLINK answers: Operation not permitted
  Error: integer out of range.
  rc 255
  $ f dev br0 brport nosuch
  Cannot find bridge port device "nosuch"
  rc 255
  $ f dev nosuch
  Cannot find bridge device "nosuch"
  rc 255
  $ f dev q1
  RTNETLINK answers: Operation not supported
  rc 255
  $ f dev lo
  Error: FDB delete only supported for Ethernet devices.
  rc 255
  $ f br0
  Device is a required argument.
  rc 255
  $ f dev br0 bogus
  rc 0
  $ f dev br0 permanent; show
  rc 0
