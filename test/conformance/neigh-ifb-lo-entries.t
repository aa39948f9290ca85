Neighbour entries on an ifb device (IFF_NOARP, like dummy) and on lo: what traffic to a neighbour creates (NOARP entries with the device's own or zero address), manual entries of each state, how ip neigh show / nud all / get / -s / /proc/net/arp list them, and what link down and flush remove.
  $ ip netns add a
  $ ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n a link add d0 address 02:00:00:00:0d:00 type ifb
  $ ip -n a link show d0 | head -1
  2: d0: <BROADCAST,NOARP> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 32
  $ ip -n a link set lo up; ip -n a link set d0 up
  $ ip -n a addr add 10.0.0.1/24 dev d0
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  1
  $ ip -n a neigh show
  $ ip -n a neigh show nud all | sort
  10.0.0.2 dev d0 lladdr 02:00:00:00:0d:00 NOARP 
  $ ip -n a neigh get 10.0.0.2 dev d0
  10.0.0.2 dev d0 lladdr 02:00:00:00:0d:00 NOARP 
  $ ip netns exec a cat /proc/net/arp
  IP address       HW type     Flags       HW address            Mask     Device
  $ ip netns exec a ping -c 1 -W 1 127.0.0.5 > /dev/null; echo $?
  0
  $ ip -n a neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.2 dev d0 lladdr 02:00:00:00:0d:00 NOARP 
  $ ip -n a neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev d0
  $ ip -n a neigh add 10.0.0.4 lladdr 02:00:00:00:00:04 dev d0 nud reachable
  $ ip -n a neigh add 10.0.0.5 dev d0 nud incomplete; echo $?
  0
  $ ip -n a neigh replace 10.0.0.2 lladdr 02:00:00:00:00:02 dev d0 nud stale
  $ ip -n a neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.2 dev d0 lladdr 02:00:00:00:00:02 STALE 
  10.0.0.3 dev d0 lladdr 02:00:00:00:00:03 PERMANENT 
  10.0.0.4 dev d0 lladdr 02:00:00:00:00:04 REACHABLE 
  10.0.0.5 dev d0 INCOMPLETE 
  $ ip netns exec a ping -c 1 -W 1 10.0.0.4 > /dev/null; echo $?
  1
  $ ip -n a neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.2 dev d0 lladdr 02:00:00:00:00:02 STALE 
  10.0.0.3 dev d0 lladdr 02:00:00:00:00:03 PERMANENT 
  10.0.0.4 dev d0 lladdr 02:00:00:00:00:04 REACHABLE 
  10.0.0.5 dev d0 INCOMPLETE 
  $ ip -n a -s neigh show 10.0.0.3 | sed -E 's/used [0-9]+\/[0-9]+\/[0-9]+/used X/'
  10.0.0.3 dev d0 lladdr 02:00:00:00:00:03  used Xprobes 0 PERMANENT 
  $ ip netns exec a sort /proc/net/arp
  10.0.0.2         0x1         0x2         02:00:00:00:00:02     *        d0
  10.0.0.3         0x1         0x6         02:00:00:00:00:03     *        d0
  10.0.0.4         0x1         0x2         02:00:00:00:00:04     *        d0
  10.0.0.5         0x1         0x0         02:00:00:00:0d:00     *        d0
  IP address       HW type     Flags       HW address            Mask     Device
  $ ip -n a neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev lo; echo $?
  0
  $ ip -n a neigh add 127.0.0.8 lladdr 00:00:00:00:00:00 dev lo nud permanent; echo $?
  0
  $ ip -n a neigh show dev lo nud all
  0.0.0.0 lladdr 00:00:00:00:00:00 PERMANENT 
  $ ip -n a neigh flush dev d0
  $ ip -n a neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 PERMANENT 
  10.0.0.3 dev d0 lladdr 02:00:00:00:00:03 PERMANENT 
  $ ip -n a link set d0 down
  $ ip -n a neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 PERMANENT 
  $ ip -n a link set lo down
  $ ip -n a neigh show nud all | sort
