macvlan and the Linux bridge: a macvlan on the bridge device works (the bridge is its lower device, and the macvlan's MAC joins the bridge's unicast list, as bridge fdb shows); a bridge port cannot be a macvlan's lower device and a macvlan's lower device cannot become a bridge port (one rx_handler per device: EBUSY).
  $ ip netns add h
  $ ip netns add o
  $ ip -n h link add br0 address 02:00:00:00:09:99 type bridge
  $ ip link add p1 netns h address 02:00:00:00:09:a1 type veth peer name o0 netns o address 02:00:00:00:09:02
  $ ip link add p2 netns h address 02:00:00:00:09:a2 type veth peer name o1 netns o address 02:00:00:00:09:03
  $ ip -n h link set p1 master br0
  $ ip -n h link add link p1 name m9 type macvlan
  RTNETLINK answers: Device or resource busy
  [2]
  $ ip -n h link add link p2 name m2 address 02:00:00:00:09:22 type macvlan mode bridge
  $ ip -n h link set p2 master br0
  RTNETLINK answers: Device or resource busy
  [2]
  $ ip -n h link add link br0 name m0 address 02:00:00:00:09:10 type macvlan mode bridge
  $ ip -n h link set br0 up
  $ ip -n h link set p1 up
  $ ip -n h link set m0 up
  $ ip -n o link set o0 up
  $ ip -n h -br link show m0
  m0@br0           UP             02:00:00:00:09:10 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ bridge -n h fdb show dev br0 | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:09:10 self permanent
  02:00:00:00:09:99 master br0 permanent
  $ ip -n h addr add 10.9.0.10/24 dev m0
  $ ip -n o addr add 10.9.0.2/24 dev o0
  $ ip netns exec o ping -c 1 -W 1 10.9.0.10
  PING 10.9.0.10 (10.9.0.10) 56(84) bytes of data.
  64 bytes from 10.9.0.10: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.9.0.10 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip -n o neigh show
  10.9.0.10 dev o0 lladdr 02:00:00:00:09:10 REACHABLE 
  $ bridge -n h fdb show br br0 | grep -v 33:33 | grep -v 01:00:5e | grep -v permanent
  02:00:00:00:09:02 dev p1 master br0 
