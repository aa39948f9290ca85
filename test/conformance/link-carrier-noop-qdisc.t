A device that is up without carrier has no running qdisc (dev_activate() waits for the carrier; linkwatch's dev_deactivate() on its loss): what it sends is dropped by noop_qdisc before the taps and counted in its TX dropped; once the carrier is back the queue runs again. A bridge with no forwarding port and a veth whose peer is down.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip netns add a; ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link add pa address 02:00:00:00:00:a1 type veth peer name e0 netns a address 02:00:00:00:00:a2
  $ ip link set pa master br0
  $ ip link set br0 up
  $ ip addr add 10.0.0.254/24 dev br0
  $ ip neigh add 10.0.0.1 lladdr 02:00:00:00:00:a2 dev br0
  $ ping -c 2 -i 0.2 -W 1 10.0.0.1 | tail -2 | head -1 | sed -E 's/time [0-9]+ms/time Nms/'
  2 packets transmitted, 0 received, 100% packet loss, time Nms
  $ ip -s link show br0 | sed -n 1p; ip -s link show br0 | sed -n 5,6p
  2: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       4       0       0 
  $ sleep 2; ip -s link show br0 | sed -n 5,6p; nstat -az IpExtOutMcastPkts IpOutRequests | tail -n +2
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       4       0       0 
  IpOutRequests                   4                  0.0
  IpExtOutMcastPkts               2                  0.0
  $ ip -n a link set e0 up; ip -n a addr add 10.0.0.1/24 dev e0
  $ ip link set pa up
  $ ip link show br0 | sed -n 1p
  2: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
  $ ping -c 1 -W 1 10.0.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 
  $ ip -s link show br0 | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
             140       2      0       4       0       0 
  $ ip -n a link set e0 down
  $ ip -s link show pa | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
             140       2      0       0       0       0 
  $ ip neigh replace 10.0.0.9 lladdr 02:00:00:00:00:99 dev br0
  $ sleep 2; ip link show pa | sed -n 1p; ip link show br0 | sed -n 1p
  3: pa@if2: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue master br0 state DOWN mode DEFAULT group default qlen 1000
  2: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
  $ ping -c 1 -W 1 10.0.0.9 | sed -n 2p
  $ ip -s link show br0 | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
             140       2      0       5       0       0 
  $ ip -n a link set e0 up
  $ ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:00:10 dev e0
  $ ip -n a link set e0 up; ip -n a link set lo up
  $ ip link set pa down
  $ ip netns exec a tcpdump -n -i e0 -c 1 > cap 2>&1 &
  $ sleep 0.5; ip netns exec a ping -c 1 -W 1 10.0.0.254 | tail -2 | head -1 | sed -E 's/time [0-9]+ms/time Nms/'
  1 packets transmitted, 0 received, 100% packet loss, time Nms
  $ ip -n a -s link show e0 | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
             140       2      0       1       0       0 
  $ sleep 2; ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.254 | tail -2 | head -1 | sed -E 's/time [0-9]+ms/time Nms/'
  2 packets transmitted, 0 received, 100% packet loss, time Nms
  $ ip -n a -s link show e0 | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
             140       2      0       3       0       0 
  $ kill %1; wait; cat cap
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on e0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  
  0 packets captured
  0 packets received by filter
  0 packets dropped by kernel
