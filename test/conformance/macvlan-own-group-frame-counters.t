A group frame a private or passthru macvlan sent that comes back to its lower device (a hairpin bridge port) is handed to that macvlan again by macvlan_handle_frame() ("forward to original port"), which counts it as a received packet of 0 bytes (len is only set on the unicast path) and not as multicast; bridge and vepa macvlans' echoes go to the siblings instead. ip -s link of the macvlans, the lower device and the peer.
  $ for n in s h x p; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n s link add sw type bridge mcast_snooping 0; ip -n s link set sw up
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name p1 netns s; ip link add x0 netns x address 02:00:00:00:02:00 type veth peer name p2 netns s
  $ for q in p1 p2; do ip -n s link set $q master sw; ip -n s link set $q up; done; ip -n h link set e0 up; ip -n x link set x0 up
  $ ip -n s link set p1 type bridge_slave hairpin on
  $ ip -n x addr add 10.0.0.100/24 dev x0
  $ ip -n h link add mv1 link e0 address 02:00:00:00:0a:01 type macvlan mode private
  $ ip -n h link add mv2 link e0 address 02:00:00:00:0a:02 type macvlan mode bridge
  $ ip -n h link add mv3 link e0 address 02:00:00:00:0a:03 type macvlan mode vepa
  $ for i in 1 2 3; do ip -n h link set mv$i netns p; ip -n p link set mv$i up; done
  $ ip -n p addr add 10.0.0.11/24 dev mv1; ip -n p addr add 10.0.1.12/24 dev mv2; ip -n p addr add 10.0.2.13/24 dev mv3
  $ ip netns exec p arping -c 1 -w 1 -I mv1 10.0.0.100 | sed 's/ [0-9.]*ms$//'
  ARPING 10.0.0.100 from 10.0.0.11 mv1
  Unicast reply from 10.0.0.100 [02:00:00:00:02:00] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec p ping -c 1 -W 1 -b 10.0.0.255 > /dev/null 2>&1; echo $?
  1
  $ for i in 1 2 3; do ip -n p -s link show mv$i | sed -n 4p; done
              42       3      0       0       0       0 
               0       0      0       0       0       0 
               0       0      0       0       0       0 
  $ ip netns exec p arping -c 1 -w 1 -I mv2 10.0.1.99 > /dev/null; echo $?
  1
  $ for i in 1 2 3; do ip -n p -s link show mv$i | sed -n 4p; done
              42       3      0       0       0       0 
               0       0      0       0       0       0 
              42       1      0       0       0       1 
  $ ip netns exec p arping -c 1 -w 1 -I mv3 10.0.2.99 > /dev/null; echo $?
  1
  $ for i in 1 2 3; do ip -n p -s link show mv$i | sed -n 4p; done
              42       3      0       0       0       0 
              42       1      0       0       0       1 
              42       1      0       0       0       1 
  $ ip -n h -s link show e0
  2: e0@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:00 brd ff:ff:ff:ff:ff:ff link-netns s
      RX:  bytes packets errors dropped  missed   mcast           
             266       5      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             224       4      0       0       0       0 
  $ ip -n x -s link show x0
  2: x0@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:02:00 brd ff:ff:ff:ff:ff:ff link-netns s
      RX:  bytes packets errors dropped  missed   mcast           
             224       4      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
              42       1      0       0       0       0 
  $ for i in 1 2 3; do ip -n p link del mv$i; done
  $ ip -n h link add mv4 link e0 address 02:00:00:00:0a:04 type macvlan mode passthru
  $ ip -n h link set mv4 netns p; ip -n p link set mv4 up; ip -n p addr add 10.0.0.14/24 dev mv4
  $ ip netns exec p arping -c 2 -w 2 -I mv4 10.0.0.77 > /dev/null; echo $?
  1
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.0.14 | sed 's/ [0-9.]*ms$//'
  ARPING 10.0.0.14 from 10.0.0.100 x0
  Unicast reply from 10.0.0.14 [02:00:00:00:01:00] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip -n p -s link show mv4
  6: mv4@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:00 brd ff:ff:ff:ff:ff:ff link-netns h
      RX:  bytes packets errors dropped  missed   mcast           
              42       3      0       0       0       1 
      TX:  bytes packets errors dropped carrier collsns           
             126       3      0       0       0       0 
  $ ip -n p neigh show | sort; ip -n x neigh show | sort
  10.0.0.100 dev mv4 lladdr 02:00:00:00:02:00 STALE 
  10.0.0.11 dev x0 lladdr 02:00:00:00:0a:01 STALE 
