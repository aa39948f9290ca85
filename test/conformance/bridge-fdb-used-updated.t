bridge -s fdb show's used/updated seconds over time (jiffies_to_clock_t()/USER_HZ of now minus used and updated): a learned entry refreshed by traffic, a static entry never used, an entry seen only as a source (updated) or only as a destination (used), sticky and extern_learn entries; ageing_time 4 s takes the learned ones; brforward sysfs is not listed.
  $ for n in h1 h2 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 0 ageing_time 400
  $ for i in 1 2; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ for i in 1 2; do ip -n h$i neigh add 10.0.0.$((3-i)) lladdr 02:00:00:00:00:0$((3-i)) dev e0 nud permanent; done
  $ for p in p1 p2; do ip -n sw link set $p master br0; ip -n sw link set $p up; done; ip -n sw link set br0 up; sleep 1.2
  $ bridge -n sw fdb add 02:00:00:00:00:33 dev p1 master static
  $ bridge -n sw fdb add 02:00:00:00:00:44 dev p2 master sticky
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge -n sw fdb add 02:00:00:00:00:55 dev p2 master extern_learn
  $ s() { bridge -n sw -s fdb show br br0 | grep -E '^02:00:00:00:00:' | sort; }
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ s
  02:00:00:00:00:01 dev p1 used * master br0  (glob)
  02:00:00:00:00:02 dev p2 used * master br0  (glob)
  02:00:00:00:00:33 dev p1 used * master br0 static (glob)
  02:00:00:00:00:55 dev p2 used * extern_learn master br0  (glob)
  $ sleep 1.5; s
  02:00:00:00:00:01 dev p1 used * master br0  (glob)
  02:00:00:00:00:02 dev p2 used * master br0  (glob)
  02:00:00:00:00:33 dev p1 used * master br0 static (glob)
  02:00:00:00:00:55 dev p2 used * extern_learn master br0  (glob)
  $ echo hi | ip netns exec h1 socat -u - UDP4-SENDTO:10.0.0.2:9; sleep 1.2; s
  02:00:00:00:00:01 dev p1 used * master br0  (glob)
  02:00:00:00:00:02 dev p2 used * master br0  (glob)
  02:00:00:00:00:33 dev p1 used * master br0 static (glob)
  02:00:00:00:00:55 dev p2 used * extern_learn master br0  (glob)
  $ bridge -n sw -s -j fdb show dev p1 | grep -o '"mac":"02:00:00:00:00:0[12]"[^}]*'
  "mac":"02:00:00:00:00:01","used":1,"updated":1,"flags":[],"master":"br0","state":""
  $ sleep 2.4; s
  02:00:00:00:00:01 dev p1 used * master br0  (glob)
  02:00:00:00:00:02 dev p2 used * master br0  (glob)
  02:00:00:00:00:33 dev p1 used * master br0 static (glob)
  02:00:00:00:00:55 dev p2 used * extern_learn master br0  (glob)
  $ sleep 1.5; s
  02:00:00:00:00:33 dev p1 used * master br0 static (glob)
  02:00:00:00:00:55 dev p2 used * extern_learn master br0  (glob)
  $ ip -n sw link set br0 type bridge ageing_time 0; echo hi | ip netns exec h2 socat -u - UDP4-SENDTO:10.0.0.1:9; sleep 1.2; s
  02:00:00:00:00:33 dev p1 used * master br0 static (glob)
  02:00:00:00:00:55 dev p2 used * extern_learn master br0  (glob)
