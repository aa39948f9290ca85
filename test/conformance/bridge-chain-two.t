Two bridges in two namespaces joined by a veth trunk: each learns the far hosts on its trunk port, ping crosses both, tcpdump on the trunk sees the frames unchanged, and flushing one side relearns.
  $ for n in h1 h2 s1 s2; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n s1 link add br0 address 02:00:00:00:b1:00 type bridge
  $ ip -n s2 link add br0 address 02:00:00:00:b2:00 type bridge
  $ ip link add e0 netns h1 address 02:00:00:00:00:01 type veth peer name p1 netns s1 address 02:00:00:00:a1:01
  $ ip link add e0 netns h2 address 02:00:00:00:00:02 type veth peer name p1 netns s2 address 02:00:00:00:a2:01
  $ ip link add t0 netns s1 address 02:00:00:00:a1:ff type veth peer name t0 netns s2 address 02:00:00:00:a2:ff
  $ for s in s1 s2; do for d in p1 t0; do ip -n $s link set $d master br0; ip -n $s link set $d up; done; ip -n $s link set br0 up; done
  $ for h in h1 h2; do ip -n $h link set e0 up; done
  $ ip -n h1 addr add 10.0.0.1/24 dev e0; ip -n h2 addr add 10.0.0.2/24 dev e0
  $ ip netns exec s2 tcpdump -l -n -e -i t0 -c 4 not igmp >/tmp/sweepbr5-trunk.txt 2>/dev/null & sleep 1
  $ ip netns exec h1 ping -c 1 10.0.0.2 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  $ sleep 1; wait
  $ sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id X/' /tmp/sweepbr5-trunk.txt; rm -f /tmp/sweepbr5-trunk.txt
  02:00:00:00:00:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  02:00:00:00:00:02 > 02:00:00:00:00:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:00:02, length 28
  02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 98: 10.0.0.1 > 10.0.0.2: ICMP echo request, id X, seq 1, length 64
  02:00:00:00:00:02 > 02:00:00:00:00:01, ethertype IPv4 (0x0800), length 98: 10.0.0.2 > 10.0.0.1: ICMP echo reply, id X, seq 1, length 64
  $ bridge -n s1 fdb show dynamic | grep -v -e b1:00 -e b2:00 | sort
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev t0 master br0 
  $ bridge -n s2 fdb show dynamic | grep -v -e b1:00 -e b2:00 | sort
  02:00:00:00:00:01 dev t0 master br0 
  02:00:00:00:00:02 dev p1 master br0 
  $ bridge -n s1 fdb flush dev br0 dynamic
  $ bridge -n s1 fdb show dynamic | grep -v -e b1:00 -e b2:00 | sort
  $ ip netns exec h2 ping -c 1 10.0.0.1 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 
  $ bridge -n s1 fdb show dynamic | grep -v -e b1:00 -e b2:00 | sort
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev t0 master br0 
  $ bridge -n s1 -s fdb show dynamic | grep -v -e b1:00 -e b2:00 | sed -E 's/used [0-9]+\/[0-9]+/used U/' | sort
  02:00:00:00:00:01 dev p1 used U master br0 
  02:00:00:00:00:02 dev t0 used U master br0 
