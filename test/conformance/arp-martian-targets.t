ARP requests for odd targets and from odd senders (arp_process()'s early drops): a loopback target with route_localnet 0 and 1, the broadcast and network addresses of the subnet, a multicast target, 0.0.0.0, an address of another subnet on the device (weak host model) and one on lo; a loopback or multicast sender. arping exit codes and what h learned.
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name x0 netns x address 02:00:00:00:02:00
  $ ip -n h link set e0 up; ip -n x link set x0 up
  $ ip -n h addr add 10.0.0.1/24 dev e0; ip -n h addr add 192.168.3.1/24 dev e0; ip -n h addr add 10.9.9.9/32 dev lo
  $ ip -n x addr add 10.0.0.100/24 dev x0
  $ probe() { ip netns exec x arping -c 1 -w 1 -I x0 "$@" 2>&1 | grep -o 'reply from .*\]\|Received .*\|arping: .*'; }
  $ for t in 127.0.0.1 10.0.0.255 10.0.0.0 224.0.0.1 192.168.3.1 10.9.9.9 0.0.0.0 255.255.255.255; do echo "== $t"; probe $t; done
  == 127.0.0.1
  Received 0 response(s)
  == 10.0.0.255
  arping: connect: Permission denied
  == 10.0.0.0
  Received 0 response(s)
  == 224.0.0.1
  Received 0 response(s)
  == 192.168.3.1
  reply from 192.168.3.1 [02:00:00:00:01:00]
  Received 1 response(s)
  == 10.9.9.9
  reply from 10.9.9.9 [02:00:00:00:01:00]
  Received 1 response(s)
  == 0.0.0.0
  Received 0 response(s)
  == 255.255.255.255
  arping: connect: Permission denied
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.route_localnet=1
  $ for t in 127.0.0.1 127.0.0.2; do echo "== $t"; probe $t; done
  == 127.0.0.1
  reply from 127.0.0.1 [02:00:00:00:01:00]
  Received 1 response(s)
  == 127.0.0.2
  reply from 127.0.0.2 [02:00:00:00:01:00]
  Received 1 response(s)
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.route_localnet=1; probe 127.0.0.1
  reply from 127.0.0.1 [02:00:00:00:01:00]
  Received 1 response(s)
  $ ip -n h neigh show | sort
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
  $ ip -n x addr add 127.0.0.5/8 dev x0; ip -n x addr add 224.0.0.77/32 dev x0 autojoin 2>&1; ip -n x addr add 10.0.0.0/32 dev x0; ip -n x addr add 10.0.0.255/32 dev x0
  $ for s in 127.0.0.5 10.0.0.0 10.0.0.255; do echo "== from $s"; probe -s $s 10.0.0.1; done
  == from 127.0.0.5
  reply from 10.0.0.1 [02:00:00:00:01:00]
  Received 1 response(s)
  == from 10.0.0.0
  reply from 10.0.0.1 [02:00:00:00:01:00]
  Received 1 response(s)
  == from 10.0.0.255
  reply from 10.0.0.1 [02:00:00:00:01:00]
  Received 1 response(s)
  $ ip -n h neigh show | sort
  10.0.0.0 dev e0 lladdr 02:00:00:00:02:00 STALE 
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
  127.0.0.5 dev e0 lladdr 02:00:00:00:02:00 STALE 
  $ ip netns exec x arping -D -c 1 -w 1 -I x0 10.0.0.255 | grep -c reply
  0
  [1]
  $ ip netns exec x arping -U -c 1 -I x0 -s 10.0.0.255 10.0.0.255 > /dev/null; ip netns exec h sysctl -qw net.ipv4.conf.e0.arp_accept=1; ip netns exec x arping -U -c 1 -I x0 -s 10.0.0.255 10.0.0.255 > /dev/null; ip netns exec x arping -A -c 1 -I x0 -s 10.0.0.0 10.0.0.0 > /dev/null; ip -n h neigh show | sort
  10.0.0.0 dev e0 lladdr 02:00:00:00:02:00 STALE 
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
  127.0.0.5 dev e0 lladdr 02:00:00:00:02:00 STALE 
