Station moves: a learned MAC follows its host to another port (br_fdb_update changes the entry's port), and so does a static entry added by the user; only a sticky one stays (frames to the host then go to the old port and are lost); a host using a port's own (local) MAC is neither learned nor reachable.
  $ ip netns add sw
  $ ip -n sw link add br0 address 02:00:00:00:0f:00 type bridge
  $ for i in 1 2 3; do ip netns add h$i; ip link add p$i netns sw address 02:00:00:00:0f:0$i type veth peer name eth0 netns h$i address 02:00:00:00:0f:1$i; ip -n sw link set p$i master br0; ip -n sw link set p$i up; ip -n h$i link set eth0 up; ip -n h$i addr add 10.15.0.$i/24 dev eth0; done
  $ ip -n sw link set br0 up
  $ ip netns exec h1 ping -c 1 -W 1 10.15.0.3 | grep transmitted
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ bridge -n sw fdb show br br0 | grep 0f:1
  02:00:00:00:0f:11 dev p1 master br0 
  02:00:00:00:0f:13 dev p3 master br0 
  $ ip -n h1 link set eth0 address 02:00:00:00:0f:99
  $ ip -n h2 link set eth0 address 02:00:00:00:0f:11
  $ ip -n h1 neigh flush all; ip -n h2 neigh flush all; ip -n h3 neigh flush all
  $ ip netns exec h2 ping -c 1 -W 1 10.15.0.3 | grep transmitted
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ bridge -n sw fdb show br br0 | grep 0f:1 | sort
  02:00:00:00:0f:11 dev p2 master br0 
  02:00:00:00:0f:13 dev p3 master br0 
  $ bridge -n sw fdb replace 02:00:00:00:0f:11 dev p1 master static
  $ ip -n h3 neigh flush all
  $ ip netns exec h2 ping -c 1 -W 1 10.15.0.3 | grep transmitted
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ bridge -n sw fdb show br br0 | grep 0f:11
  02:00:00:00:0f:11 dev p2 master br0 static
  $ bridge -n sw fdb replace 02:00:00:00:0f:11 dev p1 master dynamic sticky
  $ ip netns exec h2 ping -c 1 -W 1 10.15.0.3 | grep transmitted
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ bridge -n sw fdb show br br0 | grep 0f:11
  02:00:00:00:0f:11 dev p1 sticky master br0 
  $ bridge -n sw fdb replace 02:00:00:00:0f:11 dev p1 master dynamic
  $ ip netns exec h2 ping -c 1 -W 1 10.15.0.3 | grep transmitted
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ bridge -n sw fdb show br br0 | grep 0f:11
  02:00:00:00:0f:11 dev p2 master br0 
  $ ip -n h3 link set eth0 address 02:00:00:00:0f:01
  $ ip -n h1 neigh flush all; ip -n h3 neigh flush all
  $ ip netns exec h3 ping -c 1 -W 1 10.15.0.1 | grep transmitted
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ bridge -n sw fdb show br br0 | grep -E '0f:01|0f:99' | sort
  02:00:00:00:0f:01 dev p1 master br0 permanent
  02:00:00:00:0f:99 dev p1 master br0 
  33:33:ff:00:0f:01 dev p1 self permanent
