tuxnet extension, not recorded on a kernel (no stock kernel has the virt module; the outputs follow the module's semantics): two virt interfaces on one parent, each taking the frames for its own addresses (c reaches three subnets through one MAC), tcpdump on a virt seeing only its own flow while the parent's sees all, UDP to a virt address with ss, virt0 down (virt0 takes nothing, but its address stays local as on Linux for any down device: eth0 answers ARP for it and takes the echo request, whose reply has no route with virt0's prefix route gone, while virt1 and eth0 keep working), the MTU limited by the parent, a duplicate name, a virt on a virt, and the counters of each. IPv6 is off in h and c.
  $ for n in h c; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add eth0 netns h address 02:00:00:00:00:11 type veth peer name c0 netns c address 02:00:00:00:00:22
  $ ip -n h link add link eth0 name virt0 type virt
  $ ip -n h link add link eth0 name virt1 type virt
  $ ip -n h link add link eth0 name virt1 type virt
  RTNETLINK answers: File exists
  [2]
  $ ip -n h link add link virt0 name virt2 type virt
  $ for d in eth0 virt0 virt1; do ip -n h link set $d up; done
  $ ip -n c link set c0 up
  $ ip -n h addr add 192.168.50.17/24 dev eth0
  $ ip -n h addr add 192.168.56.101/24 dev virt0
  $ ip -n h addr add 192.168.57.101/24 dev virt1
  $ for a in 192.168.50.1/24 192.168.56.1/24 192.168.57.1/24; do ip -n c addr add $a dev c0; done
  $ ip -n h -br link | sort
  eth0@if2         UP             02:00:00:00:00:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  virt0@eth0       UP             02:00:00:00:00:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  virt1@eth0       UP             02:00:00:00:00:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  virt2@virt0      DOWN           02:00:00:00:00:11 <BROADCAST,MULTICAST> 
  $ ip -n h link set virt0 mtu 1600
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h link set virt0 mtu 1400
  $ ip -n h link show virt0 | sed -n 1p
  3: virt0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1400 qdisc noqueue state UP mode DEFAULT group default qlen 1000
  $ ip netns exec h tcpdump -l -n -t -i virt0 > v0.txt 2>/dev/null & sleep 0.5
  $ ip netns exec h tcpdump -l -n -t -i eth0 > e0.txt 2>/dev/null & sleep 0.5
  $ for d in 192.168.50.17 192.168.56.101 192.168.57.101; do ip netns exec c ping -c 1 $d | grep 'bytes from'; done
  64 bytes from 192.168.50.17: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 192.168.56.101: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 192.168.57.101: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec h sh -c 'nc -u -l -s 192.168.56.101 -p 5000 > u.out & sleep 0.3'
  $ ip netns exec c sh -c 'echo to-virt0 | nc -u -w 1 -p 5001 192.168.56.101 5000'
  $ sleep 0.3; cat u.out
  to-virt0
  $ ip netns exec h ss -Hun | sed -E 's/ +/ /g'
  0 0 192.168.56.101:5000 192.168.56.1:5001
  $ sleep 0.2; kill %1 %2; wait
  $ sed -E 's/, id [0-9]+, seq/, seq/' v0.txt
  ARP, Request who-has 192.168.56.101 tell 192.168.56.1, length 28
  ARP, Reply 192.168.56.101 is-at 02:00:00:00:00:11, length 28
  IP 192.168.56.1 > 192.168.56.101: ICMP echo request, seq 1, length 64
  IP 192.168.56.101 > 192.168.56.1: ICMP echo reply, seq 1, length 64
  IP 192.168.56.1.5001 > 192.168.56.101.5000: UDP, length 9
  $ grep -c . e0.txt
  13
  $ ip -n c neigh show | sort
  192.168.50.17 dev c0 lladdr 02:00:00:00:00:11 REACHABLE 
  192.168.56.101 dev c0 lladdr 02:00:00:00:00:11 REACHABLE 
  192.168.57.101 dev c0 lladdr 02:00:00:00:00:11 REACHABLE 
  $ ip -n h neigh show | sort
  192.168.50.1 dev eth0 lladdr 02:00:00:00:00:22 DELAY 
  192.168.56.1 dev virt0 lladdr 02:00:00:00:00:22 DELAY 
  192.168.57.1 dev virt1 lladdr 02:00:00:00:00:22 DELAY 
  $ ip -n h -s link show virt0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             191       3      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             140       2      0       0       0       0 
  $ ip -n h -s link show virt1 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             140       2      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             140       2      0       0       0       0 
  $ ip -n h -s link show eth0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             471       7      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             420       6      0       0       0       0 
  $ ip -n h link set virt0 down
  $ ip -n h route show table local | grep 56
  local 192.168.56.101 dev virt0 proto kernel scope host src 192.168.56.101 
  $ ip -n c neigh flush all
  $ ip netns exec c ping -c 1 -W 1 192.168.56.101 | grep received
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec h nstat -asz IcmpInEchos IcmpOutEchoReps IpOutNoRoutes
  #kernel
  IpOutNoRoutes                   0                  0.0
  IcmpInEchos                     4                  0.0
  IcmpOutEchoReps                 3                  0.0
  $ ip netns exec c ping -c 1 -W 1 192.168.57.101 | grep received
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec c ping -c 1 -W 1 192.168.50.17 | grep received
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n c neigh show | sort
  192.168.50.17 dev c0 lladdr 02:00:00:00:00:11 REACHABLE 
  192.168.56.101 dev c0 lladdr 02:00:00:00:00:11 REACHABLE 
  192.168.57.101 dev c0 lladdr 02:00:00:00:00:11 REACHABLE 
  $ ip -n h link set virt0 up
  $ ip netns exec c ping -c 1 -W 1 192.168.56.101 | grep received
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n h link del virt1
  $ ip -n h -br link | sort
  eth0@if2         UP             02:00:00:00:00:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  virt0@eth0       UP             02:00:00:00:00:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  virt2@virt0      DOWN           02:00:00:00:00:11 <BROADCAST,MULTICAST> 
  $ ip netns pids h | xargs -r kill
