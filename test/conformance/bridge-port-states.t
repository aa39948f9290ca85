Port states: "bridge link set state N" without STP; a disabled, listening or
learning port forwards nothing (learning still learns), blocking falls back to
forwarding by state selection; a port without carrier is disabled.
The last ping waits 0.1 s first: the entry of the three unanswered pings fails on the timer wheel 3.052-3.080 s after the first, and a ping sent just before that joins its queue and is lost (2 Linux runs of 3), one sent after resolves afresh.
  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link set br0 up
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; done
  $ for i in 1 2 3; do ip -n sw link set p$i master br0 up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ bridge -n sw link show
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  5: p3@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ bridge -n sw link set dev p2 state 0
  $ bridge -n sw link show dev p2
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ bridge -n sw link set dev p2 state 1
  $ bridge -n sw link show dev p2
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ bridge -n sw link set dev p2 state learning
  $ bridge -n sw link show dev p2
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state learning priority 32 cost 2 
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ bridge -n sw fdb show brport p2 | grep -v permanent
  [1]
  $ bridge -n sw link set dev p2 state 4
  $ bridge -n sw link show dev p2
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ bridge -n sw link set dev p2 state 3
  $ sleep 0.1; ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ bridge -n sw link set dev p2 state 5
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge -n sw link set dev p2 state foo
  Error: invalid STP port state
  [255]
  $ ip -n h3 link set e0 down
  $ bridge -n sw link show dev p3
  5: p3@br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ bridge -n sw link set dev p3 state 3
  RTNETLINK answers: Network is down
  [255]
  $ ip -n sw link set p3 down
  $ bridge -n sw link set dev p3 state 3
  RTNETLINK answers: Network is down
  [255]
  $ ip -n sw link set br0 down
  $ bridge -n sw link show
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  5: p3@br0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip -n sw link show br0
  2: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
