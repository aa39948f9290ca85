ip link show filters on a bridge and its ports and macvlans: type bridge, type bridge_slave, type macvlan, master, vrf-less 'master' of a non-bridge, nomaster, -br and -o forms, group, up, with -d and -j.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add br1 address 02:00:00:00:99:98 type bridge
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:80:02
  $ ip -n sw link set p1 master br0; ip -n sw link set p2 master br1; ip -n sw link set q1 up; ip -n sw link set p1 up
  $ ip -n sw link add mv0 link q2 address 02:00:00:00:0a:01 type macvlan
  $ ip -n sw link add mvb link br0 address 02:00:00:00:0a:02 type macvlan
  $ ip -n sw link set mvb master br1; echo $?
  0
  $ ip -n sw -br link show type bridge
  br0              DOWN           02:00:00:00:99:99 <BROADCAST,MULTICAST> 
  br1              DOWN           02:00:00:00:99:98 <BROADCAST,MULTICAST> 
  $ ip -n sw -br link show type bridge_slave
  p1@q1            UP             02:00:00:00:90:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  p2@q2            DOWN           02:00:00:00:90:02 <BROADCAST,MULTICAST,M-DOWN> 
  mvb@br0          DOWN           02:00:00:00:0a:02 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -n sw -br link show type macvlan
  mv0@q2           DOWN           02:00:00:00:0a:01 <BROADCAST,MULTICAST,M-DOWN> 
  mvb@br0          DOWN           02:00:00:00:0a:02 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -n sw -br link show type veth
  q1@p1            UP             02:00:00:00:80:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  p1@q1            UP             02:00:00:00:90:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  q2@p2            DOWN           02:00:00:00:80:02 <BROADCAST,MULTICAST,M-DOWN> 
  p2@q2            DOWN           02:00:00:00:90:02 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -n sw -br link show master br0
  p1@q1            UP             02:00:00:00:90:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n sw -br link show master br1
  p2@q2            DOWN           02:00:00:00:90:02 <BROADCAST,MULTICAST,M-DOWN> 
  mvb@br0          DOWN           02:00:00:00:0a:02 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -n sw -br link show master p1; echo $?
  0
  $ ip -n sw -br link show master nosuch; echo $?
  Error: argument "nosuch" is wrong: Device does not exist
  
  255
  $ ip -n sw -br link show nomaster
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  br0              DOWN           02:00:00:00:99:99 <BROADCAST,MULTICAST> 
  br1              DOWN           02:00:00:00:99:98 <BROADCAST,MULTICAST> 
  q1@p1            UP             02:00:00:00:80:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  q2@p2            DOWN           02:00:00:00:80:02 <BROADCAST,MULTICAST,M-DOWN> 
  mv0@q2           DOWN           02:00:00:00:0a:01 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -n sw -br link show up
  q1@p1            UP             02:00:00:00:80:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  p1@q1            UP             02:00:00:00:90:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n sw -br link show type bridge_slave master br1
  p2@q2            DOWN           02:00:00:00:90:02 <BROADCAST,MULTICAST,M-DOWN> 
  mvb@br0          DOWN           02:00:00:00:0a:02 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -n sw -o link show type bridge | cut -c1-60
  2: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN
  3: br1: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN
  $ ip -n sw -j link show type macvlan | grep -o '"ifname":"[^"]*"' 
  "ifname":"mv0"
  "ifname":"mvb"
  $ ip -n sw -d link show type bridge_slave | grep -c bridge_slave
  3
  $ ip -n sw link show type bridg; echo $?
  0
  $ ip -n sw link show type nosuchkind; echo $?
  0
  $ ip -n sw -br link show group default | wc -l
  9
  $ ip -n sw -br addr show master br0
  p1@q1            UP             
  $ ip -n sw -br addr show type bridge
  br0              DOWN           
  br1              DOWN           
