Where a netfilter verdict sits against neighbour resolution: a packet dropped in OUTPUT or POSTROUTING (mangle) never reaches ip_finish_output2, so no entry is made and no ARP sent; a REJECT in OUTPUT fails the send; a FORWARD drop on a router leaves no entry for the next hop; an INPUT drop on the peer still lets ARP answer (the entry is REACHABLE, the ping fails); arptables is not involved.
  $ for n in a r c; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:00 type veth peer name r0 netns r address 02:00:00:00:01:00
  $ ip link add c0 netns c address 02:00:00:00:0c:00 type veth peer name r1 netns r address 02:00:00:00:01:01
  $ ip -n a link set a0 up; ip -n r link set r0 up; ip -n r link set r1 up; ip -n c link set c0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n a route add default via 10.0.0.254
  $ ip -n r addr add 10.0.0.254/24 dev r0; ip -n r addr add 10.0.1.254/24 dev r1
  $ ip -n c addr add 10.0.1.2/24 dev c0; ip -n c route add default via 10.0.1.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a iptables -A OUTPUT -d 10.0.0.254 -j DROP
  $ ip netns exec a ping -c 1 -W 1 10.0.0.254 2>&1 | grep -E 'sendmsg|transmitted'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a neigh show
  $ ip netns exec a iptables -F OUTPUT
  $ ip netns exec a iptables -A OUTPUT -d 10.0.0.254 -p icmp -j REJECT
  $ ip netns exec a ping -c 1 -W 1 10.0.0.254 2>&1 | grep -E 'sendmsg|From|transmitted'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a neigh show
  $ ip netns exec a iptables -F OUTPUT
  $ ip netns exec a iptables -t mangle -A POSTROUTING -d 10.0.0.254 -j DROP
  $ ip netns exec a ping -c 1 -W 1 10.0.0.254 2>&1 | grep -E 'sendmsg|transmitted'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a neigh show
  $ ip netns exec a iptables -t mangle -F POSTROUTING
  $ ip netns exec r iptables -A FORWARD -d 10.0.1.2 -j DROP
  $ ip netns exec a ping -c 1 -W 1 10.0.1.2 2>&1 | grep -E 'sendmsg|transmitted'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a neigh show
  10.0.0.254 dev a0 lladdr 02:00:00:00:01:00 REACHABLE 
  $ ip -n r neigh show | sort
  10.0.0.1 dev r0 lladdr 02:00:00:00:0a:00 STALE 
  $ ip netns exec r iptables -F FORWARD
  $ ip netns exec c iptables -A INPUT -p icmp -j DROP
  $ ip netns exec a ping -c 1 -W 1 10.0.1.2 2>&1 | grep -E 'sendmsg|transmitted'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n r neigh show | sort
  10.0.0.1 dev r0 lladdr 02:00:00:00:0a:00 STALE 
  10.0.1.2 dev r1 lladdr 02:00:00:00:0c:00 REACHABLE 
  $ ip -n c neigh show | sort
  10.0.1.254 dev c0 lladdr 02:00:00:00:01:01 STALE 
  $ ip netns exec c iptables -L INPUT -v -n -x | sed -n 3p | sed -E 's/ +/ /g'
   1 84 DROP 1 -- * * 0.0.0.0/0 0.0.0.0/0 
  $ ip netns exec r iptables -t mangle -A POSTROUTING -o r1 -j DROP
  $ ip -n r neigh flush all
  $ ip netns exec a ping -c 1 -W 1 10.0.1.2 2>&1 | grep -E 'sendmsg|transmitted'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n r neigh show | sort
  $ ip netns exec r iptables -t mangle -L POSTROUTING -v -n -x | sed -n 3p | sed -E 's/ +/ /g'
   1 84 DROP 0 -- * r1 0.0.0.0/0 0.0.0.0/0 
