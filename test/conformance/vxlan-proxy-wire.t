vxlan proxy on the wire: with proxy, tcpdump on the underlay shows the ICMP inside VXLAN but no ARP at all (the answered request, the unanswered one and the replies to the peer's requests are all consumed), without proxy the ARP exchange crosses the tunnel; an entry whose MAC the fdb holds with no remote (bridge-local) is not answered; a FAILED or NOARP-device entry neither; IPv6 duplicate address detection solicitations stay home too.
  $ for n in v1 v2; do ip netns add $n; done
  $ ip link add u1 netns v1 address 02:00:00:00:01:01 type veth peer name u2 netns v2 address 02:00:00:00:02:01
  $ ip -n v1 link set u1 up; ip -n v2 link set u2 up
  $ ip -n v1 addr add 192.168.0.1/24 dev u1
  $ ip -n v2 addr add 192.168.0.2/24 dev u2
  $ ip -n v1 link add vx0 address 02:00:00:00:01:02 type vxlan id 100 remote 192.168.0.2 dstport 4789 proxy
  $ ip -n v2 link add vx0 address 02:00:00:00:02:02 type vxlan id 100 remote 192.168.0.1 dstport 4789 proxy
  $ ip netns exec v1 tcpdump -l -n -t -i u1 udp port 4789 > wire 2> /dev/null & sleep 0.5
  $ ip -n v1 link set vx0 up; ip -n v2 link set vx0 up; sleep 2
  $ ip -n v1 addr add 10.0.0.1/24 dev vx0
  $ ip -n v2 addr add 10.0.0.2/24 dev vx0
  $ ip -n v1 neigh add 10.0.0.2 lladdr 02:00:00:00:02:02 dev vx0
  $ ip -n v2 neigh add 10.0.0.1 lladdr 02:00:00:00:01:02 dev vx0
  $ ip netns exec v1 ping -c 2 -i 0.3 -W 1 10.0.0.2 | grep -c 'bytes from'
  2
  $ ip netns exec v1 arping -c 1 -w 1 -I vx0 10.0.0.2 | sort
  ARPING 10.0.0.2 from 10.0.0.1 vx0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.2 [02:00:00:00:02:02]  *ms (glob)
  $ ip netns exec v1 arping -c 1 -w 1 -I vx0 10.0.0.77 | sort
  ARPING 10.0.0.77 from 10.0.0.1 vx0
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  $ ip netns exec v2 arping -c 1 -w 1 -I vx0 10.0.0.1 | sort
  ARPING 10.0.0.1 from 10.0.0.2 vx0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.1 [02:00:00:00:01:02]  *ms (glob)
  $ sleep 0.5; kill %1; wait; sed -E 's/^IP 192.168.0.([12]).[0-9]+ > /IP 192.168.0.\1.X > /; s/, id [0-9]+,/, id X,/' wire | sort | uniq -c
        1 
        1 IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id X, seq 1, length 64
        1 IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id X, seq 2, length 64
        1 IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id X, seq 1, length 64
        1 IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id X, seq 2, length 64
        7 IP 192.168.0.1.X > 192.168.0.2.4789: VXLAN, flags [I] (0x08), vni 100
        7 IP 192.168.0.2.X > 192.168.0.1.4789: VXLAN, flags [I] (0x08), vni 100
        4 IP6 :: > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
        2 IP6 fe80::ff:fe00:102 > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
        1 IP6 fe80::ff:fe00:102 > ff02::2: ICMP6, router solicitation, length 16
        2 IP6 fe80::ff:fe00:202 > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
        1 IP6 fe80::ff:fe00:202 > ff02::2: ICMP6, router solicitation, length 16
  $ ip -n v1 -s link show vx0 | sed -n '4p;6p'
             528       7      0       0       0       0 
             528       7      0       0       0       0 
  $ ip -n v1 neigh add 10.0.0.3 lladdr 02:00:00:00:00:33 dev vx0
  $ bridge -n v1 fdb add 02:00:00:00:00:33 dev vx0 dst 0.0.0.0
  $ bridge -n v1 fdb show dev vx0 | sort
  00:00:00:00:00:00 dst 192.168.0.2 self permanent
  02:00:00:00:00:33 dst 0.0.0.0 self permanent
  02:00:00:00:02:02 dst 192.168.0.2 self 
  $ ip netns exec v1 arping -c 1 -w 1 -I vx0 10.0.0.3 | sort
  ARPING 10.0.0.3 from 10.0.0.1 vx0
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  $ ip -n v1 neigh add 10.0.0.4 dev vx0 nud failed
  $ ip netns exec v1 arping -c 1 -w 1 -I vx0 10.0.0.4 | sort
  ARPING 10.0.0.4 from 10.0.0.1 vx0
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  $ ip -n v1 neigh add 10.0.0.5 lladdr 02:00:00:00:00:55 dev vx0 nud noarp
  $ ip netns exec v1 arping -c 1 -w 1 -I vx0 10.0.0.5 | sort
  ARPING 10.0.0.5 from 10.0.0.1 vx0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.5 [02:00:00:00:00:55]  *ms (glob)
  $ ip -n v1 neigh show dev vx0 nud all | sort
  10.0.0.2 lladdr 02:00:00:00:02:02 PERMANENT 
  10.0.0.3 lladdr 02:00:00:00:00:33 PERMANENT 
  10.0.0.4 FAILED 
  10.0.0.5 lladdr 02:00:00:00:00:55 NOARP 
  ff02::16 lladdr 33:33:00:00:00:16 NOARP 
  ff02::1:ff00:102 lladdr 33:33:ff:00:01:02 NOARP 
  ff02::2 lladdr 33:33:00:00:00:02 NOARP 
