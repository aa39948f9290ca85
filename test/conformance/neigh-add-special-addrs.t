ip neigh add/replace/change of addresses that are not plain unicast neighbours: the subnet broadcast, 255.255.255.255, a multicast group, 0.0.0.0, the host's own address, a loopback address, an address off every subnet; their states after traffic and what /proc/net/arp and ip neigh show list.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a neigh add 10.0.0.255 lladdr 02:00:00:00:00:ff dev a0
  $ ip -n a neigh add 255.255.255.255 lladdr 02:00:00:00:00:fe dev a0
  $ ip -n a neigh add 224.0.0.9 lladdr 02:00:00:00:00:e0 dev a0
  $ ip -n a neigh add 0.0.0.0 lladdr 02:00:00:00:00:01 dev a0
  $ ip -n a neigh add 10.0.0.1 lladdr 02:00:00:00:00:02 dev a0
  $ ip -n a neigh add 127.0.0.9 lladdr 02:00:00:00:00:03 dev a0
  $ ip -n a neigh add 192.0.2.7 lladdr 02:00:00:00:00:04 dev a0 nud reachable
  $ ip -n a neigh show nud all | sort
  0.0.0.0 dev a0 lladdr 02:00:00:00:00:01 PERMANENT 
  10.0.0.1 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.255 dev a0 lladdr 02:00:00:00:00:ff PERMANENT 
  127.0.0.9 dev a0 lladdr 02:00:00:00:00:03 PERMANENT 
  192.0.2.7 dev a0 lladdr 02:00:00:00:00:04 REACHABLE 
  224.0.0.9 dev a0 lladdr 02:00:00:00:00:e0 PERMANENT 
  255.255.255.255 dev a0 lladdr 02:00:00:00:00:fe PERMANENT 
  $ ip netns exec a sort /proc/net/arp
  0.0.0.0          0x1         0x6         02:00:00:00:00:01     *        a0
  10.0.0.1         0x1         0x6         02:00:00:00:00:02     *        a0
  10.0.0.255       0x1         0x6         02:00:00:00:00:ff     *        a0
  127.0.0.9        0x1         0x6         02:00:00:00:00:03     *        a0
  192.0.2.7        0x1         0x2         02:00:00:00:00:04     *        a0
  224.0.0.9        0x1         0x6         02:00:00:00:00:e0     *        a0
  255.255.255.255  0x1         0x6         02:00:00:00:00:fe     *        a0
  IP address       HW type     Flags       HW address            Mask     Device
  $ ip -n a neigh replace 10.0.0.255 lladdr 02:00:00:00:00:aa dev a0 nud stale
  $ ip -n a neigh change 224.0.0.9 dev a0 nud noarp
  $ ip -n a neigh show nud all | sort
  0.0.0.0 dev a0 lladdr 02:00:00:00:00:01 PERMANENT 
  10.0.0.1 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.255 dev a0 lladdr 02:00:00:00:00:aa STALE 
  127.0.0.9 dev a0 lladdr 02:00:00:00:00:03 PERMANENT 
  192.0.2.7 dev a0 lladdr 02:00:00:00:00:04 REACHABLE 
  224.0.0.9 dev a0 lladdr 02:00:00:00:00:e0 NOARP 
  255.255.255.255 dev a0 lladdr 02:00:00:00:00:fe PERMANENT 
  $ ip netns exec a ping -c 1 -b -W 1 10.0.0.255 2>&1 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -W 1 10.0.0.1 | grep -c 'bytes from'
  0
  [1]
  $ ip -n a neigh show nud all | sort
  0.0.0.0 dev a0 lladdr 02:00:00:00:00:01 PERMANENT 
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.1 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.255 dev a0 lladdr 02:00:00:00:00:aa DELAY 
  127.0.0.9 dev a0 lladdr 02:00:00:00:00:03 PERMANENT 
  192.0.2.7 dev a0 lladdr 02:00:00:00:00:04 REACHABLE 
  224.0.0.9 dev a0 lladdr 02:00:00:00:00:e0 NOARP 
  255.255.255.255 dev a0 lladdr 02:00:00:00:00:fe PERMANENT 
  $ ip -n a neigh del 10.0.0.255 dev a0
  $ ip -n a neigh del 224.0.0.9 dev a0
  $ ip netns exec a ping -c 1 -b -W 1 10.0.0.255 > /dev/null 2>&1; ip -n a neigh show nud all | sort
  0.0.0.0 dev a0 lladdr 02:00:00:00:00:01 PERMANENT 
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.1 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.255 dev a0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  127.0.0.9 dev a0 lladdr 02:00:00:00:00:03 PERMANENT 
  192.0.2.7 dev a0 lladdr 02:00:00:00:00:04 REACHABLE 
  255.255.255.255 dev a0 lladdr 02:00:00:00:00:fe PERMANENT 
  $ ip -n a neigh add 10.0.0.255 lladdr 02:00:00:00:00:ff dev a0
  RTNETLINK answers: File exists
  [2]
  $ ip -n a neigh show 10.0.0.255
  $ ip -n a neigh replace 10.0.0.255 lladdr 02:00:00:00:00:ff dev a0 nud permanent
  $ ip -n a neigh show 10.0.0.255
  10.0.0.255 dev a0 lladdr 02:00:00:00:00:ff PERMANENT 
  $ ip -n a neigh add 10.0.0.0 lladdr 02:00:00:00:00:10 dev a0
  $ ip -n a neigh change 0.0.0.0 dev a0 nud stale
  $ ip -n a neigh show nud all | sort
  0.0.0.0 dev a0 lladdr 02:00:00:00:00:01 STALE 
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.0 dev a0 lladdr 02:00:00:00:00:10 PERMANENT 
  10.0.0.1 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.255 dev a0 lladdr 02:00:00:00:00:ff PERMANENT 
  127.0.0.9 dev a0 lladdr 02:00:00:00:00:03 PERMANENT 
  192.0.2.7 dev a0 lladdr 02:00:00:00:00:04 REACHABLE 
  255.255.255.255 dev a0 lladdr 02:00:00:00:00:fe PERMANENT 
  $ ip -n a neigh flush all
  $ ip -n a neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.0 dev a0 lladdr 02:00:00:00:00:10 PERMANENT 
  10.0.0.1 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.255 dev a0 lladdr 02:00:00:00:00:ff PERMANENT 
  127.0.0.9 dev a0 lladdr 02:00:00:00:00:03 PERMANENT 
  255.255.255.255 dev a0 lladdr 02:00:00:00:00:fe PERMANENT 
  $ ip -n a neigh flush nud all
  $ ip -n a neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
