bridge fdb add ... self on a plain veth goes through ndo_dflt_fdb_add(): unicast and link-local addresses to the device's unicast list (dev_uc_add_excl()), multicast ones to its multicast list as global addresses (dev_mc_add_excl(): "static" in ip maddr and /proc/net/dev_mcast); duplicates only fail with NLM_F_EXCL; del through ndo_dflt_fdb_del().
  $ ip netns add h; ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n h link add e0 address 02:00:00:00:00:01 type veth peer name e1 address 02:00:00:00:00:02
  $ ip -n h link set e0 up
  $ bridge -n h fdb add 01:00:5e:01:02:03 dev e0 self; echo $?
  0
  $ bridge -n h fdb add 01:00:5e:01:02:03 dev e0 self; echo $?
  RTNETLINK answers: File exists
  255
  $ bridge -n h fdb append 01:00:5e:01:02:03 dev e0 self; echo $?
  0
  $ bridge -n h fdb replace 01:00:5e:01:02:04 dev e0 self; echo $?
  0
  $ bridge -n h fdb add 02:00:00:00:00:55 dev e0 self; echo $?
  0
  $ bridge -n h fdb add 01:80:c2:00:00:0e dev e0 self; echo $?
  0
  $ bridge -n h fdb add 02:00:00:00:00:56 dev e0 self static; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ bridge -n h fdb show dev e0
  02:00:00:00:00:55 self permanent
  01:80:c2:00:00:0e self permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  01:00:5e:01:02:03 self permanent
  01:00:5e:01:02:04 self permanent
  $ ip -n h maddr show dev e0
  3:	e0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	link  01:00:5e:01:02:03 static
  	link  01:00:5e:01:02:04 static
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip netns exec h grep e0 /proc/net/dev_mcast
  3    e0              1     0     333300000001
  3    e0              1     0     01005e000001
  3    e0              1     1     01005e010203
  3    e0              1     1     01005e010204
  $ ip -n h -d link show e0 | grep -o 'promiscuity [0-9]*'
  promiscuity 1
  $ ip netns exec h ip maddr add 01:00:5e:01:02:03 dev e0; echo $?
  0
  $ ip netns exec h ip maddr del 01:00:5e:01:02:03 dev e0; echo $?
  0
  $ ip -n h maddr show dev e0 | grep 01:02:0
  	link  01:00:5e:01:02:04 static
  $ bridge -n h fdb del 01:00:5e:01:02:04 dev e0 self; echo $?
  0
  $ bridge -n h fdb del 01:00:5e:01:02:04 dev e0 self; echo $?
  RTNETLINK answers: No such file or directory
  255
  $ bridge -n h fdb del 02:00:00:00:00:55 dev e0 self; echo $?
  0
  $ bridge -n h fdb del 02:00:00:00:00:55 dev e0 self static; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ bridge -n h fdb show dev e0
  01:80:c2:00:00:0e self permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  $ ip -n h maddr show dev e0
  3:	e0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
