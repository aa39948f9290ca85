ip link add's link-netns NAME (iplink.c: the namespace's id here, assigned first when it has none, as IFLA_LINK_NETNSID) and link-netnsid ID: the id it leaves assigned, a link name looked up in the current namespace, unknown ids (rtnl_newlink(): "Unknown network namespace id"), duplicates and bad values.
  $ ip netns add h; ip netns add o; for n in h o; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n o link add x0 address 02:00:00:00:00:11 type veth peer name x1 address 02:00:00:00:00:12
  $ ip -n h netns list-id
  $ ip -n h link add mv0 link-netns o link x0 type macvlan; echo $?
  Cannot find device "x0"
  1
  $ ip -n h netns list-id
  nsid 0 (iproute2 netns name: o)
  $ ip -n h link add mv0 link-netns o link-netnsid 0 link x0 type macvlan; echo $?
  Error: duplicate "link-netns/link-netnsid": "0" is the second value.
  255
  $ ip -n h link add mv0 link-netnsid 7 link lo type macvlan; echo $?
  Error: Unknown network namespace id.
  2
  $ ip -n h link add mv0 link-netnsid x type macvlan; echo $?
  Error: argument "x" is wrong: Invalid "link-netnsid" value
  
  255
  $ ip -n h link add mv0 link-netns nosuch type macvlan; echo $?
  Error: argument "nosuch" is wrong: Invalid "link-netns" value
  
  255
  $ ip -n h link add d0 link-netnsid 7 type dummy; echo $?
  Error: Unknown network namespace id.
  2
  $ ip -n h link add b0 link-netnsid 7 type bridge; echo $?
  Error: Unknown network namespace id.
  2
  $ ip -n h link add b0 link-netnsid 0 type bridge; echo $?
  0
  $ ip -n h -br link show | sort | cut -c1-30
  b0               DOWN         
  lo               DOWN         
  $ ip -n h link set b0 link-netnsid 7; echo $?
  Error: Unknown network namespace id.
  2
  $ ip -n h netns list-id
  nsid 0 (iproute2 netns name: o)
  $ ip -n o netns list-id
  $ ip -n h link add e0 address 02:00:00:00:00:21 type veth peer name e1 address 02:00:00:00:00:22
  $ ip -n h link show e1 | head -1 | cut -d: -f1; ip -n o link show x1 | head -1 | cut -d: -f1
  3
  2
  $ ip -n h link add mvx link-netns o link e1 address 02:00:00:00:0a:01 type macvlan mode bridge; echo $?
  0
  $ ip -n h link show mvx
  5: mvx@if3: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff link-netns o
  $ ip -n h -d link show mvx | sed -n 3p
      macvlan mode bridge bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n o -d link show x1 | grep -o 'promiscuity [0-9]*'
  promiscuity 0
  $ ip -n o link set x1 up; ip -n o link set x0 up; ip -n h link set mvx up; sleep 1; ip -n h link show mvx | head -1
  5: mvx@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
  $ ip -n h addr add 10.9.0.1/24 dev mvx; ip -n o addr add 10.9.0.2/24 dev x0; ip netns exec h ping -c 1 -W 1 10.9.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n o link del x1; ip -n h link show mvx; echo $?
  Device "mvx" does not exist.
  1
