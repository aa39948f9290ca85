proxy_arp on a bridge port: the bridge answers an ARP request arriving on it from its own neighbour table (when the target's MAC is in the fdb) and floods nothing to proxy_arp ports; mcast_vlan_snooping needs VLAN filtering.
  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:bb:00 type bridge
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:aa:0$i; ip -n sw link set p$i master br0; ip -n sw link set p$i up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ ip -n sw link set br0 up
  $ ip -n sw addr add 10.0.0.254/24 dev br0
  $ ip netns exec sw ping -c 1 10.0.0.2 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  $ ip -n sw neigh show | sort
  10.0.0.2 dev br0 lladdr 02:00:00:00:00:02 REACHABLE 
  $ ip -n sw link set p1 type bridge_slave proxy_arp on
  $ ip -n sw -d link show p1 | grep -o 'proxy_arp [a-z]*'
  proxy_arp on
  $ ip netns exec h1 arping -c 1 -w 2 -I e0 10.0.0.2 | sed -E 's/ +[0-9.]+ms$//'
  ARPING 10.0.0.2 from 10.0.0.1 e0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec h1 arping -c 1 -w 2 -I e0 10.0.0.3 | sed -E 's/ +[0-9.]+ms$//'
  ARPING 10.0.0.3 from 10.0.0.1 e0
  Unicast reply from 10.0.0.3 [02:00:00:00:00:03]
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec h3 arping -c 1 -w 2 -I e0 10.0.0.1 | sed -E 's/ +[0-9.]+ms$//'
  ARPING 10.0.0.1 from 10.0.0.3 e0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip -n sw link set p3 type bridge_slave proxy_arp on
  $ ip -n h1 neigh flush all
  $ ip netns exec h2 arping -c 1 -w 2 -I e0 10.0.0.1 | sed -E 's/ +[0-9.]+ms$//'
  ARPING 10.0.0.1 from 10.0.0.2 e0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec h2 arping -c 1 -w 2 -I e0 10.0.0.3 | sed -E 's/ +[0-9.]+ms$//'
  ARPING 10.0.0.3 from 10.0.0.2 e0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec h2 arping -c 1 -w 2 -I e0 10.0.0.254 | sed -E 's/ +[0-9.]+ms$//'
  ARPING 10.0.0.254 from 10.0.0.2 e0
  Unicast reply from 10.0.0.254 [02:00:00:00:BB:00]
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip -n sw link set br0 type bridge mcast_vlan_snooping 1
  Error: bridge: Cannot enable multicast vlan snooping with vlan filtering disabled.
  [2]
  $ ip -n sw link set br0 type bridge mcast_vlan_snooping 0
  $ ip -n sw -d link show br0 | grep -o 'mcast_vlan_snooping [0-9]'
  mcast_vlan_snooping 0
