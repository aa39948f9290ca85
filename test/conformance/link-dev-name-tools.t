Device names beyond the exact one in the other tools: bridge and ip (ll_name_to_index: "a0:1" is a0, "if4" index 4) take them, an index without device answers per listing (ip addr show: "Cannot send link request", exit 0), ping/arping/tcpdump/ss/ip netconf each as their own lookup does.
  $ ip link add br0 address 02:00:00:00:00:10 type bridge; ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02; ip link set a0 master br0; ip link set a0 up; ip link set b0 up; ip addr add 10.0.0.1/24 dev b0
  $ bridge link show dev a0:1; echo $?
  4: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state disabled priority 32 cost 2 
  0
  $ bridge fdb show dev a0:1 | sort; echo $?
  01:00:5e:00:00:01 self permanent
  02:00:00:00:00:01 master br0 permanent
  33:33:00:00:00:01 self permanent
  33:33:ff:00:00:01 self permanent
  0
  $ bridge fdb add 02:00:00:00:00:09 dev if4; echo $?
  0
  $ bridge fdb show dev a0 | grep 09
  02:00:00:00:00:09 self permanent
  $ ip neigh show dev b0:1; echo $?
  0
  $ ip route show dev if5; echo $?
  RTNETLINK answers: No such device
  Dump terminated
  2
  $ ip -s link show dev if5; echo $?
  RTNETLINK answers: No such device
  Cannot send link get request: No such device
  1
  $ ip addr show if5 | head -1; echo $?
  RTNETLINK answers: No such device
  Cannot send link request: No such device
  0
  $ ping -c 1 -I b0:1 10.0.0.1 | head -2; echo $?
  ping: invalid source address: b0:1
  0
  $ arping -c 1 -I b0:1 10.0.0.2; echo $?
  arping: Device b0:1 not available.
  2
  $ tcpdump -i b0:1 -c 1 -n 2>&1 | head -2; echo $?
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on b0:1, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  0
  $ ip link set dev br0:x type bridge stp_state 0; echo $?
  0
  $ ip netconf show dev b0:1; echo $?
  inet b0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  0
  $ ss -tn dev b0:1 | head -1; echo $?
  State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  0
  $ ip addr show dev if99; echo $?
  RTNETLINK answers: No such device
  Cannot send link request: No such device
  0
  $ ip -4 addr show dev b0:7 | head -1; echo $?
  3: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
  0
  $ ip addr flush dev b0:7; echo $?
  0
  $ ip -4 addr show dev b0
