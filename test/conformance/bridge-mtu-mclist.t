A bridge port's MTU below IPv6's minimum (1280) destroys its inet6_dev (addrconf_ifdown(), ipv6_mc_destroy_dev()): the all-nodes MAC 33:33:00:00:00:01 leaves its multicast list, and the bridge, following its smallest port's MTU, loses its own with its snooper group 33:33:00:00:00:6a; IPv4's 01:00:5e:00:00:01 stays. Back at 1280 and above, a new inet6_dev joins the all-nodes groups again (not the snoopers'); the link-local address comes back only on a device that is up.
  $ ip netns add sw
  $ ip netns exec sw sysctl -qw net.ipv6.conf.default.accept_dad=0 net.ipv6.conf.all.accept_dad=0
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip -n sw link set v0 master br0
  $ ip -n sw link set v0 up; ip -n sw link set v1 up; ip -n sw link set br0 up
  $ sleep 1.5
  $ bridge -n sw fdb show | grep -v 33:33:ff | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev v0 self permanent
  01:00:5e:00:00:01 dev v1 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  02:00:00:00:00:01 dev v0 master br0 permanent
  02:00:00:00:00:02 dev v0 master br0 
  02:00:00:00:99:99 dev br0 master br0 permanent
  33:33:00:00:00:01 dev br0 self permanent
  33:33:00:00:00:01 dev v0 self permanent
  33:33:00:00:00:01 dev v1 self permanent
  33:33:00:00:00:6a dev br0 self permanent
  $ ip -n sw -6 addr show dev v0 | grep -c inet6
  1
  $ ip -n sw link set v0 mtu 1279; echo $?
  0
  $ ip -n sw link show br0 | grep -o 'mtu [0-9]*'
  mtu 1279
  $ bridge -n sw fdb show | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev v0 self permanent
  01:00:5e:00:00:01 dev v1 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  02:00:00:00:00:01 dev v0 master br0 permanent
  02:00:00:00:00:02 dev v0 master br0 
  02:00:00:00:99:99 dev br0 master br0 permanent
  33:33:00:00:00:01 dev v1 self permanent
  33:33:ff:00:00:02 dev v1 self permanent
  $ ip -n sw -6 addr show dev v0
  $ ip -n sw -6 addr show dev br0
  $ ip -n sw link set v0 mtu 1280; echo $?
  0
  $ ip -n sw link show br0 | grep -o 'mtu [0-9]*'
  mtu 1280
  $ sleep 1.5
  $ bridge -n sw fdb show | grep -v 33:33:ff | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev v0 self permanent
  01:00:5e:00:00:01 dev v1 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  02:00:00:00:00:01 dev v0 master br0 permanent
  02:00:00:00:00:02 dev v0 master br0 
  02:00:00:00:99:99 dev br0 master br0 permanent
  33:33:00:00:00:01 dev br0 self permanent
  33:33:00:00:00:01 dev v0 self permanent
  33:33:00:00:00:01 dev v1 self permanent
  $ ip -n sw -6 addr show dev v0 | grep -c inet6
  1
  $ ip -n sw -6 addr show dev br0 | grep -c inet6
  1
  $ ip -n sw link set v1 mtu 68; echo $?
  0
  $ bridge -n sw fdb show dev v1 | sort
  01:00:5e:00:00:01 self permanent
  $ ip -n sw link set v1 down
  $ ip -n sw link set v1 mtu 1500; echo $?
  0
  $ bridge -n sw fdb show dev v1 | sort
  33:33:00:00:00:01 self permanent
  $ ip -n sw -6 addr show dev v1 | grep -c inet6
  0
  [1]
  $ ip -n sw link set v1 up
  $ sleep 1.5
  $ bridge -n sw fdb show dev v1 | grep -v 33:33:ff | sort
  01:00:5e:00:00:01 self permanent
  33:33:00:00:00:01 self permanent
