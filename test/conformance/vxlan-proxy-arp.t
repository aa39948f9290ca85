vxlan proxy (ARP suppression, arp_reduce()): a vxlan device with proxy answers an ARP request it is asked to send from its own neighbour table (a reachable or permanent entry on the vxlan device) and never sends the request over the tunnel; no entry, a STALE one, or a NOARP device: the request is dropped; a host behind a bridge with the vxlan as a port gets the answer too; proxy in ip -d link, changelink of the flag.
  $ for n in v1 v2 h; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add u1 netns v1 address 02:00:00:00:01:01 type veth peer name u2 netns v2 address 02:00:00:00:02:01
  $ ip -n v1 link set u1 up; ip -n v2 link set u2 up
  $ ip -n v1 addr add 192.168.0.1/24 dev u1
  $ ip -n v2 addr add 192.168.0.2/24 dev u2
  $ ip -n v1 link add vx0 address 02:00:00:00:01:02 type vxlan id 100 remote 192.168.0.2 dstport 4789 proxy
  $ ip -n v2 link add vx0 address 02:00:00:00:02:02 type vxlan id 100 remote 192.168.0.1 dstport 4789
  $ ip -n v1 link set vx0 up; ip -n v2 link set vx0 up
  $ ip -n v1 addr add 10.0.0.1/24 dev vx0
  $ ip -n v2 addr add 10.0.0.2/24 dev vx0
  $ ip -n v1 -d link show vx0 | grep -o 'vxlan id.*'
  vxlan id 100 remote 192.168.0.2 srcport 0 0 dstport 4789 proxy ttl auto ageing 300 udpcsum noudp6zerocsumtx noudp6zerocsumrx addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 65536 tso_max_segs 65535 gro_max_size 65536 
  $ ip netns exec v1 arping -c 1 -w 1 -I vx0 10.0.0.2 | sort
  ARPING 10.0.0.2 from 10.0.0.1 vx0
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  $ ip -n v1 -s link show vx0 | sed -n '4p;6p'; ip -n v1 -s link show u1 | sed -n '4p;6p'
               0       0      0       0       0       0 
               0       0      0       0       0       0 
               0       0      0       0       0       0 
               0       0      0       0       0       0 
  $ ip -n v1 neigh add 10.0.0.2 lladdr 02:00:00:00:02:02 dev vx0 nud stale
  $ ip netns exec v1 arping -c 1 -w 1 -I vx0 10.0.0.2 | sort
  ARPING 10.0.0.2 from 10.0.0.1 vx0
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  $ ip -n v1 neigh replace 10.0.0.2 lladdr 02:00:00:00:02:02 dev vx0 nud reachable
  $ ip netns exec v1 arping -c 1 -w 1 -I vx0 10.0.0.2 | sort
  ARPING 10.0.0.2 from 10.0.0.1 vx0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.2 [02:00:00:00:02:02]  *ms (glob)
  $ ip -n v1 neigh replace 10.0.0.2 lladdr 02:00:00:00:02:22 dev vx0 nud permanent
  $ ip netns exec v1 arping -c 2 -w 3 -I vx0 10.0.0.2 | sort
  ARPING 10.0.0.2 from 10.0.0.1 vx0
  Received 2 response(s)
  Sent 2 probes (1 broadcast(s))
  Unicast reply from 10.0.0.2 [02:00:00:00:02:22]  *ms (glob)
  Unicast reply from 10.0.0.2 [02:00:00:00:02:22]  *ms (glob)
  $ ip netns exec v1 arping -c 1 -w 1 -I vx0 -s 10.0.0.1 10.0.0.9 | sort
  ARPING 10.0.0.9 from 10.0.0.1 vx0
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  $ ip -n v1 -s link show vx0 | sed -n '4p;6p'; ip -n v1 -s link show u1 | sed -n '4p;6p'
               0       0      0       0       0       0 
               0       0      0       0       0       0 
               0       0      0       0       0       0 
               0       0      0       0       0       0 
  $ ip -n v1 neigh replace 10.0.0.2 lladdr 02:00:00:00:02:02 dev vx0 nud permanent
  $ ip netns exec v1 ping -c 1 -W 1 10.0.0.2 | grep -c 'bytes from'
  0
  [1]
  $ ip -n v2 neigh show dev vx0 nud all
  10.0.0.1 INCOMPLETE 
  $ ip netns exec v2 ping -c 1 -W 1 10.0.0.1 | grep -c 'bytes from'
  0
  [1]
  $ ip -n v1 link set vx0 arp off; ip -n v1 neigh replace 10.0.0.2 lladdr 02:00:00:00:02:02 dev vx0 nud permanent
  $ ip netns exec v1 arping -c 1 -w 1 -I vx0 10.0.0.2 | sort
  Interface "vx0" is not ARPable
  $ ip -n v1 link set vx0 arp on
  $ ip link add h0 netns h address 02:00:00:00:03:01 type veth peer name p0 netns v1
  $ ip -n v1 link add br0 address 02:00:00:00:01:0b type bridge
  $ ip -n v1 link set vx0 master br0; ip -n v1 link set p0 master br0
  $ ip -n v1 link set br0 up; ip -n v1 link set p0 up; ip -n h link set h0 up
  $ ip -n h addr add 10.0.0.7/24 dev h0
  $ ip -n v1 neigh replace 10.0.0.2 lladdr 02:00:00:00:02:02 dev vx0 nud permanent
  $ ip netns exec h arping -c 1 -w 1 -I h0 10.0.0.2 | sort
  ARPING 10.0.0.2 from 10.0.0.7 h0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.2 [02:00:00:00:02:02]  *ms (glob)
  $ ip netns exec h arping -c 1 -w 1 -I h0 10.0.0.3 | sort
  ARPING 10.0.0.3 from 10.0.0.7 h0
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  $ ip -n v1 link set vx0 type vxlan noproxy
  Error: vxlan: cannot change PROXY flag.
  [2]
  $ ip -n v1 -d link show vx0 | grep -o 'vxlan id.*'
  vxlan id 100 remote 192.168.0.2 srcport 0 0 dstport 4789 proxy ttl auto ageing 300 udpcsum noudp6zerocsumtx noudp6zerocsumrx 
  $ ip -n v1 link set vx0 type vxlan proxy
  Error: vxlan: cannot change PROXY flag.
  [2]
  $ ip -n v1 -d link show vx0 | grep -o 'vxlan id.*'
  vxlan id 100 remote 192.168.0.2 srcport 0 0 dstport 4789 proxy ttl auto ageing 300 udpcsum noudp6zerocsumtx noudp6zerocsumrx 
