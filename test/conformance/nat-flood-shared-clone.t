A frame flooded by a bridge (its destination MAC not yet learnt) reaches every port with the same bytes: a router that DNATs and forwards its copy (skb_ensure_writable(), skb_cow()) must not change what the other ports see.
  $ for n in s a r g b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n s link add sw type bridge; ip -n s link set sw up
  $ for x in 'a 01' 'r 02' 'g 03'; do set -- $x; ip link add ${1}0 netns $1 address 02:00:00:00:00:$2 type veth peer name p$1 netns s; ip -n s link set p$1 master sw up; ip -n $1 link set ${1}0 up; ip -n $1 link set lo up; done
  $ ip link add g1 netns g address 02:00:00:00:01:03 type veth peer name b0 netns b address 02:00:00:00:01:04; ip -n g link set g1 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n r addr add 10.0.0.2/24 dev r0; ip -n g addr add 10.0.0.3/24 dev g0; ip -n g addr add 10.1.0.1/24 dev g1; ip -n b addr add 10.1.0.2/24 dev b0
  $ ip -n b route add default via 10.1.0.1; ip netns exec g sysctl -qw net.ipv4.ip_forward=1
  $ ip -n a neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev a0; ip -n g neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev g0; ip -n g neigh add 10.1.0.2 lladdr 02:00:00:00:01:04 dev g1; ip -n b neigh add 10.1.0.1 lladdr 02:00:00:00:01:03 dev b0
  $ ip netns exec g iptables -t nat -A PREROUTING -d 10.0.0.3 -p udp --dport 4444 -j DNAT --to-destination 10.1.0.2:9
  $ ip netns exec r tcpdump -l -n -t -e -v -i r0 udp > r.txt 2>/dev/null & ip netns exec b tcpdump -l -n -t -i b0 udp > b.txt 2>/dev/null & sleep 0.5
  $ echo hi | ip netns exec a socat -u - UDP-SENDTO:10.0.0.3:4444,sourceport=5555; sleep 0.3
  $ echo hi | ip netns exec a socat -u - UDP-SENDTO:10.0.0.3:4444,sourceport=5556; sleep 0.3
  $ sleep 0.3; kill %1 %2; wait; sed -E 's/id [0-9]+,/id X,/' r.txt; cat b.txt
  02:00:00:00:00:01 > 02:00:00:00:00:03, ethertype IPv4 (0x0800), length 45: (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto UDP (17), length 31)
      10.0.0.1.5555 > 10.0.0.3.4444: UDP, length 3
  
  IP 10.0.0.1.5555 > 10.1.0.2.9: UDP, length 3
  IP 10.0.0.1.5556 > 10.1.0.2.9: UDP, length 3
