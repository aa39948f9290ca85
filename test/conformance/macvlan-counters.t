macvlan counters: a macvlan counts the unicast it receives and sends, and each broadcast it is handed (the broadcast queue delivers one copy per macvlan, counted as multicast); the lower device counts everything that crosses the wire; a private macvlan still receives the outside's broadcasts. (IPv6 off to keep the counts exact.)
  $ ip netns add h
  $ ip netns add o
  $ ip link add eth0 netns h address 02:00:00:00:0e:01 type veth peer name o0 netns o address 02:00:00:00:0e:02
  $ for n in h o; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip netns exec h sysctl -qw net.ipv6.conf.eth0.disable_ipv6=1
  $ ip netns exec o sysctl -qw net.ipv6.conf.o0.disable_ipv6=1
  $ ip -n h link add link eth0 name m1 address 02:00:00:00:0e:11 type macvlan mode bridge
  $ ip -n h link add link eth0 name m2 address 02:00:00:00:0e:12 type macvlan mode private
  $ ip -n h link set eth0 up
  $ ip -n h link set m1 up
  $ ip -n h link set m2 up
  $ ip -n o link set o0 up
  $ ip -n h addr add 10.14.0.11/24 dev m1
  $ ip -n h addr add 10.14.0.12/24 dev m2
  $ ip -n o addr add 10.14.0.2/24 dev o0
  $ ip netns exec o ping -c 2 -i 0.2 -W 1 10.14.0.11 | grep transmitted
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec o ping -c 1 -W 1 10.14.0.12 | grep transmitted
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec o ping -b -c 1 -W 1 10.14.0.255 2>&1 | grep transmitted
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n h -s link show m1
  3: m1@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0e:11 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
             322       5      0       0       0       3 
      TX:  bytes packets errors dropped carrier collsns           
             420       6      0       0       0       0 
  $ ip -n h -s link show m2
  4: m2@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0e:12 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
             182       3      0       0       0       3 
      TX:  bytes packets errors dropped carrier collsns           
              84       2      0       0       0       0 
  $ ip -n h -s link show eth0
  2: eth0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0e:01 brd ff:ff:ff:ff:ff:ff link-netns o
      RX:  bytes packets errors dropped  missed   mcast           
             518       7      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             588      10      0       0       0       0 
  $ ip -n o -s link show o0
  2: o0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0e:02 brd ff:ff:ff:ff:ff:ff link-netns h
      RX:  bytes packets errors dropped  missed   mcast           
             588      10      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             518       7      0       0       0       0 
  $ ip netns exec h cat /sys/class/net/m1/statistics/multicast /sys/class/net/m2/statistics/rx_packets /sys/class/net/eth0/statistics/rx_packets
  3
  3
  7
