bridge fdb add/replace/del: static, local and dynamic entries, master and self.
  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link set br0 up
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; done
  $ for i in 1 2 3; do ip -n sw link set p$i master br0 up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ bridge -n sw fdb add 02:00:00:00:aa:01 dev p1 master static
  $ bridge -n sw fdb add 02:00:00:00:aa:02 dev p2 master
  $ bridge -n sw fdb add 02:00:00:00:aa:03 dev p3 master dynamic
  $ bridge -n sw fdb add 02:00:00:00:aa:04 dev br0 self
  $ bridge -n sw fdb add 02:00:00:00:aa:05 dev p1
  $ bridge -n sw fdb show br br0
  33:33:00:00:00:01 dev br0 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  33:33:00:00:00:6a dev br0 self permanent
  01:00:5e:00:00:01 dev br0 self permanent
  02:00:00:00:aa:04 dev br0 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:aa:01 dev p1 master br0 static
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:aa:05 dev p1 self permanent
  33:33:00:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  02:00:00:00:aa:02 dev p2 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  33:33:00:00:00:01 dev p2 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  02:00:00:00:aa:03 dev p3 master br0 
  02:00:00:00:90:03 dev p3 master br0 permanent
  33:33:00:00:00:01 dev p3 self permanent
  01:00:5e:00:00:01 dev p3 self permanent
  $ bridge -n sw fdb show dev p1
  02:00:00:00:aa:01 master br0 static
  02:00:00:00:90:01 master br0 permanent
  02:00:00:00:aa:05 self permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  $ bridge -n sw fdb add 02:00:00:00:aa:01 dev p1 master static
  RTNETLINK answers: File exists
  [255]
  $ bridge -n sw fdb replace 02:00:00:00:aa:01 dev p2 master static
  $ bridge -n sw fdb replace 02:00:00:00:aa:06 dev p2 master dynamic
  $ bridge -n sw fdb show brport p2
  02:00:00:00:aa:06 master br0 
  02:00:00:00:aa:02 master br0 permanent
  02:00:00:00:aa:01 master br0 static
  02:00:00:00:90:02 master br0 permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  $ bridge -n sw fdb del 02:00:00:00:aa:01 dev p1 master
  RTNETLINK answers: No such file or directory
  [255]
  $ bridge -n sw fdb del 02:00:00:00:aa:01 dev p2 master
  $ bridge -n sw fdb del 02:00:00:00:aa:02 dev p2
  RTNETLINK answers: No such file or directory
  [255]
  $ bridge -n sw fdb del 02:00:00:00:aa:05 dev p1
  $ bridge -n sw fdb del 02:00:00:00:aa:04 dev br0 self
  $ bridge -n sw fdb add 02:00:00:00:aa:07 dev br0 self static
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge -n sw fdb add 00:00:00:00:00:00 dev p1 master
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge -n sw fdb add 02:00:00:00:aa:08 dev p1 master vlan 10
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge -n sw fdb add 02:00:00:00:aa:08 dev lo master
  Error: FDB add only supported for Ethernet devices.
  [255]
  $ bridge -n sw fdb add zz dev p1 master
  Invalid mac address zz
  [255]
  $ bridge -n sw fdb add 02:00:00:00:aa:09 dev nosuch master
  Cannot find device "nosuch"
  [255]
  $ bridge -n sw fdb add 02:00:00:00:aa:09
  Device and address are required arguments.
  [255]
  $ bridge -n sw fdb show br br0
  33:33:00:00:00:01 dev br0 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  33:33:00:00:00:6a dev br0 self permanent
  01:00:5e:00:00:01 dev br0 self permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:90:01 dev p1 master br0 permanent
  33:33:00:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  02:00:00:00:aa:06 dev p2 master br0 
  02:00:00:00:aa:02 dev p2 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  33:33:00:00:00:01 dev p2 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  02:00:00:00:aa:03 dev p3 master br0 
  02:00:00:00:90:03 dev p3 master br0 permanent
  33:33:00:00:00:01 dev p3 self permanent
  01:00:5e:00:00:01 dev p3 self permanent
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ bridge -n sw fdb replace 02:00:00:00:00:02 dev p3 master static
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ bridge -n sw fdb show brport p3
  02:00:00:00:00:02 master br0 static
  02:00:00:00:aa:03 master br0 
  02:00:00:00:90:03 master br0 permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
