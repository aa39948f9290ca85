arp_ignore, arp_announce and arp_filter modes against addresses on another interface.
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add e0 netns h address 02:00:00:00:00:01 type veth peer name x0 netns x address 02:00:00:00:00:02
  $ ip -n h link add d0 type dummy
  Error: Unknown device type.
  [2]
  $ ip -n h link set e0 up; ip -n h link set d0 up; ip -n x link set x0 up
  Cannot find device "d0"
  $ ip -n h addr add 10.0.0.1/24 dev e0
  $ ip -n h addr add 10.0.0.5/32 dev e0 scope host
  $ ip -n h addr add 192.168.9.1/24 dev d0
  Cannot find device "d0"
  [1]
  $ ip -n x addr add 10.0.0.2/24 dev x0
  $ ip -n x addr add 192.168.9.2/32 dev x0
  $ probe() { ip netns exec x arping -c 1 -w 1 -I x0 $1 >/dev/null; echo "$1 $?"; ip -n x neigh flush dev x0; }
  $ for a in 10.0.0.1 10.0.0.5 192.168.9.1; do probe $a; done
  10.0.0.1 0
  10.0.0.5 0
  192.168.9.1 1
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.arp_ignore=1
  $ for a in 10.0.0.1 10.0.0.5 192.168.9.1; do probe $a; done
  10.0.0.1 0
  10.0.0.5 0
  192.168.9.1 1
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.arp_ignore=2
  $ for a in 10.0.0.1 10.0.0.5 192.168.9.1; do probe $a; done
  10.0.0.1 0
  10.0.0.5 0
  192.168.9.1 1
  $ ip netns exec x arping -c 1 -w 1 -s 192.168.9.2 -I x0 10.0.0.1 >/dev/null; echo $?
  1
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.arp_ignore=3
  $ for a in 10.0.0.1 10.0.0.5 192.168.9.1; do probe $a; done
  10.0.0.1 0
  10.0.0.5 1
  192.168.9.1 1
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.arp_ignore=8
  $ for a in 10.0.0.1 10.0.0.5 192.168.9.1; do probe $a; done
  10.0.0.1 1
  10.0.0.5 1
  192.168.9.1 1
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.arp_ignore=0 net.ipv4.conf.all.arp_ignore=1
  $ for a in 10.0.0.1 10.0.0.5 192.168.9.1; do probe $a; done
  10.0.0.1 0
  10.0.0.5 0
  192.168.9.1 1
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_ignore=0 net.ipv4.conf.e0.arp_filter=1
  $ for a in 10.0.0.1 10.0.0.5 192.168.9.1; do probe $a; done
  10.0.0.1 0
  10.0.0.5 0
  192.168.9.1 1
  $ ip netns exec h nstat -az IpExtInBcastPkts 2>/dev/null | tail -n +2
  IpExtInBcastPkts                0                  0.0
  $ ip -n h neigh show | sort
  10.0.0.2 dev e0 lladdr 02:00:00:00:00:02 STALE 
