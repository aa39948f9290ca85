STP topology change on a root bridge: a port leaving the forwarding state sets topology_change (br_topology_change_detection()), the fdb then ages out learned entries after forward_delay instead of ageing_time (hold_time()), and the flag clears after max_age + forward_delay; ip -d link and sysfs show the flags.
  $ for n in h1 h2 h3 s; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n s link add br0 address 02:00:00:00:99:99 type bridge stp_state 1 forward_delay 400 max_age 600 hello_time 100
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns s address 02:00:00:00:90:0$i; done
  $ for i in 1 2 3; do ip -n s link set p$i master br0; ip -n s link set p$i up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ ip -n s link set br0 up
  $ sleep 9
  $ bridge -n s link show
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  5: p3@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip -n s -d link show br0 | grep -o 'topology_change [0-9]* topology_change_detected [0-9]*'
  topology_change 1 topology_change_detected 1
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ bridge -n s fdb show br br0 | grep 02:00:00:00:00:0
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:00:03 dev p3 master br0 
  $ ip -n h3 link set e0 down
  $ sleep 1
  $ bridge -n s link show dev p3
  5: p3@br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip -n s -d link show br0 | grep -o 'topology_change [0-9]* topology_change_detected [0-9]*'
  topology_change 1 topology_change_detected 1
  $ ip netns exec s cat /sys/class/net/br0/bridge/topology_change /sys/class/net/br0/bridge/topology_change_detected
  1
  1
  $ bridge -n s fdb show br br0 | grep 02:00:00:00:00:0
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  $ sleep 5
  $ bridge -n s fdb show br br0 | grep 02:00:00:00:00:0
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  $ sleep 7
  $ ip -n s -d link show br0 | grep -o 'topology_change [0-9]* topology_change_detected [0-9]*'
  topology_change 0 topology_change_detected 0
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ sleep 5
  $ bridge -n s fdb show br br0 | grep 02:00:00:00:00:0
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
