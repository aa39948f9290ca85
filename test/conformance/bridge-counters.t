Counters of a bridge and its ports: frames passed up are counted as received
by the bridge (without the Ethernet header), what it sends as transmitted;
forwarded frames count on the ports only. (mcast_snooping 0: a snooping
bridge would also send its IGMP reports for 224.0.0.106.)
  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 0
  $ ip -n sw link set br0 up
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; done
  $ for i in 1 2 3; do ip -n sw link set p$i master br0 up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ ip -n sw addr add 10.0.0.254/24 dev br0
  $ ip netns exec h1 ping -c 2 -i 0.2 10.0.0.254 | head -3
  PING 10.0.0.254 (10.0.0.254) 56(84) bytes of data.
  64 bytes from 10.0.0.254: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 10.0.0.254: icmp_seq=2 ttl=64 time=* ms (glob)
  $ ip netns exec h1 ping -c 3 -i 0.2 10.0.0.2 | head -2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip -n sw -s link show br0
  2: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
             224       4      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             238       3      0       0       0       0 
  $ ip -n sw -s link show p1
  3: p1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:01 brd ff:ff:ff:ff:ff:ff link-netns h1
      RX:  bytes packets errors dropped  missed   mcast           
             476       6      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             476       6      0       0       0       0 
  $ ip -n sw -s link show p2
  4: p2@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:02 brd ff:ff:ff:ff:ff:ff link-netns h2
      RX:  bytes packets errors dropped  missed   mcast           
             238       3      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             280       4      0       0       0       0 
  $ ip -n sw -s link show p3
  5: p3@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:03 brd ff:ff:ff:ff:ff:ff link-netns h3
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
              84       2      0       0       0       0 
