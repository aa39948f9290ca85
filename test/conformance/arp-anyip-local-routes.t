ARP answers for addresses made local by a route rather than an address (AnyIP): "local" routes added by hand in table local, for a single address or a whole prefix, on lo or on the LAN device, answer ARP requests (arp_process asks ip_route_input for RTN_LOCAL) and pings, subject to arp_ignore (1 needs the target configured on the receiving device, 2 also on the sender's subnet) and arp_announce choosing the sender address of the host's own requests; deleting the route stops the answers.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set lo up; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a route add local 10.0.0.100 dev a0
  $ ip -n a route add local 10.0.0.128/28 dev lo
  $ ip -n a route show table local | grep -v 127.
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.100 dev a0 scope host 
  local 10.0.0.128/28 dev lo scope host 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  $ for t in 10.0.0.100 10.0.0.130 10.0.0.143 10.0.0.144; do ip netns exec b arping -c 1 -w 1 -I b0 $t | sed -E 's/ [0-9.]+ms$/ Xms/'; done
  ARPING 10.0.0.100 from 10.0.0.2 b0
  Unicast reply from 10.0.0.100 [02:00:00:00:0A:01]  Xms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  ARPING 10.0.0.130 from 10.0.0.2 b0
  Unicast reply from 10.0.0.130 [02:00:00:00:0A:01]  Xms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  ARPING 10.0.0.143 from 10.0.0.2 b0
  Unicast reply from 10.0.0.143 [02:00:00:00:0A:01]  Xms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  ARPING 10.0.0.144 from 10.0.0.2 b0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip -n a neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 STALE 
  $ ip -n b neigh flush all
  $ ip netns exec b ping -c 1 -W 1 10.0.0.135 | grep -E 'from|transmitted'
  64 bytes from 10.0.0.135: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n b neigh show | sort
  10.0.0.135 dev b0 lladdr 02:00:00:00:0a:01 REACHABLE 
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_ignore=1
  $ for t in 10.0.0.1 10.0.0.100 10.0.0.130; do ip netns exec b arping -c 1 -w 1 -I b0 $t | grep -c Unicast; done
  1
  0
  0
  [1]
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_ignore=0
  $ ip -n a addr add 10.0.5.1/24 dev a0
  $ ip -n a route add local 10.0.5.77 dev a0
  $ ip -n b addr add 10.0.5.2/24 dev b0
  $ ip netns exec b arping -c 1 -w 1 -I b0 -s 10.0.5.2 10.0.5.77 | grep -c Unicast
  1
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_ignore=2
  $ ip netns exec b arping -c 1 -w 1 -I b0 -s 10.0.0.2 10.0.5.1 | grep -c Unicast
  0
  [1]
  $ ip netns exec b arping -c 1 -w 1 -I b0 -s 10.0.5.2 10.0.5.1 | grep -c Unicast
  1
  $ ip netns exec b arping -c 1 -w 1 -I b0 -s 10.0.5.2 10.0.0.100 | grep -c Unicast
  0
  [1]
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_ignore=0
  $ ip -n a route del local 10.0.0.128/28 dev lo
  $ ip netns exec b arping -c 1 -w 1 -I b0 10.0.0.130; echo $?
  ARPING 10.0.0.130 from 10.0.0.2 b0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ ip -n a neigh flush all
  $ ip netns exec b tcpdump -n -t -c 1 -i b0 arp > dump 2>/dev/null & sleep 1
  $ ip netns exec a ping -c 1 -W 1 -I 10.0.0.100 10.0.0.2 | grep -c 'bytes from'
  1
  $ wait; cat dump
  ARP, Request who-has 10.0.0.2 tell 10.0.0.100, length 28
  $ ip -n a neigh flush all
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_announce=1
  $ ip netns exec b tcpdump -n -t -c 1 -i b0 arp > dump 2>/dev/null & sleep 1
  $ ip netns exec a ping -c 1 -W 1 -I 10.0.0.100 10.0.0.2 | grep -c 'bytes from'
  1
  $ wait; cat dump
  ARP, Request who-has 10.0.0.2 tell 10.0.0.100, length 28
  $ ip -n a route del local 10.0.0.100 dev a0
  $ ip netns exec b arping -c 1 -w 1 -I b0 10.0.0.100; echo $?
  ARPING 10.0.0.100 from 10.0.0.2 b0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
