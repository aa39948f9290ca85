Before a namespace has a local routing table (no address yet, lo down) __inet_dev_addr_type() answers RTN_BROADCAST for every address: a neighbour created then (a ping out of a device bound with -I, or through a main-table route) is a NOARP entry for ff:ff:ff:ff:ff:ff and the echo request leaves as an Ethernet broadcast without ARP; binding to any address succeeds. Once lo is up (127.0.0.1 makes the local table) the same pings ARP. ip neigh (default filter hides NOARP), nud all, nud noarp, the wire on the peer.
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name x0 netns x address 02:00:00:00:02:00
  $ ip -n h link set e0 up; ip -n x link set x0 up; ip -n x addr add 10.0.0.100/24 dev x0
  $ ip netns exec h sysctl -qw net.ipv4.neigh.e0.mcast_solicit=1
  $ ip -n h route show table local
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [2]
  $ ip netns exec x tcpdump -l -n -e -t -i x0 > cap 2>/dev/null & sleep 1
  $ ip netns exec h ping -c 1 -W 1 -I e0 10.0.0.1 2>&1 | grep -v '^$\|time'; echo ${PIPESTATUS[0]}
  ping: Warning: source address might be selected on device other than: e0
  PING 10.0.0.1 (10.0.0.1) from 0.0.0.0 e0: 56(84) bytes of data.
  --- 10.0.0.1 ping statistics ---
  1
  $ ip -n h neigh show; ip -n h neigh show nud all; ip -n h neigh show nud noarp
  10.0.0.1 dev e0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  10.0.0.1 dev e0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  $ ip -n h route add 10.0.0.0/24 dev e0; ip -n h route show table local; ip -n h route show
  Error: ipv4: FIB table does not exist.
  Dump terminated
  10.0.0.0/24 dev e0 scope link 
  $ ip netns exec h ping -c 1 -W 1 10.0.0.100 2>&1 | grep -v '^$\|time'; echo ${PIPESTATUS[0]}
  PING 10.0.0.100 (10.0.0.100) 56(84) bytes of data.
  --- 10.0.0.100 ping statistics ---
  1
  $ ip -n h neigh show nud all | sort
  10.0.0.1 dev e0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  10.0.0.100 dev e0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  $ ip netns exec h timeout 0.5 nc -u -l -s 10.9.9.9 -p 5000; echo $?
  124
  $ ip -n h link set lo up; ip -n h route show table local
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip netns exec h ping -c 1 -W 1 10.0.0.7 > /dev/null 2>&1; echo $?; sleep 0.1
  1
  $ ip -n h neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.1 dev e0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  10.0.0.100 dev e0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  10.0.0.7 dev e0 FAILED 
  $ ip netns exec h timeout 0.5 nc -u -l -s 10.9.9.9 -p 5000; echo $?
  nc: Cannot assign requested address
  1
  $ ip -n x neigh show nud all | sort
  $ kill %1; wait; sed 's/id [0-9]*, //' cap
  02:00:00:00:01:00 > ff:ff:ff:ff:ff:ff, ethertype IPv4 (0x0800), length 98: 0.0.0.0 > 10.0.0.1: ICMP echo request, seq 1, length 64
  02:00:00:00:01:00 > ff:ff:ff:ff:ff:ff, ethertype IPv4 (0x0800), length 98: 0.0.0.0 > 10.0.0.100: ICMP echo request, seq 1, length 64
  02:00:00:00:01:00 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.7 tell 0.0.0.0, length 28
