An address on a bridge port is unreachable (the bridge takes the port's frames: ARP answers come from the bridge's neighbour entry, the port's own stays incomplete), an address on the bridge works, and the port's address works again once it leaves the bridge.
  $ for n in h sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:bb:00 type bridge
  $ ip link add e0 netns h address 02:00:00:00:00:01 type veth peer name p1 netns sw address 02:00:00:00:aa:01
  $ ip -n sw link set p1 master br0; ip -n sw link set p1 up; ip -n sw link set br0 up; ip -n h link set e0 up
  $ ip -n h addr add 10.0.0.1/24 dev e0
  $ ip -n sw addr add 10.0.0.50/24 dev p1
  $ ip -n sw addr add 10.0.1.254/24 dev br0
  $ ip netns exec h ping -c 1 -W 1 10.0.0.50 | sed -n 4p
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n h neigh show
  10.0.0.50 dev e0 lladdr 02:00:00:00:aa:01 STALE 
  $ ip -n sw neigh show | sort
  10.0.0.1 dev br0 lladdr 02:00:00:00:00:01 REACHABLE 
  10.0.0.1 dev p1 INCOMPLETE 
  $ ip -n h addr add 10.0.1.1/24 dev e0
  $ ip netns exec h ping -c 1 -W 1 10.0.1.254 | sed -n 4p
  --- 10.0.1.254 ping statistics ---
  $ ip -n sw neigh show | sort
  10.0.0.1 dev br0 lladdr 02:00:00:00:00:01 REACHABLE 
  10.0.0.1 dev p1 INCOMPLETE 
  10.0.1.1 dev br0 lladdr 02:00:00:00:00:01 DELAY 
  $ ip netns exec sw ping -c 1 -W 1 -I p1 10.0.0.1 | sed -n 4p
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n h neigh show | sort
  10.0.0.50 dev e0 lladdr 02:00:00:00:aa:01 STALE 
  10.0.1.254 dev e0 lladdr 02:00:00:00:bb:00 REACHABLE 
  $ ip -n sw route get 10.0.0.1
  10.0.0.1 dev p1 src 10.0.0.50 uid 0 
      cache 
  $ ip -n sw link set p1 nomaster
  $ ip -n h neigh flush all
  $ ip netns exec h ping -c 1 -W 1 10.0.0.50 | sed -n 4p
  --- 10.0.0.50 ping statistics ---
