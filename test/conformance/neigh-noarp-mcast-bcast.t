NOARP neighbour entries the kernel makes by itself: the subnet and limited broadcast (ff:ff:ff:ff:ff:ff), a multicast group (01:00:5e:...), a device with arp off (its own MAC) and loopback; how ip neigh show lists them by nud and how flush treats them.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:00 type veth peer name b0 netns b address 02:00:00:00:0b:00
  $ ip -n a link add a1 address 02:00:00:00:0a:01 type veth peer name a2 address 02:00:00:00:0a:02
  $ for d in lo a0 a1 a2; do ip -n a link set $d up; done
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.1.0.1/24 dev a1
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 1 -b -W 1 10.0.0.255 2>&1 | sed -n 1p
  WARNING: pinging broadcast address
  $ ip netns exec a ping -c 1 -W 1 -I a0 224.0.0.1 > /dev/null
  [1]
  $ ip netns exec a ping -c 1 -W 1 -b -I a0 255.255.255.255 2>&1 | sed -n 1p
  WARNING: pinging broadcast address
  $ ip netns exec a ping -c 1 -W 1 127.0.0.1 > /dev/null
  $ ip -n a link set a1 arp off
  $ ip netns exec a ping -c 1 -W 1 10.1.0.7 > /dev/null
  [1]
  $ ip -n a neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.255 dev a0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  10.1.0.7 dev a1 lladdr 02:00:00:00:0a:01 NOARP 
  224.0.0.1 dev a0 lladdr 01:00:5e:00:00:01 NOARP 
  255.255.255.255 dev a0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  $ ip -n a neigh show nud noarp | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.255 dev a0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  10.1.0.7 dev a1 lladdr 02:00:00:00:0a:01 NOARP 
  224.0.0.1 dev a0 lladdr 01:00:5e:00:00:01 NOARP 
  255.255.255.255 dev a0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  $ ip -n a neigh show dev a0 | sort
  $ ip -n a -s neigh show 10.0.0.255 | sed -E 's/used [0-9]+\/[0-9]+\/[0-9]+ /used X /'
  $ ip -n a neigh get 224.0.0.1 dev a0
  224.0.0.1 dev a0 lladdr 01:00:5e:00:00:01 NOARP 
  $ ip -n a neigh flush dev a0
  $ ip -n a neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.255 dev a0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  10.1.0.7 dev a1 lladdr 02:00:00:00:0a:01 NOARP 
  224.0.0.1 dev a0 lladdr 01:00:5e:00:00:01 NOARP 
  255.255.255.255 dev a0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  $ ip -n a neigh flush nud noarp
  $ ip -n a neigh show nud all | sort
  $ ip -n a neigh flush all
  $ ip -n a neigh show nud all | sort
  $ cat /proc/net/arp
  IP address       HW type     Flags       HW address            Mask     Device
  $ ip netns exec a cat /proc/net/arp
  IP address       HW type     Flags       HW address            Mask     Device
