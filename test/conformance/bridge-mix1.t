A bridge exercise mixing port flags, static entries, ageing, a port going down
and the bridge's own address: what each ping does, and the fdb and counters.
  $ ip netns add h1
  $ ip netns add h2
  $ ip netns add h3
  $ ip netns add sw
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge ageing_time 2000 forward_delay 0
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; done
  $ for i in 1 2 3; do ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; sysctl -qw net.ipv6.conf.all.disable_ipv6=1; done
  $ for i in 1 2 3; do ip netns exec h$i sysctl -qw net.ipv6.conf.all.disable_ipv6=1; done
  $ ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ for p in p1 p2 p3; do ip -n sw link set $p master br0; ip -n sw link set $p up; done
  $ ip -n sw link set br0 up
  $ sleep 1
  $ bridge -n sw fdb show br br0 | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  01:00:5e:00:00:01 dev p3 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:90:03 dev p3 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  33:33:00:00:00:01 dev br0 self permanent
  33:33:00:00:00:01 dev p1 self permanent
  33:33:00:00:00:01 dev p2 self permanent
  33:33:00:00:00:01 dev p3 self permanent
  33:33:00:00:00:6a dev br0 self permanent
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | grep -c '1 received'
  1
  $ bridge -n sw fdb show br br0 dynamic | sort
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  $ bridge -n sw link set dev p2 learning off
  $ bridge -n sw fdb del 02:00:00:00:00:02 dev p2 master
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | grep -c '1 received'
  1
  $ bridge -n sw fdb show br br0 dynamic | sort
  02:00:00:00:00:01 dev p1 master br0 
  $ bridge -n sw fdb add 02:00:00:00:00:02 dev p3 master static
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | grep received
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec h1 ip neigh show
  10.0.0.2 dev e0 lladdr 02:00:00:00:00:02 REACHABLE 
  $ bridge -n sw fdb replace 02:00:00:00:00:02 dev p2 master static
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | grep received
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ bridge -n sw -s fdb show dev p2 | sed -E 's/used [0-9]+\/[0-9]+/used X/'
  02:00:00:00:00:02 used X master br0 static
  02:00:00:00:90:02 used X master br0 permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  $ bridge -n sw link set dev p1 flood off
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.1 | grep received
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ bridge -n sw link set dev p1 flood on mcast_flood off
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.1 | grep received
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ bridge -n sw -d link show dev p1 | grep -oE '(flood|mcast_flood|learning) (on|off)'
  learning on
  flood on
  mcast_flood off
  flood on
  $ ip -n sw link set p3 down
  $ bridge -n sw fdb show br br0 dynamic | sort
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 static
  $ ip -n sw link set p3 up
  $ ip -n sw addr add 10.0.0.254/24 dev br0
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.254 | grep received
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ bridge -n sw fdb show dev br0 | sort
  01:00:5e:00:00:01 self permanent
  01:00:5e:00:00:6a self permanent
  02:00:00:00:99:99 master br0 permanent
  33:33:00:00:00:01 self permanent
  33:33:00:00:00:6a self permanent
  $ ip -n sw link set br0 type bridge ageing_time 100
  $ sleep 3
  $ bridge -n sw fdb show br br0 dynamic | sort
  02:00:00:00:00:02 dev p2 master br0 static
  $ ip -n sw -s link show p1 | sed -n '4p;6p'
             672       8      0       0       0       0 
             724      10      0       0       0       0 
