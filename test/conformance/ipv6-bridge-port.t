Behind a bridge, a host's IPv6 noise reaches the other ports: the bridge floods the multicast reports and solicitations; the receiving host accepts and consumes them (no rx drop).
  $ ip netns add h1
  $ ip netns add h2
  $ ip netns add sw
  $ ip -n sw link add br0 type bridge mcast_snooping 0
  $ ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1
  $ ip -n sw link set br0 up
  $ ip link add e1 netns h1 address 02:00:00:00:00:01 type veth peer name p1 netns sw
  $ ip link add e2 netns h2 address 02:00:00:00:00:02 type veth peer name p2 netns sw
  $ ip netns exec h2 sysctl -qw net.ipv6.conf.all.disable_ipv6=1
  $ ip -n sw link set p1 master br0 up
  $ ip -n sw link set p2 master br0 up
  $ ip -n h2 link set e2 up
  $ ip -n h1 link set e1 up; sleep 3
  $ ip -n h2 -s link show e2 | sed -n 4p
             516       6      0       0       0       0 
  $ ip netns exec h2 sysctl -qw net.ipv6.conf.e2.disable_ipv6=0
  $ ip -n h2 -s link show e2 | sed -n 4p; ip -n h1 -s link show e1 | sed -n 4p
             516       6      0       0       0       0 
              90       1      0       0       0       0 
  $ ip -n h2 -6 addr
  2: e2@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000
      inet6 fe80::ff:fe00:2/64 scope link tentative 
         valid_lft forever preferred_lft forever
